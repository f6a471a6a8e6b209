// Slow: about a dozen runs of the compiled command line, each a process of its own (a second or more of CPU each).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { KAOHE_SHEET_NAMES } from "../../src/core/plan/kaoheSheets";
import { ReportSchema } from "../../src/core/report/reportSchema";
import { damagedBody, kaohePartKinds } from "../hardening/support/damagedBody";
import { unzip, zip } from "../hardening/support/zipFile";
import { BALLOTS, ROSTER, SAMPLES, runCli, runNpm, tempDir, type CliRun } from "./runCli";

/** `kaohe review` as CONTRACT.md §2 promises it: files, exit codes, the report, the summary. */
const sampleNames = ["赵文", "钱红", "孙立", "李娜", "周平", "吴刚", "郑洁", "王海", "冯雪", "陈东", "褚明", "卫琳"];

test("the samples are reviewed: exit 0, the workbook, a valid report and a Chinese summary", () => {
  const dir = tempDir();
  const out = join(dir, "nested", "folder", "reviewed.xlsx");
  const json = join(dir, "report", "report.json");
  const run = runNpm(["review", "--roster", ROSTER, ...BALLOTS, "--out", out, "--json", json]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(existsSync(out)).toBe(true);
  const report = ReportSchema.parse(JSON.parse(readFileSync(json, "utf8")));
  expect(report.subjects).toHaveLength(16);
  expect(run.stdout).toContain("考核助手：2020年度审核完成");
  expect(run.stdout).toContain("需专题报告：2 个");
  expect(run.stdout).toMatch(/问题：错误 \d+，警告 \d+，提示 \d+/);
});

/**
 * The samples reviewed once for the tests that read its summary or re-run its workbook (each run
 * of the command line is a process of its own, a second or more of CPU), and that workbook
 * re-run once, with its report.
 */
let firstRun: { run: CliRun; out: string } | undefined;
function samplesReviewed(): { run: CliRun; out: string } {
  if (firstRun === undefined) {
    const out = join(tempDir(), "first.xlsx");
    firstRun = { run: runCli(["review", "--roster", ROSTER, ...BALLOTS, "--out", out]), out };
  }
  return firstRun;
}

let secondRun: { run: CliRun; out: string; json: string } | undefined;
function reviewedAgain(): { run: CliRun; out: string; json: string } {
  if (secondRun === undefined) {
    const dir = tempDir();
    const [out, json] = [join(dir, "second.xlsx"), join(dir, "second.json")];
    const run = runCli(["review", "--roster", samplesReviewed().out, ...BALLOTS, "--out", out, "--json", json]);
    secondRun = { run, out, json };
  }
  return secondRun;
}

test("the summary names nobody and shows no ID number", () => {
  const { run } = samplesReviewed();
  expect(run.status).toBe(0);
  expect(sampleNames.filter((name) => run.stdout.includes(name))).toEqual([]);
  expect(run.stdout).not.toMatch(/\d{17}[\dX]/);
});

test("--strict exits 1 when a finding is an error", () => {
  const run = runCli(["review", "--roster", ROSTER, ...BALLOTS, "--strict", "--out", join(tempDir(), "r.xlsx")]);
  expect(run.status).toBe(1);
});

test.each([
  ["a missing file", ["--roster", join(SAMPLES, "nope.xlsx"), ...BALLOTS], "找不到文件"],
  ["a file that is no workbook", ["--roster", join(SAMPLES, "..", "package.json"), ...BALLOTS], "不是 .xlsx 工作簿"],
  [
    "a roster workbook without a roster header",
    ["--roster", join(SAMPLES, "ballots-long-sample.xlsx"), ...BALLOTS],
    "没有找到干部名册表头",
  ],
  ["a missing ballot file", ["--roster", ROSTER, "--ballots", join(SAMPLES, "nope.xlsx")], "找不到文件"],
  ["a year that is not a year", ["--roster", ROSTER, ...BALLOTS, "--year", "二〇二〇"], "--year"],
])("%s exits 2 with one Chinese line", (_what, args, message) => {
  const run = runCli(["review", ...args, "--out", join(tempDir(), "r.xlsx")]);
  expect(run.status).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).toContain(message);
});

test("a roster without a year asks for --year, and --year makes it work", async () => {
  const dir = tempDir();
  const roster = join(dir, "名册.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("名册");
  ws.addRows([
    ["姓名", "单位", "建议等次"],
    ["张三", "孟轲乡", "称职"],
  ]);
  await wb.xlsx.writeFile(roster);
  const without = runCli(["review", "--roster", roster, ...BALLOTS, "--out", join(dir, "r.xlsx")]);
  expect(without.status).toBe(2);
  expect(without.stderr).toContain("--year");
  const withYear = runCli(["review", "--roster", roster, ...BALLOTS, "--year", "2020", "--out", join(dir, "r.xlsx")]);
  expect(withYear.status).toBe(0);
});

test("a usage error is one Chinese line and exit 2", () => {
  const run = runCli(["review", "--roster", ROSTER, ...BALLOTS]);
  expect(run.status).toBe(2);
  expect(run.stderr.trimEnd().split("\n")).toEqual([expect.stringContaining("缺少必需的参数 --out")]);
});

test("--rules overrides the rules and an invalid rules file exits 2", () => {
  const dir = tempDir();
  const rules = join(dir, "rules.json");
  writeFileSync(rules, JSON.stringify({ excellentPercent: 50, rounding: "up" }));
  const json = join(dir, "report.json");
  const run = runCli([
    "review",
    "--roster",
    ROSTER,
    ...BALLOTS,
    "--rules",
    rules,
    "--out",
    join(dir, "r.xlsx"),
    "--json",
    json,
  ]);
  expect(run.status).toBe(0);
  const report = ReportSchema.parse(JSON.parse(readFileSync(json, "utf8")));
  expect(report.units.find((u) => u.unit === "胜利路街道")?.excellentQuota).toBe(3);
  writeFileSync(rules, JSON.stringify({ excellentPercent: "二成" }));
  const bad = runCli(["review", "--roster", ROSTER, ...BALLOTS, "--rules", rules, "--out", join(dir, "r.xlsx")]);
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain("excellentPercent");
});

test("a reviewed workbook can be reviewed again: its Kaohe sheets are replaced, not added", async () => {
  expect(samplesReviewed().run.status).toBe(0);
  const second = reviewedAgain();
  expect(second.run.status).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(second.out);
  expect(wb.worksheets.map((ws) => ws.name)).toEqual(["名册", ...KAOHE_SHEET_NAMES]);
});

test("a reviewed workbook whose 测评明细 holds damaged XML below its head rows re-runs as the undamaged one", async () => {
  // A re-run writes 测评明细 again from the ballots and reads no further than its head rows.
  const { run: firstRun, out: first } = samplesReviewed();
  expect(firstRun.status).toBe(0);
  const parts = unzip(new Uint8Array(readFileSync(first)));
  const tallies = [...(await kaohePartKinds(parts))].find(([, kind]) => kind === "tallies")?.[0] as string;
  parts.set(tallies, Buffer.from(damagedBody((parts.get(tallies) as Buffer).toString("utf8")), "utf8"));
  // Under the undamaged workbook's file name, which the report names.
  const damaged = join(tempDir(), basename(first));
  writeFileSync(damaged, zip(parts));
  const run = runCli([
    "review",
    "--roster",
    damaged,
    ...BALLOTS,
    "--out",
    join(tempDir(), "again.xlsx"),
    "--json",
    `${damaged}.json`,
  ]);
  expect(run.status).toBe(0);
  const undamaged = reviewedAgain();
  expect(undamaged.run.status).toBe(0);
  const report = (json: string) => readFileSync(json, "utf8").split(join(json, "..")).join("<dir>");
  expect(report(`${damaged}.json`)).toEqual(report(undamaged.json));
});

test("--ballots may be left out: the roster is reviewed alone and the summary says so in its findings", () => {
  const dir = tempDir();
  const json = join(dir, "report.json");
  const run = runCli(["review", "--roster", ROSTER, "--out", join(dir, "r.xlsx"), "--json", json]);
  expect(run.stderr.split("\n").filter((line) => line.includes("--ballots"))).toEqual([]);
  expect(run.status).toBe(0);
  const report = ReportSchema.parse(JSON.parse(readFileSync(json, "utf8")));
  const codes = report.findings.map((f) => f.code);
  expect(codes).toContain("ballots_not_given");
  expect(codes).not.toContain("ballots_missing");
});

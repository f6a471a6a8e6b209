import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { crc32 } from "node:zlib";
import { removeStaleTemporaries, writeFileAtomically } from "../../src/cli/outputFile";
import { review as reviewGrids } from "../../src/core/pipeline";
import { inputFileError } from "../../src/hosts/exceljs/readWorkbookErrors";
import { zhCN } from "../../src/taskpane/i18n/zhCN";
import { filesIn, review, tempDir } from "./support/cliRun";
import { BALLOT_SAMPLES, ROSTER_SAMPLE, sampleGrids } from "./support/sampleGrids";
import { withParts } from "./support/zipFile";

/**
 * Issue 16's smaller cases, each with its Chinese line: a workbook of no sheet (as roster and as
 * ballots), a folder or an unreadable file given as input, a long but legal output name, the
 * rules file's errors and its byte-order mark, temporary files named after nobody and cleaned
 * after a killed run, and refusals that name no control of another host.
 */
const sheetless = () =>
  withParts(readFileSync(ROSTER_SAMPLE), (parts) => {
    const xml = parts.get("xl/workbook.xml")?.toString("utf8") ?? "";
    parts.set("xl/workbook.xml", Buffer.from(xml.replace(/<sheets>.*<\/sheets>/s, "<sheets/>")));
  });

test("a workbook of no sheet is refused naming it, as the roster and as ballots (no empty file name)", async () => {
  const dir = tempDir();
  const empty = join(dir, "空工作簿.xlsx");
  writeFileSync(empty, sheetless());
  const asRoster = await review({ roster: empty, out: join(dir, "a.xlsx") });
  expect(asRoster).toMatchObject({ status: 2, out: [] });
  expect(asRoster.err).toEqual([
    "空工作簿.xlsx中没有任何工作表：请在 Excel 或 WPS 中打开，确认它是干部名册或民主测评工作簿后再试",
  ]);
  const asBallots = await review({
    roster: ROSTER_SAMPLE,
    ballots: [...BALLOT_SAMPLES, empty],
    out: join(dir, "b.xlsx"),
  });
  expect(asBallots.status).toBe(2);
  expect(asBallots.err.at(-1)).toBe(asRoster.err[0]);
  expect(filesIn(dir)).toEqual(["空工作簿.xlsx"]);
});

test("a folder given as a workbook or rules file says it is a folder; only a missing file is 找不到文件", async () => {
  const dir = tempDir();
  const folder = join(dir, "名册.xlsx");
  mkdirSync(folder);
  const asRoster = await review({ roster: folder, out: join(dir, "a.xlsx") });
  expect(asRoster).toMatchObject({ status: 2, err: [`无法读取文件：${folder}（这是一个文件夹，不是文件）`] });
  const asRules = await review({ roster: ROSTER_SAMPLE, rules: folder, out: join(dir, "b.xlsx") });
  expect(asRules).toMatchObject({ status: 2, err: [`无法读取文件：${folder}（这是一个文件夹，不是文件）`] });
  const missing = await review({ roster: join(dir, "没有.xlsx"), out: join(dir, "c.xlsx") });
  expect(missing.err).toEqual([`找不到文件：${join(dir, "没有.xlsx")}`]);
});

test("a file that cannot be read (permission, lock) says why: tests run as root, so the error code is given", () => {
  expect(inputFileError("名册.xlsx", Object.assign(new Error(), { code: "EACCES" })).message).toBe(
    "无法读取文件：名册.xlsx（没有读取权限）",
  );
  expect(inputFileError("名册.xlsx", Object.assign(new Error(), { code: "EBUSY" })).message).toBe(
    "无法读取文件：名册.xlsx（文件正被其他程序占用，请关闭后再试）",
  );
  expect(inputFileError("名册.xlsx", Object.assign(new Error(), { code: "ENOENT" })).message).toBe(
    "找不到文件：名册.xlsx",
  );
});

test("any output name the file system takes works (the temporary name is short), a longer one is said in Chinese", async () => {
  const dir = tempDir();
  // 245 bytes in UTF-8: legal on every file system Kaohe runs on (255 bytes a name).
  const legal = `${"审".repeat(80)}.xlsx`;
  expect(Buffer.byteLength(legal)).toBe(245);
  const run = await review({ roster: ROSTER_SAMPLE, out: join(dir, legal) });
  expect(run.status).toBe(0);
  expect(filesIn(dir)).toEqual([legal]);
  const tooLong = join(dir, `${"审".repeat(90)}.xlsx`);
  const refused = await review({ roster: ROSTER_SAMPLE, out: tooLong });
  expect(refused).toMatchObject({ status: 2, err: [`无法写入文件：${tooLong}（文件名或路径过长，请改用较短的名称）`] });
  expect(filesIn(dir)).toEqual([legal]);
});

test("the rules file: Notepad's byte-order mark is accepted, and what is wrong is said in Chinese", async () => {
  const dir = tempDir();
  const rules = join(dir, "规则.json");
  writeFileSync(rules, `\uFEFF${JSON.stringify({ excellentPercent: 15 })}`, "utf8");
  expect((await review({ roster: ROSTER_SAMPLE, rules, out: join(dir, "a.xlsx") })).status).toBe(0);
  const cases: Array<[unknown, string]> = [
    [{ excellentPercent: "二十" }, "“excellentPercent”无效：应为数字，实际是文字"],
    [{ excellentPercent: 120 }, "“excellentPercent”无效：应不大于 100"],
    [{ excellentPercent: 1.5 }, "“excellentPercent”无效：应为整数，实际是小数"],
    [{ rounding: "nearest" }, "“rounding”无效：应为以下之一：down、half_up、up"],
    [{ yaer: 2020 }, "“（整个文件）”无效：不认识的项：yaer（请检查拼写）"],
  ];
  for (const [content, expected] of cases) {
    writeFileSync(rules, JSON.stringify(content), "utf8");
    const run = await review({ roster: ROSTER_SAMPLE, rules, out: join(dir, "b.xlsx") });
    expect(run.status).toBe(2);
    expect(run.err).toEqual([`规则文件 ${rules} 中${expected}`]);
    expect(run.err[0]).not.toMatch(/Expected|Invalid|received|Number must/);
  }
});

const MACHINE = (crc32(hostname()) >>> 0).toString(16).padStart(8, "0");

function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "0"]);
  return child.pid ?? 0;
}

test("temporary files carry no part of the output's name, and a killed run's are removed by the next run, only they", async () => {
  const dir = tempDir();
  const out = join(dir, "专题考察报告-张三.docx");
  let temporary = "";
  await writeFileAtomically(out, (path) => {
    temporary = path;
    return writeFile(path, "x");
  });
  expect(basename(temporary)).toMatch(/^\.kaohe-[0-9a-f]{8}-\d+-[0-9a-f]{12}\.tmp$/);
  expect(basename(temporary)).not.toContain("张三");
  expect(filesIn(dir)).toEqual(["专题考察报告-张三.docx"]);

  const killed = `.kaohe-${MACHINE}-${deadPid()}-0123456789ab.tmp`;
  const running = `.kaohe-${MACHINE}-${process.pid}-0123456789ab.tmp`;
  const otherMachineNew = ".kaohe-00000000-1-0123456789ab.tmp";
  const otherMachineOld = ".kaohe-00000000-2-0123456789ab.tmp";
  const notKaohe = [".审核.xlsx.0123456789ab.tmp", ".kaohe-notes.tmp", "审核.xlsx"];
  for (const name of [killed, running, otherMachineNew, otherMachineOld, ...notKaohe])
    writeFileSync(join(dir, name), "");
  const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
  utimesSync(join(dir, otherMachineOld), twoDaysAgo, twoDaysAgo);
  await removeStaleTemporaries(dir);
  expect(filesIn(dir)).toEqual([running, otherMachineNew, ...notKaohe, "专题考察报告-张三.docx"].sort());
  // The command line cleans its output's folder before it writes.
  writeFileSync(join(dir, killed), "");
  const run = await review({ roster: ROSTER_SAMPLE, out: join(dir, "审核结果.xlsx") });
  expect(run.status).toBe(0);
  expect(filesIn(dir)).not.toContain(killed);
  expect(statSync(join(dir, "审核结果.xlsx")).size).toBeGreaterThan(0);
});

test("a year the core cannot find is refused without naming --year; the command line and the pane each add their own control", async () => {
  const { roster, ballots } = await sampleGrids();
  const untitled = roster.map((grid) => ({
    ...grid,
    values: grid.values.map((row) => row.map((v) => (typeof v === "string" ? v.replace(/\d{4}年度/, "") : v))),
  }));
  const outcome = reviewGrids({ rosterGrids: untitled, ballotGrids: ballots });
  if (outcome.ok) throw new Error("not refused");
  expect(outcome).toMatchObject({ code: "year_unknown" });
  expect(`${outcome.message}${outcome.messageEn}`).not.toContain("--year");
  expect(zhCN.yearUnknownHint).toContain(zhCN.yearLabel);
  expect(zhCN.yearUnknownHint).not.toContain("--");
  const dir = tempDir();
  const file = join(dir, "名册.xlsx");
  writeFileSync(
    file,
    withParts(readFileSync(ROSTER_SAMPLE), (parts) => {
      const xml = parts.get("xl/sharedStrings.xml")?.toString("utf8") ?? "";
      parts.set("xl/sharedStrings.xml", Buffer.from(xml.replace(/\d{4}年度/g, "")));
    }),
  );
  const run = await review({ roster: file, out: join(dir, "a.xlsx") });
  expect(run).toMatchObject({
    status: 2,
    err: ["无法确定考核年度：名册标题中没有“YYYY年度”，也没有给出考核年度，请用 --year 指定，例如 --year 2020"],
  });
});

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { KAOHE_SHEET_NAMES } from "../../src/core/plan/kaoheSheets";
import { readWorkbookBuffer } from "../../src/hosts/exceljs/readWorkbook";
import { runCli, tempDir } from "../cli/runCli";
import { FORMATS_DIR, readAny, SAMPLES_DIR, unnamed } from "./support";

/**
 * `kaohe review` on rosters and ballots of other formats: the same subjects and findings as
 * their .xlsx twins (apart from the file names and the warning about what the new .xlsx cannot
 * carry), a new .xlsx holding the source sheets, and one Chinese line with exit 2 for a file
 * that cannot be read.
 */
interface Report {
  subjects: Array<{ source: { file: string; sheet: string } }>;
  findings: Array<{ code: string; file?: string; sheet?: string; message: string }>;
}

const sample = (layout: string) => join(SAMPLES_DIR, `ballots-${layout}-sample.xlsx`);

function review(roster: string, ballots: string[]): { report: Report; out: string; stderr: string } {
  const dir = tempDir();
  const out = join(dir, "reviewed.xlsx");
  const json = join(dir, "report.json");
  const run = runCli([
    "review",
    "--roster",
    roster,
    ...ballots.flatMap((b) => ["--ballots", b]),
    "--out",
    out,
    "--json",
    json,
  ]);
  expect(run.status).toBe(0);
  return { report: JSON.parse(readFileSync(json, "utf8")) as Report, out, stderr: run.stderr };
}

/**
 * The report with every file name reduced to its stem, without the content_not_kept warning, and
 * with a CSV's one sheet (named after its file, as Excel names it) called by the workbook's name.
 */
function comparable(report: Report, csvSheet?: string): unknown {
  const stem = (file: string | undefined) => file?.replace(/\.(xlsx|xls|ods|csv)$/, "").replace(/-utf8$/, "");
  const sheet = (name: string | undefined) => (name === csvSheet ? "名册" : name);
  return {
    ...report,
    subjects: report.subjects.map((s) => ({
      ...s,
      source: { ...s.source, file: stem(s.source.file), sheet: sheet(s.source.sheet) },
    })),
    findings: report.findings
      .filter((f) => f.code !== "content_not_kept")
      .map((f) => ({ ...f, file: stem(f.file), sheet: sheet(f.sheet) })),
  };
}

const XLSX_RUN = () => review(join(SAMPLES_DIR, "roster-sample.xlsx"), ["long", "wide", "raw"].map(sample));

test("an .xls roster and .xls ballots give the report of their .xlsx twins, plus content_not_kept", () => {
  const theirs = XLSX_RUN();
  const ours = review(join(FORMATS_DIR, "roster-sample.xls"), [
    join(FORMATS_DIR, "ballots-long-sample.xls"),
    join(FORMATS_DIR, "ballots-wide-sample.xls"),
    sample("raw"),
  ]);
  expect(ours.report.subjects.length).toBe(16);
  expect(ours.report.subjects.every((s) => s.source.file === "roster-sample.xls")).toBe(true);
  expect(comparable(ours.report)).toEqual(comparable(theirs.report));
  const warnings = ours.report.findings.filter((f) => f.code === "content_not_kept");
  expect(warnings).toHaveLength(1);
  expect(warnings[0]?.file).toBe("roster-sample.xls");
  expect(warnings[0]?.message).toContain("字体、填充、边框等单元格格式");
  expect(theirs.report.findings.some((f) => f.code === "content_not_kept")).toBe(false);
});

test("an .ods roster and a UTF-8 CSV roster give the .xlsx twin's subjects and findings", () => {
  const theirs = comparable(XLSX_RUN().report);
  const ballots = ["long", "wide", "raw"].map(sample);
  expect(comparable(review(join(FORMATS_DIR, "roster-sample.ods"), ballots).report)).toEqual(theirs);
  const csv = review(join(FORMATS_DIR, "roster-sample-utf8.csv"), ballots).report;
  expect(csv.subjects.every((s) => s.source.sheet === "roster-sample-utf8")).toBe(true);
  expect(comparable(csv, "roster-sample-utf8")).toEqual(theirs);
  // Nothing of a CSV is lost in the new .xlsx, so there is nothing to warn about.
  expect(csv.findings.some((f) => f.code === "content_not_kept")).toBe(false);
});

test("the reviewed workbook of an .xls roster is a new .xlsx: the source sheet's values and merges first, then Kaohe's sheets", async () => {
  const roster = join(FORMATS_DIR, "roster-sample.xls");
  const before = readFileSync(roster);
  const { out } = review(roster, [sample("long")]);
  expect(readFileSync(roster)).toEqual(before);
  const written = await readWorkbookBuffer(new Uint8Array(readFileSync(out)), "reviewed.xlsx");
  expect(written.grids.map((g) => g.sheet)).toEqual(["名册", ...KAOHE_SHEET_NAMES]);
  const source = await readAny(roster);
  expect(unnamed(written.grids.slice(0, 1))).toEqual(unnamed(source.grids));
});

test("a damaged .xls roster and an empty roster or ballot file are refused with one Chinese line and exit 2, writing nothing", () => {
  const dir = tempDir();
  const damaged = join(dir, "名册.xls");
  writeFileSync(damaged, readFileSync(join(FORMATS_DIR, "roster-sample.xls")).subarray(0, 3000));
  const empty = join(dir, "测评.csv");
  writeFileSync(empty, "");
  const cases: Array<[string[], RegExp]> = [
    [["--roster", damaged, "--ballots", sample("long")], /^名册\.xls看起来是 \.xls 文件，但已损坏/],
    [["--roster", join(SAMPLES_DIR, "roster-sample.xlsx"), "--ballots", empty], /^测评\.csv是空文件/],
    [["--roster", empty, "--ballots", sample("long")], /^测评\.csv是空文件/],
  ];
  for (const [args, message] of cases) {
    const out = join(dir, "out.xlsx");
    const run = runCli(["review", ...args, "--out", out]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr.trim()).toMatch(message);
    expect(existsSync(out)).toBe(false);
  }
});

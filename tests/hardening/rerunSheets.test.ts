import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { ReportSchema, type Report } from "../../src/core/report/reportSchema";
import { review, tempDir } from "./support/cliRun";
import { ROSTER_SAMPLE } from "./support/sampleGrids";
import { unzip } from "./support/zipFile";

/**
 * Re-runs on workbooks a clerk changed (issue 16, "Re-runs"), each made here from the samples:
 * a 考核对象 renamed or copied is Kaohe's by its content, never a second roster; a marker naming
 * a user's sheet is ignored for it; a user's own 汇总 and 考核对象 are read and kept, and Kaohe
 * writes its sheets beside them. Each run's subjects, quotas and special reports are the first
 * run's.
 */
jest.setTimeout(240_000);

const SUBJECTS = "考核对象";

function reportOf(path: string): Report {
  return ReportSchema.parse(JSON.parse(readFileSync(path, "utf8")));
}

/** What must not move between runs: who is assessed and how, the quotas, who needs a special report. */
function outcome(report: Report) {
  return {
    subjects: report.subjects.map((s) => [s.name, s.unit, s.kind, s.status, s.votes?.valid ?? null]),
    units: report.units.map((u) => [u.unit, u.graded, u.theoretical, u.excellentQuota]),
    teams: [report.teams.graded, report.teams.goodQuota],
    special: report.subjects.filter((s) => s.specialReport).map((s) => s.name),
  };
}

async function run(roster: string, dir: string, name: string): Promise<{ out: string; report: Report }> {
  const out = join(dir, `${name}.xlsx`);
  const json = join(dir, `${name}.json`);
  const result = await review({ roster, out, json });
  expect(result.err.filter((line) => !line.startsWith("正在"))).toEqual([]);
  expect(result.status).toBe(0);
  return { out, report: reportOf(json) };
}

async function edited(path: string, out: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  edit(workbook);
  await workbook.xlsx.writeFile(out);
  return out;
}

async function sheetNames(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((ws) => ws.name);
}

/** Table names in the package, as Excel compares them: two alike make Excel repair the file. */
function tableNames(path: string): string[] {
  const parts = unzip(new Uint8Array(readFileSync(path)));
  return [...parts]
    .filter(([name]) => /^xl\/tables\/.+\.xml$/.test(name))
    .map(([, bytes]) => /\bname="([^"]+)"/.exec(Buffer.from(bytes).toString("utf8"))?.[1]?.toUpperCase() ?? "");
}

function copySheet(workbook: ExcelJS.Workbook, from: string, to: string): void {
  const source = workbook.getWorksheet(from);
  if (source === undefined) throw new Error(`no sheet ${from}`);
  const copy = workbook.addWorksheet(to);
  source.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      copy.getCell(r, c).value = cell.value;
    }),
  );
}

/** The 1-based column of a header in row 4 of a Kaohe sheet. */
function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  ws.getRow(4).eachCell((cell, c) => {
    if (cell.value === header) found = c;
  });
  if (found === 0) throw new Error(`no column ${header}`);
  return found;
}

const codes = (report: Report, code: string) => report.findings.filter((f) => f.code === code);

let dir: string;
let first: { out: string; report: Report };

beforeAll(async () => {
  dir = tempDir();
  first = await run(ROSTER_SAMPLE, dir, "first");
  expect(first.report.subjects).toHaveLength(16);
  expect(outcome(first.report).special).toEqual(["李娜", "陈东"]);
});

test("a renamed 考核对象 is kept untouched and not read; a new 考核对象 is written, its table under a free name", async () => {
  const roster = await edited(first.out, join(dir, "renamed-in.xlsx"), (wb) => {
    const ws = wb.getWorksheet(SUBJECTS);
    if (ws !== undefined) ws.name = "考核对象（初稿）";
  });
  const again = await run(roster, dir, "renamed");
  expect(outcome(again.report)).toEqual(outcome(first.report));
  expect(codes(again.report, "kaohe_sheet_kept")).toEqual([
    expect.objectContaining({ severity: "info", sheet: "考核对象（初稿）" }),
  ]);
  expect(await sheetNames(again.out)).toEqual(expect.arrayContaining(["考核对象（初稿）", SUBJECTS, "名册"]));
  const names = tableNames(again.out);
  expect(new Set(names).size).toBe(names.length);
  // The kept sheet is as the clerk left it.
  const before = new ExcelJS.Workbook();
  await before.xlsx.readFile(roster);
  const after = new ExcelJS.Workbook();
  await after.xlsx.readFile(again.out);
  const kept = (wb: ExcelJS.Workbook) => {
    const ws = wb.getWorksheet("考核对象（初稿）");
    return [ws?.rowCount, ws?.getCell("B5").value, ws?.getCell("B20").value];
  };
  expect(kept(after)).toEqual(kept(before));
});

test("a copied 考核对象 is no second roster; the grade edited on the real one is read, the copy's is not", async () => {
  const roster = await edited(first.out, join(dir, "copied-in.xlsx"), (wb) => {
    const ws = wb.getWorksheet(SUBJECTS);
    if (ws === undefined) throw new Error("no 考核对象");
    copySheet(wb, SUBJECTS, "考核对象 (2)");
    const grade = columnOf(ws, "建议等次");
    const status = columnOf(ws, "考核状态");
    // The first subject who receives a grade: its grade edited on both sheets, differently.
    let row = 5;
    while (String(ws.getCell(row, status).result ?? ws.getCell(row, status).value) !== "确定等次") row++;
    ws.getCell(row, grade).value = "基本称职";
    const copy = wb.getWorksheet("考核对象 (2)");
    if (copy !== undefined) copy.getCell(row, grade).value = "不称职";
  });
  const again = await run(roster, dir, "copied");
  expect(outcome(again.report)).toEqual(outcome(first.report));
  expect(codes(again.report, "kaohe_sheet_kept")).toEqual([
    expect.objectContaining({ severity: "info", sheet: "考核对象 (2)" }),
  ]);
  const grades = again.report.subjects.map((s) => s.proposedGrade);
  expect(grades).toContain("基本称职");
  expect(grades).not.toContain("不称职");
  expect(grades.filter((g, i) => g !== first.report.subjects[i]?.proposedGrade)).toEqual(["基本称职"]);
});

test("a KAOHE_SHEETS name pointing at a cell that holds the roster's sheet name is ignored for it, with a warning", async () => {
  const roster = await edited(ROSTER_SAMPLE, join(dir, "marker-in.xlsx"), (wb) => {
    const rosterSheet = wb.worksheets[0]?.name ?? "";
    const note = wb.addWorksheet("备注");
    note.getCell("A1").value = rosterSheet;
    wb.definedNames.add("'备注'!$A$1", "KAOHE_SHEETS");
  });
  const again = await run(roster, dir, "marker");
  expect(outcome(again.report)).toEqual(outcome(first.report));
  expect(codes(again.report, "kaohe_marker_ignored")).toEqual([
    expect.objectContaining({ severity: "warning", sheet: "名册" }),
  ]);
  expect(await sheetNames(again.out)).toEqual(expect.arrayContaining(["名册", "备注", SUBJECTS]));
  // Re-run on the output: the marker is Kaohe's now, and the roster is still read.
  const third = await run(again.out, dir, "marker-again");
  expect(outcome(third.report)).toEqual(outcome(first.report));
});

test("a user's own 汇总 and a roster named 考核对象 are read and kept; Kaohe writes beside them, and finds its sheets again", async () => {
  const roster = await edited(ROSTER_SAMPLE, join(dir, "names-in.xlsx"), (wb) => {
    const ws = wb.worksheets[0];
    if (ws !== undefined) ws.name = SUBJECTS;
    const own = wb.addWorksheet("汇总");
    own.addRow(["本科室自用汇总"]);
    own.addRow(["项目", "数量"]);
    own.addRow(["干部", 12]);
  });
  const once = await run(roster, dir, "names");
  const sameSubjects = (r: Report) =>
    outcome(r).subjects.map(([name, unit, kind, status]) => [name, unit, kind, status]);
  expect(sameSubjects(once.report)).toEqual(sameSubjects(first.report));
  expect(outcome(once.report).units).toEqual(outcome(first.report).units);
  expect(outcome(once.report).special).toEqual(outcome(first.report).special);
  expect(codes(once.report, "kaohe_sheet_renamed").map((f) => f.message)).toEqual([
    expect.stringContaining("“汇总（考核助手）”"),
    expect.stringContaining("“考核对象（考核助手）”"),
  ]);
  const names = await sheetNames(once.out);
  expect(names).toEqual([
    SUBJECTS,
    "汇总",
    "汇总（考核助手）",
    "考核对象（考核助手）",
    "单位名额",
    "问题清单",
    "测评明细",
    "考核规则",
  ]);
  // Formulas follow the names: 单位名额 counts the rows of 考核对象（考核助手）.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(once.out);
  const formula = workbook.getWorksheet("单位名额")?.getCell("B5").formula ?? "";
  expect(formula).toContain("'考核对象（考核助手）'!");
  expect(formula).not.toContain("'考核对象'!");
  expect(workbook.getWorksheet("汇总")?.getCell("A1").value).toBe("本科室自用汇总");
  const twice = await run(once.out, dir, "names-again");
  expect(outcome(twice.report)).toEqual(outcome(once.report));
  expect(await sheetNames(twice.out)).toEqual(names);
  expect(codes(twice.report, "kaohe_sheet_kept")).toEqual([]);
  expect(codes(twice.report, "kaohe_sheet_renamed")).toEqual([]);
});

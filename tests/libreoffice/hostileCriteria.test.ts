// Slow: LibreOffice (the run's one LibreOffice, office.ts) recalculates two reviewed workbooks and six generated districts.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { runReview } from "../../src/cli/reviewCommand";
import { review as reviewGrids } from "../../src/core/pipeline";
import { applyPlanToWorkbook } from "../../src/hosts/exceljs/applyPlan";
import { criteriaInputArb } from "../hardening/support/gridArbitraries";
import { bytesOf, workbookOfGrids } from "../hardening/support/workbookOfGrids";
import { FIRST_DATA_ROW, HEADER_ROW, KAOHE_SHEET_NAMES } from "../../src/core/plan/kaoheSheets";
import { quoteSheet } from "../../src/core/model/address";
import { GRADE_NOT_ALLOWED_LABEL, STATUS_LABEL, YES } from "../../src/core/plan/labels";
import { CADRE_LEVELS, TEAM_LEVELS_HAO, TEAM_LEVELS_YOUXIU } from "../../src/core/rules/levels";
import { ReportSchema, type Report } from "../../src/core/report/reportSchema";
import { formulaResults, recalculate, sameResult } from "./libreOffice";
import { plain, tableRows } from "./tableRows";

/**
 * Unit names and grades that COUNTIFS, SUMIF and MATCH would read as patterns — `*`, `?`, `~`, a
 * leading `=` or `>`, letters in another case — in a roster, in rules and as a clerk's edits on a
 * re-run. LibreOffice recalculates both reviewed workbooks: every formula must come to the value
 * Kaohe cached, and the counts a leader reads must be the JSON report's. A sample of the fuzzing
 * suite's districts (criteria-like text in every text column) is recalculated as well.
 */
const dir = mkdtempSync(join(tmpdir(), "kaohe-hostile-criteria-"));
const path = (name: string) => join(dir, name);

interface Person {
  name: string;
  unit: string;
  kind?: "领导班子";
  grade?: string;
  secondedTo?: string;
  votes?: [number, number, number, number];
}

// Each hostile unit next to the units its text would match as a pattern.
const PEOPLE: Person[] = [
  { name: "张*", unit: "胜利路街道*", grade: "优秀", votes: [2, 3, 1, 4] },
  { name: "李一", unit: "胜利路街道", grade: "优秀", votes: [8, 2, 0, 0] },
  { name: "李二", unit: "胜利路街道", grade: "称职" },
  { name: "李三", unit: "胜利路街道", grade: "称职" },
  { name: "李四", unit: "胜利路街道" },
  { name: "李五", unit: "胜利路街道办", grade: "优秀" },
  { name: "王一", unit: "=1+1", grade: "*", votes: [1, 1, 1, 1] },
  { name: "王二", unit: "1+1", grade: "称职" },
  { name: "王三", unit: "1+1", grade: "优秀" },
  { name: "孙一", unit: ">0", grade: "优?" },
  { name: "孙二", unit: "~", grade: "~*" },
  { name: "孙三", unit: "?", grade: "=优秀" },
  { name: "孙四", unit: "甲", grade: "优秀" },
  { name: "赵一", unit: "ABC局", grade: "优秀" },
  // Seconded all year to the unit whose name differs only in case: assessed there (一.4).
  { name: "赵二", unit: "ABC局", grade: "称职", secondedTo: "abc局" },
  { name: "钱一", unit: "abc局", grade: "优秀" },
  { name: "领导班子", unit: "胜利路街道*", kind: "领导班子", grade: "*" },
  { name: "领导班子", unit: "胜利路街道", kind: "领导班子", grade: "好" },
  { name: "领导班子", unit: "ABC局", kind: "领导班子", grade: "好" },
  { name: "领导班子", unit: "abc局", kind: "领导班子", grade: "好" },
];

/** A clerk's edits of 建议等次 in 考核对象 before the re-run, by name. */
const EDITS: Record<string, string> = {
  李一: "*",
  李二: "优?",
  李三: "~*",
  李四: "=优秀",
  孙四: "~",
  赵一: "abc",
  钱一: "优秀",
};

async function writeRoster(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("名册");
  ws.addRow(["2020年度干部名册"]);
  ws.addRow(["姓名", "单位", "职务", "类别", "拟定等次", "挂职单位", "挂职起止时间"]);
  for (const p of PEOPLE) {
    ws.addRow([
      p.name,
      p.unit,
      p.kind === undefined ? "副主任" : "",
      p.kind ?? "领导干部",
      p.grade ?? null,
      p.secondedTo ?? null,
      p.secondedTo === undefined ? null : "2020.01-2020.12",
    ]);
  }
  await wb.xlsx.writeFile(file);
}

async function writeBallots(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("测评汇总");
  ws.addRow(["姓名", "单位", "评价主体", "有效票数", "优秀", "称职", "基本称职", "不称职"]);
  for (const p of PEOPLE) if (p.votes !== undefined) ws.addRow([p.name, p.unit, "班子成员", 10, ...p.votes]);
  await wb.xlsx.writeFile(file);
}

async function cellBeside(file: string, sheet: string, label: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  let found: unknown;
  wb.getWorksheet(sheet)?.eachRow((row) => {
    if (row.getCell(1).value === label) found = row.getCell(2).result ?? row.getCell(2).value;
  });
  return found;
}

async function review(roster: string, out: string, json: string, rules?: string): Promise<Report> {
  const errors: string[] = [];
  const status = await runReview(
    { roster, ballots: [path("ballots.xlsx")], year: "2020", out, json, ...(rules ? { rules } : {}) },
    { out: () => undefined, err: (line) => errors.push(line) },
  );
  expect([status, errors.filter((e) => !e.startsWith("已读取") && !e.startsWith("正在"))]).toEqual([0, []]);
  return ReportSchema.parse(JSON.parse(readFileSync(json, "utf8")));
}

let reports: { first: Report; rerun: Report };
let recalculated: { first: string; rerun: string };
/** The generated districts' workbooks and LibreOffice's recalculated copies. */
let generated: Array<{ file: string; recalculated: string }>;

/** Districts with criteria-like text in every text column, reviewed and written with their formulas. */
async function writeGeneratedDistricts(): Promise<string[]> {
  const inputs = fc.sample(criteriaInputArb, { seed: 16, numRuns: 6 });
  const files: string[] = [];
  for (const [i, { roster, ballots }] of inputs.entries()) {
    const outcome = reviewGrids({ rosterGrids: [roster], ballotGrids: [ballots], year: 2020 });
    if (!outcome.ok) throw new Error(outcome.message);
    const workbook = workbookOfGrids([roster]);
    applyPlanToWorkbook(workbook, outcome.result.plan, { sharedFormulas: i % 2 === 0 });
    files.push(path(`generated-${i}.xlsx`));
    writeFileSync(files[i] ?? "", await bytesOf(workbook));
  }
  return files;
}

beforeAll(async () => {
  await writeRoster(path("roster.xlsx"));
  await writeBallots(path("ballots.xlsx"));
  const allocations = [
    { unit: "胜利路街道*", quota: 0 },
    { unit: "胜利路街道", quota: 1 },
    { unit: "=1+1", quota: 0 },
    { unit: "1+1", quota: 1 },
    { unit: ">0", quota: 1 },
    { unit: "abc局", quota: 0 },
    { unit: "ABC局", quota: 1 },
  ];
  writeFileSync(path("rules.json"), JSON.stringify({ allocatedQuotas: allocations }));
  const first = await review(path("roster.xlsx"), path("first.xlsx"), path("first.json"), path("rules.json"));
  // The clerk's edits, typed into 考核对象's 建议等次 (as text, as a cell formatted as text keeps `=优秀`).
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path("first.xlsx"));
  const subjects = wb.getWorksheet("考核对象");
  if (subjects === undefined) throw new Error("no 考核对象");
  const headers = subjects.getRow(HEADER_ROW).values as unknown[];
  const [nameCol, gradeCol] = [headers.indexOf("姓名"), headers.indexOf("建议等次")];
  let edited = 0;
  for (let r = FIRST_DATA_ROW; r <= subjects.rowCount; r++) {
    const grade = EDITS[String(plain(subjects.getRow(r).getCell(nameCol).value))];
    if (grade === undefined) continue;
    subjects.getRow(r).getCell(gradeCol).value = grade;
    edited++;
  }
  expect(edited).toBe(Object.keys(EDITS).length);
  await wb.xlsx.writeFile(path("edited.xlsx"));
  const rerun = await review(path("edited.xlsx"), path("rerun.xlsx"), path("rerun.json"));
  reports = { first, rerun };
  const districts = await writeGeneratedDistricts();
  // Every workbook of the file in one batch for the run's LibreOffice.
  const [firstOut = "", rerunOut = "", ...districtsOut] = recalculate([
    path("first.xlsx"),
    path("rerun.xlsx"),
    ...districts,
  ]);
  recalculated = { first: firstOut, rerun: rerunOut };
  generated = districts.map((file, i) => ({ file, recalculated: districtsOut[i] ?? "" }));
}, 240000);

const RUNS = ["first", "rerun"] as const;

test.each(RUNS)("%s: LibreOffice recalculates every formula to Kaohe's cached value", async (run) => {
  const mine = await formulaResults(path(`${run}.xlsx`), KAOHE_SHEET_NAMES);
  const theirs = await formulaResults(recalculated[run], KAOHE_SHEET_NAMES);
  const differ = [...mine]
    .filter(([key, cell]) => !sameResult(cell.result, theirs.get(key)?.result))
    .map(([key, cell]) => [key, cell.formula, cell.result, theirs.get(key)?.result]);
  expect(differ.slice(0, 10)).toEqual([]);
  expect(mine.size).toBeGreaterThan(PEOPLE.length * 20);
});

test("the hostile texts reach the report as they were typed, each unit apart", () => {
  const units = reports.first.units.map((u) => u.unit).sort();
  expect(units).toEqual(
    ["1+1", "=1+1", ">0", "?", "ABC局", "abc局", "~", "甲", "胜利路街道", "胜利路街道*", "胜利路街道办"].sort(),
  );
  const grades = new Map(reports.rerun.subjects.map((s) => [s.name, s.proposedGrade]));
  for (const [name, grade] of Object.entries(EDITS)) expect([name, grades.get(name)]).toEqual([name, grade]);
  // What a pattern would have counted: 胜利路街道* alone, one 优秀 proposal, in the first run.
  expect(reports.first.units.find((u) => u.unit === "胜利路街道*")).toMatchObject({ graded: 1, excellentProposed: 1 });
  expect(reports.first.subjects.find((s) => s.name === "赵二")?.status).toBe("assessed_elsewhere");
});

test.each(RUNS)("%s: 单位名额 and 汇总 after recalculation show the report's counts per unit", async (run) => {
  const report = reports[run];
  const quotas = await tableRows(recalculated[run], "单位名额");
  const summary = await tableRows(recalculated[run], "汇总");
  for (const u of report.units) {
    const excellent = report.subjects.filter(
      (s) => s.kind === "cadre" && s.unit === u.unit && s.proposedGrade === "优秀",
    ).length;
    const q = quotas.filter((row) => row["单位"] === u.unit);
    expect([u.unit, q.length]).toEqual([u.unit, 1]);
    expect([u.unit, q[0]?.["参加定等人数"], q[0]?.["名额"], q[0]?.["建议优秀数"]]).toEqual([
      u.unit,
      u.graded,
      u.excellentQuota ?? "",
      u.excellentProposed,
    ]);
    const s = summary.find((row) => row["单位"] === u.unit);
    expect([u.unit, s?.["参加定等人数"], s?.["建议优秀/好"]]).toEqual([u.unit, u.graded, excellent]);
  }
  const pool = quotas.find((row) => row["单位"] === "全区领导班子");
  expect([pool?.["参加定等人数"], pool?.["建议优秀数"]]).toEqual([report.teams.graded, report.teams.goodProposed]);
});

test.each(RUNS)(
  "%s: 考核对象 after recalculation flags exactly the report's grades not allowed and special reports",
  async (run) => {
    const report = reports[run];
    const rows = await tableRows(recalculated[run], "考核对象");
    expect(rows).toHaveLength(report.subjects.length);
    const notAllowed = new Set(
      report.findings.filter((f) => f.code === "grade_not_allowed").map((f) => `${f.subject}|${f.subjectUnit}`),
    );
    expect(notAllowed.size).toBeGreaterThan(3);
    report.subjects.forEach((s, i) => {
      const row = rows[i] ?? {};
      const expected = [s.name, s.unit, STATUS_LABEL[s.status], notAllowed.has(`${s.name}|${s.unit}`), s.specialReport];
      expect([
        row["姓名"],
        row["单位"],
        row["考核状态"],
        row["等次问题"] === GRADE_NOT_ALLOWED_LABEL,
        row["需专题报告"] === YES,
      ]).toEqual(expected);
    });
    const flagged = report.subjects.filter((s) => s.specialReport).length;
    expect(flagged).toBeGreaterThan(0);
    expect(await cellBeside(recalculated[run], "汇总", "现有人数")).toBe(flagged);
  },
);

test("no formula of either workbook holds a unit name or a grade a person typed", async () => {
  for (const run of RUNS) {
    const formulas = [...(await formulaResults(path(`${run}.xlsx`), KAOHE_SHEET_NAMES)).values()].map((c) => c.formula);
    const kaohe = new Set<string>([...CADRE_LEVELS, ...TEAM_LEVELS_HAO, ...TEAM_LEVELS_YOUXIU]);
    const typed = [...new Set([...PEOPLE.map((p) => p.unit), ...Object.values(EDITS)])].filter((t) => !kaohe.has(t));
    const literals = formulas.flatMap((f) => [...f.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]));
    expect(literals.filter((l) => typed.includes(l ?? ""))).toEqual([]);
    expect(formulas.some((f) => f.includes(quoteSheet("单位名额")))).toBe(true);
  }
});

test("generated districts with criteria-like text in every text column: LibreOffice recalculates to the cached values", async () => {
  let checked = 0;
  for (const [i, { file, recalculated: theirFile }] of generated.entries()) {
    const mine = await formulaResults(file, KAOHE_SHEET_NAMES);
    const theirs = await formulaResults(theirFile, KAOHE_SHEET_NAMES);
    const differ = [...mine]
      .filter(([key, cell]) => !sameResult(cell.result, theirs.get(key)?.result))
      .map(([key, cell]) => [i, key, cell.formula, cell.result, theirs.get(key)?.result]);
    expect(differ.slice(0, 5)).toEqual([]);
    checked += mine.size;
  }
  expect(checked).toBeGreaterThan(6 * 100);
}, 240000);

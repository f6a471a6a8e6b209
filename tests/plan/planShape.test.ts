import { buildPlan } from "../../src/core/plan/buildPlan";
import { KAOHE_SHEET_NAMES, RULES_SHEET, SUBJECTS_SHEET } from "../../src/core/plan/kaoheSheets";
import { MAX_CELL_TEXT } from "../../src/core/plan/planCells";
import { RULE_NAME } from "../../src/core/plan/rulesNames";
import { OWNED_SHEETS_NAME, SCHEMA_NAME, type WritePlan } from "../../src/core/plan/writePlan";
import { assessmentOf, CONTEXT, subject } from "./assessmentFactory";
import { formulaCells, sheetCells } from "./recompute";
import { subjectColumns } from "../../src/core/plan/subjectColumns";
const SUBJECT_COLS = subjectColumns("hao");
import { reviewSamples } from "./samples";
import { rowList } from "../../src/core/plan/planRows";

/** Functions Excel 2016, WPS and LibreOffice all compute (no LET, LAMBDA, XLOOKUP, FILTER, dynamic arrays). */
const PORTABLE = new Set([
  "IF", "AND", "OR", "NOT", "ISNUMBER", "ISNA", "N", "SUM", "SUMIF", "SUMIFS", "COUNTIF", "COUNTIFS",
  "MATCH", "INDEX", "INT", "MOD", "DATE", "YEAR", "TRIM", "SUBSTITUTE", "EXACT", "IFERROR",
  // Every host writes links as HYPERLINK (writePlan.ts linkFormula); 汇总 works out a link's row.
  "HYPERLINK",
]); // prettier-ignore

function allFormulas(plan: WritePlan): string[] {
  return [
    ...formulaCells(plan).map((c) => c.cell.formula),
    ...plan.sheets.flatMap((s) => s.conditionalFormats.map((cf) => cf.formula)),
    ...plan.sheets.flatMap((s) => s.validations.map((v) => v.list)),
  ];
}

function planOf(count: number): WritePlan {
  const subjects = Array.from({ length: count }, (_, i) => subject(i + 1));
  return buildPlan(assessmentOf(subjects), CONTEXT);
}

test("formulas use only functions every spreadsheet program computes, and A1 references", async () => {
  const { plan } = await reviewSamples();
  const functions = new Set(allFormulas(plan).flatMap((f) => [...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])));
  expect([...functions].filter((f) => f === undefined || !PORTABLE.has(f))).toEqual([]);
  expect(allFormulas(plan).filter((f) => /[[\]{}]/.test(f))).toEqual([]);
});

test("thresholds are exact integer comparisons, never fractions", async () => {
  const { plan } = await reviewSamples();
  const formulas = allFormulas(plan);
  expect(formulas.filter((f) => /\/[23]\b|0\.5|\*0\./.test(f))).toEqual([]);
  const status = formulaCells(plan).find(
    (c) => c.sheet === SUBJECTS_SHEET && c.row === 5 && c.col === SUBJECT_COLS.col("status"),
  );
  expect(status?.cell.formula).toContain(`2*N(${SUBJECT_COLS.letter("leaveDays")}5)>${RULE_NAME.days}`);
  expect(status?.cell.formula).toContain(`2*N(${SUBJECT_COLS.letter("workedDays")}5)<${RULE_NAME.days}`);
  expect(formulas.some((f) => f.includes(`3*${SUBJECT_COLS.letter("level3")}5>${SUBJECT_COLS.letter("valid")}5`))).toBe(
    true,
  );
});

test("the rules are referred to by their defined names only", async () => {
  const { plan } = await reviewSamples();
  const outside = formulaCells(plan).filter((c) => c.sheet !== RULES_SHEET && c.cell.formula.includes(RULES_SHEET));
  expect(outside).toEqual([]);
  const names = plan.names.map((n) => n.name);
  expect(names).toEqual(
    expect.arrayContaining([
      ...Object.values(RULE_NAME).filter((n) => !n.startsWith("KH_ALLOC")),
      SCHEMA_NAME,
      OWNED_SHEETS_NAME,
    ]),
  );
  expect(plan.names.every((n) => n.refersTo.startsWith(`'${RULES_SHEET}'!$`))).toBe(true);
});

test("the marker lists exactly Kaohe's sheets and the schema version", async () => {
  const { plan } = await reviewSamples();
  expect(plan.sheets.map((s) => s.name)).toEqual([...KAOHE_SHEET_NAMES]);
  const rules = plan.sheets.find((s) => s.name === RULES_SHEET);
  const row2 = (rules?.loose ?? []).filter((c) => c.row === 2).map((c) => c.value);
  expect(row2).toEqual(["考核助手标记", "kaohe-workbook/1", ...KAOHE_SHEET_NAMES]);
});

test("every table row has one cell per column, and headers are unique", async () => {
  const { plan } = await reviewSamples();
  for (const sheet of plan.sheets) {
    const headers = sheet.table.columns.map((c) => c.header);
    expect(new Set(headers).size).toBe(headers.length);
    expect(rowList(sheet.table.rows).every((r) => r.length === headers.length)).toBe(true);
  }
});

test("a highlight is one conditional format over the whole table, however many rows", () => {
  const small = planOf(3).sheets.find((s) => s.name === SUBJECTS_SHEET);
  const large = planOf(300).sheets.find((s) => s.name === SUBJECTS_SHEET);
  expect(small?.conditionalFormats).toHaveLength(4);
  expect(large?.conditionalFormats).toHaveLength(4);
  expect(large?.conditionalFormats.map((cf) => cf.ref)).toEqual(Array(4).fill("A5:AM304"));
  expect(large?.conditionalFormats.map((cf) => cf.fill)).toEqual(["FF9C9C", "FFC878", "FFF2A0", "D8C4F0"]);
});

test("every colour on a sheet is explained by its legend", async () => {
  const { plan } = await reviewSamples();
  for (const sheet of plan.sheets) {
    for (const cf of sheet.conditionalFormats) {
      const meaning = sheet.loose.find((c) => c.row === 2 && c.value === cf.meaning);
      const swatch = sheet.loose.find((c) => c.row === 2 && c.col === (meaning?.col ?? 0) - 1);
      expect(swatch?.fill).toBe(cf.fill);
    }
  }
});

test("建议等次 has one drop-down over the column with the grades of the row's kind", () => {
  const sheet = planOf(10).sheets.find((s) => s.name === SUBJECTS_SHEET);
  expect(sheet?.validations).toEqual([
    expect.objectContaining({
      ref: `${SUBJECT_COLS.letter("grade")}5:${SUBJECT_COLS.letter("grade")}14`,
      list: `IF($D5="领导班子",${RULE_NAME.teamGrades},${RULE_NAME.cadreGrades})`,
    }),
  ]);
});

test("text that starts like a formula stays a value, marked as text", () => {
  const tricky = subject(1, { name: '=HYPERLINK("x")', unit: "+86", position: "-副局长", discipline: "@SUM(A1)" });
  const plan = buildPlan(assessmentOf([tricky]), CONTEXT);
  const cells = sheetCells(plan.sheets.find((s) => s.name === SUBJECTS_SHEET) ?? plan.sheets[0]!);
  for (const text of ['=HYPERLINK("x")', "+86", "-副局长", "@SUM(A1)"]) {
    const found = cells.find((c) => c.cell.value === text);
    expect(found?.cell).toEqual({ value: text, numFmt: "@" });
  }
});

test("text longer than a cell can hold is cut at 32,767 characters", () => {
  const long = subject(1, {}, { explanation: "说".repeat(40000) });
  const plan = buildPlan(assessmentOf([long]), CONTEXT);
  const cells = sheetCells(plan.sheets.find((s) => s.name === SUBJECTS_SHEET) ?? plan.sheets[0]!);
  const explanation = cells.find((c) => typeof c.cell.value === "string" && c.cell.value.startsWith("说说"));
  expect((explanation?.cell.value as string).length).toBe(MAX_CELL_TEXT);
});

test("the source column links to the roster cell kept in the workbook", () => {
  const plan = buildPlan(assessmentOf([subject(1)]), CONTEXT);
  const cells = sheetCells(plan.sheets.find((s) => s.name === SUBJECTS_SHEET) ?? plan.sheets[0]!);
  expect(cells.find((c) => c.cell.link !== undefined)?.cell).toEqual({ value: "名册!B3", link: "'名册'!B3" });
  const elsewhere = buildPlan(assessmentOf([subject(1)]), { ...CONTEXT, keptSheets: [] });
  expect(formulaCells(elsewhere).length).toBeGreaterThan(0);
  expect(sheetCells(elsewhere.sheets[0]!).some((c) => c.cell.link !== undefined)).toBe(false);
});

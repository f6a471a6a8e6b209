import { buildRulesSheet, RULES_COLUMNS } from "../../src/core/plan/rulesSheet";
import { readRulesSheet } from "../../src/core/plan/rulesSheetRead";
import { DEFAULT_DISCIPLINE, RulesSchema, defaultRules, type Rules } from "../../src/core/rules/rules";
import { Random, generateRules } from "./generate";
import { planSheetGrid } from "./planGrid";
import { rowList } from "../../src/core/plan/planRows";

/** 考核规则 written and read back: what the sheet shows is what the next run uses. */
function rowOf(rules: Rules, key: string): number {
  const { sheet } = buildRulesSheet(rules, false);
  const index = rowList(sheet.table.rows).findIndex((r) => r[0]?.value === key);
  return sheet.table.anchorRow + 1 + index;
}

function readBack(rules: Rules, edit: Parameters<typeof planSheetGrid>[2] = []) {
  const { sheet } = buildRulesSheet(rules, false);
  const reading = readRulesSheet(planSheetGrid(sheet, "reviewed.xlsx", edit));
  if (reading === null) throw new Error("the rules sheet was not recognised");
  return reading;
}

test("rules written to 考核规则 read back as the same rules", () => {
  const r = new Random(7);
  for (let i = 0; i < 40; i++) {
    const generated = generateRules(r);
    const rules: Rules = {
      ...generated,
      categoryWeights:
        i % 2 === 0
          ? [
              { category: "班子成员", weight: 3 },
              { category: "服务对象", weight: 1.5 },
            ]
          : [],
      levelScores: [100, 85, 60, i],
      discipline: i % 3 === 0 ? DEFAULT_DISCIPLINE.slice(1) : generated.discipline,
      reportLimits: { team: 3500 + i, cadre: 3000 },
    };
    const reading = readBack(rules);
    expect(reading.findings).toEqual([]);
    expect(RulesSchema.parse(reading.input)).toEqual(rules);
  }
});

test("a clerk's edits in the sheet become the rules", () => {
  const rules = defaultRules(2020);
  const value = RULES_COLUMNS.col("value");
  const { input, findings } = readBack(rules, [
    { row: rowOf(rules, "excellentPercent"), col: value, value: 25 },
    { row: rowOf(rules, "rounding"), col: value, value: "四舍五入" },
    { row: rowOf(rules, "lowApproval"), col: value, value: "否" },
    { row: rowOf(rules, "assessmentDate"), col: value, value: { kind: "date", y: 2021, m: 2, d: 28 } },
  ]);
  expect(findings).toEqual([]);
  expect(RulesSchema.parse(input)).toMatchObject({
    excellentPercent: 25,
    rounding: "half_up",
    reviewTriggers: { lowApproval: false, highDisapproval: true },
    assessmentDate: "2021-02-28",
  });
});

test("the default assessment date follows the year instead of being pinned", () => {
  const { input } = readBack(defaultRules(2021));
  expect(input.assessmentDate).toBeUndefined();
  expect(RulesSchema.parse({ ...input, year: 2022 }).assessmentDate).toBeNull();
});

test("an invalid value is reported at its cell and the default applies", () => {
  const rules = defaultRules(2020);
  const row = rowOf(rules, "excellentPercent");
  const { input, findings } = readBack(rules, [{ row, col: RULES_COLUMNS.col("value"), value: "二成" }]);
  expect(input.excellentPercent).toBeUndefined();
  expect(findings).toEqual([
    expect.objectContaining({ code: "rules_invalid", severity: "error", sheet: "考核规则", cell: `C${row}` }),
  ]);
  expect(findings[0]?.message).toContain("优秀比例");
});

test("deleting every allocation row while allocation stays on leaves every unit without a quota", () => {
  const rules = RulesSchema.parse({ year: 2020, allocatedQuotas: [{ unit: "孟轲乡", quota: 2 }] });
  const row = rowOf(rules, "allocatedQuota");
  const { input } = readBack(rules, [{ row, col: RULES_COLUMNS.col("key"), value: null }]);
  expect(input.allocatedQuotas).toEqual([]);
});

test("a grid without the rules table is not read as rules", () => {
  expect(
    readRulesSheet({
      file: "x.xlsx",
      sheet: "考核规则",
      originRow: 1,
      originCol: 1,
      values: [["姓名"]],
      merges: [],
      date1904: false,
    }),
  ).toBeNull();
});

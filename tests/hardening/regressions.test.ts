import { readFileSync } from "node:fs";
import type { GridValue, SheetGrid } from "../../src/core/model/sheetGrid";
import { tableFormulas } from "../../src/core/plan/cellFormula";
import { TALLIES_SHEET } from "../../src/core/plan/kaoheSheets";
import { review } from "../../src/core/pipeline";
import { readWorkbookBuffer } from "../../src/hosts/exceljs/readWorkbook";
import { checkPlan } from "./support/outcomeChecks";
import { copyGrid, ROSTER_SAMPLE, sampleGrids } from "./support/sampleGrids";

/**
 * Cases the fuzzers found, pinned so that they stay fixed whatever seed a later run draws.
 */
function grid(file: string, values: GridValue[][]): SheetGrid {
  return { file, sheet: "表", originRow: 1, originCol: 1, values, merges: [], date1904: false };
}

test("counts of -1e308 twice: the sum is no number a file can hold, so its formula is written without a cache", () => {
  const roster = grid("名册.xlsx", [["2020年度名册"], ["姓名", "单位"], ["赵文", "区人社局"]]);
  const ballots = grid("测评.xlsx", [
    ["姓名", "单位", "评价主体", "优秀", "称职", "基本称职", "不称职"],
    ["赵文", "区人社局", "班子成员", 0, -1e308, { kind: "error", code: "#REF!" }, -1e308],
  ]);
  const outcome = review({ rosterGrids: [roster], ballotGrids: [ballots] });
  if (!outcome.ok) throw new Error(outcome.messageEn);
  expect(outcome.result.findings.filter((f) => f.code === "count_invalid").map((f) => f.cell)).toEqual([
    "E2",
    "F2",
    "G2",
  ]);
  checkPlan(outcome.result.plan);
  const tallies = outcome.result.plan.sheets.find((s) => s.name === TALLIES_SHEET);
  const formulaAt = tallies === undefined ? () => undefined : tableFormulas(tallies.table);
  const formulas = tallies?.table.rows.at(0)?.filter((cell, j) => formulaAt(0, j, cell) !== undefined) ?? [];
  expect(formulas.length).toBeGreaterThan(0);
  expect(formulas.every((c) => typeof c.value !== "number" || Number.isFinite(c.value))).toBe(true);
});

test("a damaged roster that ExcelJS loads without its workbook part is 'damaged', not a crash", async () => {
  const bytes = new Uint8Array(readFileSync(ROSTER_SAMPLE));
  const at = Math.floor(0.9120489296636085 * bytes.length);
  bytes.fill(0, at, at + 10);
  // Refused as damaged, in words: not a Workbook (ExcelJS) or its zip directory unlike its content (the scan).
  await expect(readWorkbookBuffer(bytes, "名册.xlsx")).rejects.toThrow(/名册\.xlsx.*损坏/);
});

test.each([400, 1e308, 99_999_999_999])(
  "%d days of leave is a number_invalid finding, not a reason to skip the grade",
  async (days) => {
    const { roster, ballots } = await sampleGrids();
    const edited = roster.map((g) => copyGrid(g));
    const row = edited[0]?.values[2] as GridValue[];
    row[14] = days;
    const outcome = review({ rosterGrids: edited, ballotGrids: ballots });
    if (!outcome.ok) throw new Error(outcome.messageEn);
    expect(outcome.result.findings.filter((f) => f.cell === "O3").map((f) => f.code)).toEqual(["number_invalid"]);
    expect(outcome.result.assessment.subjects.find((s) => s.row.name === "赵文")?.status).toBe("graded");
  },
);

import type { GridValue, SheetGrid } from "../../src/core/model/sheetGrid";
import { review, type ReviewInput, type ReviewResult } from "../../src/core/pipeline";
import { readColumnMap } from "../../src/core/plan/columnMapRead";
import { COLUMN_MAP_HEADERS } from "../../src/core/plan/columnMapSheet";
import { RULES_SHEET } from "../../src/core/plan/kaoheSheets";
import { readRulesSheet } from "../../src/core/plan/rulesSheetRead";
import { runReview, withOverride } from "../../src/taskpane/session/reviewRun";
import { planSheetGrid } from "./planGrid";

/**
 * 列映射 on 考核规则: corrections by header are applied, written with where they applied, read
 * back on a re-run, and a clerk's edit of the table counts like a `--map`.
 */
const roster: SheetGrid = {
  file: "名册.xlsx",
  sheet: "名册",
  originRow: 1,
  originCol: 1,
  values: [
    ["2020年度干部名册", null, null, null, null],
    ["姓名", "单位", "职务", "到岗时间", "建议等次"],
    ["张三", "孟轲乡", "副乡长", "2020-05-01", "称职"],
    ["李四", "孟轲乡", "乡长", "2018.3", "优秀"],
  ],
  merges: [],
  date1904: false,
};

function run(input: Partial<ReviewInput> & { rosterGrids?: SheetGrid[] }): ReviewResult {
  const outcome = review({ rosterGrids: [roster], ballotGrids: [], ...input });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

function clausesOf(result: ReviewResult, name: string): string[] {
  return result.report.subjects.find((s) => s.name === name)?.clauses ?? [];
}

/** The reviewed workbook's 考核规则 as a host would read it back, with a clerk's edits. */
function rulesGrid(result: ReviewResult, edit: Array<{ row: number; col: number; value: GridValue }> = []): SheetGrid {
  const sheet = result.plan.sheets.find((s) => s.name === RULES_SHEET);
  if (sheet === undefined) throw new Error("no 考核规则");
  return planSheetGrid(sheet, "名册.xlsx", edit);
}

/** 1-based row of the 列映射 header in the written sheet. */
function mapHeaderRow(result: ReviewResult): number {
  const sheet = result.plan.sheets.find((s) => s.name === RULES_SHEET);
  const cell = sheet?.loose.find((c) => c.col === 1 && c.value === COLUMN_MAP_HEADERS.header);
  if (cell === undefined) throw new Error("no 列映射 header");
  return cell.row;
}

test("a header correction makes 到岗时间 the time in post, and 列映射 says where it applied", () => {
  expect(clausesOf(run({}), "张三")).toEqual([]);
  const corrected = run({ headerOverrides: [{ header: "到岗时间", sheet: null, field: "promotedOn" }] });
  expect(clausesOf(corrected, "张三")).toEqual(["一.2"]);
  const mapping = corrected.roster.mappings[0]?.columns.find((c) => c.header === "到岗时间");
  expect(mapping).toMatchObject({ field: "promotedOn", confidence: "override" });
  const table = readColumnMap(rulesGrid(corrected));
  expect(table.entries).toEqual([expect.objectContaining({ header: "到岗时间", field: "promotedOn", sheet: null })]);
  const row = mapHeaderRow(corrected) + 1;
  const grid = rulesGrid(corrected);
  expect(grid.values[row - 1]?.slice(0, 4)).toEqual(["到岗时间", "提拔时间", null, "已用于 名册!D2"]);
});

test("a reviewed workbook run again keeps the correction, and the rules still read back", () => {
  const first = run({ headerOverrides: [{ header: "到岗时间", sheet: null, field: "promotedOn" }] });
  const again = run({ rosterGrids: [roster, rulesGrid(first)] });
  expect(clausesOf(again, "张三")).toEqual(["一.2"]);
  expect(readRulesSheet(rulesGrid(first))?.findings).toEqual([]);
  expect(again.findings.filter((f) => f.code.startsWith("mapping_") || f.code === "rules_invalid")).toEqual([]);
  // The same table again: a re-run replaces it with an identical one.
  expect(rulesGrid(again).values).toEqual(rulesGrid(first).values);
});

test("a --map replaces the table's row for its header; an empty field leaves the column unused", () => {
  const first = run({ headerOverrides: [{ header: "到岗时间", sheet: null, field: "promotedOn" }] });
  const again = run({
    rosterGrids: [roster, rulesGrid(first)],
    headerOverrides: [
      { header: "到 岗 时 间", sheet: null, field: null },
      { header: "建议等次", sheet: null, field: null },
    ],
  });
  expect(clausesOf(again, "张三")).toEqual([]);
  expect(again.report.subjects.map((s) => s.proposedGrade)).toEqual([null, null]);
  expect(readColumnMap(rulesGrid(again)).entries.map((e) => [e.header, e.field])).toEqual([
    ["到 岗 时 间", null],
    ["建议等次", null],
  ]);
});

test("a clerk's row in 列映射 is read back, and a row naming no field is a finding at its cell", () => {
  const first = run({});
  const row = mapHeaderRow(first) + 1;
  const edited = rulesGrid(first, [
    { row, col: 1, value: "到岗时间" },
    { row, col: 2, value: "任现职时间" },
    { row: row + 1, col: 1, value: "职务" },
    { row: row + 1, col: 2, value: "任职时长" },
    { row: row + 2, col: 1, value: "建议等次" },
    { row: row + 2, col: 2, value: "不使用" },
    { row: row + 2, col: 3, value: "别的表" },
  ]);
  const again = run({ rosterGrids: [roster, edited] });
  expect(clausesOf(again, "张三")).toEqual(["一.2"]);
  expect(again.report.subjects.map((s) => s.proposedGrade)).toEqual(["称职", "优秀"]);
  const mapFindings = again.findings.filter((f) => f.code.startsWith("mapping_"));
  expect(mapFindings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([
    ["mapping_invalid", "warning", RULES_SHEET, `B${row + 1}`],
    ["mapping_unmatched", "warning", RULES_SHEET, `A${row + 2}`],
  ]);
  expect(mapFindings[0]?.message).toContain("任职时长");
  expect(mapFindings[1]?.message).toContain("别的表");
  // The clerk's typo is written back as typed, to be fixed there.
  const written = rulesGrid(again).values[row]?.slice(0, 2);
  expect(written).toEqual(["职务", "任职时长"]);
});

test("a correction whose header heads no column is a warning, not a failure", () => {
  const result = run({ headerOverrides: [{ header: "任职年限", sheet: null, field: "promotedOn" }] });
  const finding = result.findings.find((f) => f.code === "mapping_unmatched");
  expect(finding).toMatchObject({ severity: "warning", file: "名册.xlsx" });
  expect(finding?.message).toContain("任职年限");
});

test("the task pane's correction by column lands in 列映射 as a correction by header", () => {
  const result = run({ overrides: [{ file: "名册.xlsx", sheet: "名册", col: 4, field: "promotedOn" }] });
  expect(clausesOf(result, "张三")).toEqual(["一.2"]);
  expect(readColumnMap(rulesGrid(result)).entries).toEqual([
    expect.objectContaining({ header: "到岗时间", sheet: "名册", field: "promotedOn" }),
  ]);
  // Next year the column moved: the correction by header still finds it.
  const moved: SheetGrid = {
    ...roster,
    values: roster.values.map((r) => [r[0] ?? null, r[3] ?? null, r[1] ?? null, r[2] ?? null, r[4] ?? null]),
  };
  const again = run({ rosterGrids: [moved, rulesGrid(result)] });
  expect(clausesOf(again, "张三")).toEqual(["一.2"]);
});

test("the task pane's session: a column corrected in the mapping table is in the plan it applies", () => {
  const basis = withOverride(
    {
      grids: [{ id: "s1", grid: roster }],
      destinations: { s1: "roster" },
      overrides: [],
      rules: null,
      year: null,
      notKept: [],
    },
    { file: "名册.xlsx", sheet: "名册", col: 5, field: null },
  );
  const outcome = runReview(basis);
  if (!outcome.ok) throw new Error(outcome.message);
  expect(readColumnMap(rulesGrid(outcome.result)).entries).toEqual([
    expect.objectContaining({ header: "建议等次", sheet: "名册", field: null }),
  ]);
  expect(outcome.result.report.subjects.map((s) => s.proposedGrade)).toEqual([null, null]);
});

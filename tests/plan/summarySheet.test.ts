import { SUBJECTS_SHEET, SUMMARY_SHEET } from "../../src/core/plan/kaoheSheets";
import { subjectColumns } from "../../src/core/plan/subjectColumns";
import type { PlanSheet, WritePlan } from "../../src/core/plan/writePlan";
import { rowList } from "../../src/core/plan/planRows";
import { buildEngine, sheetCells } from "./recompute";
import { reviewSamples } from "./samples";

/** 汇总 of the samples: the right people and numbers, and counts that follow an edited 建议等次. */
const SUBJECT_COLS = subjectColumns("hao");

function sheet(plan: WritePlan, name: string): PlanSheet {
  const found = plan.sheets.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no ${name}`);
  return found;
}

/** The cell right of the first cell holding `label` (a block's row by its label). */
function rowOf(summary: PlanSheet, label: string): number {
  const cell = sheetCells(summary).find((c) => c.cell.value === label);
  if (cell === undefined) throw new Error(`no ${label}`);
  return cell.row;
}

test("汇总 is Kaohe's first sheet and lists the samples' special-report subjects with their rates", async () => {
  const { plan, assessment } = await reviewSamples();
  expect(plan.sheets[0]?.name).toBe(SUMMARY_SHEET);
  const summary = sheet(plan, SUMMARY_SHEET);
  const value = (row: number, col: number) => sheetCells(summary).find((c) => c.row === row && c.col === col)?.cell;
  const flagged = assessment.subjects.filter((s) => s.specialReport);
  expect(flagged.map((s) => s.row.name).sort()).toEqual(["李娜", "陈东"].sort());
  for (const s of flagged) {
    const row = rowOf(summary, s.row.name);
    const votes = s.votes;
    if (votes === null) throw new Error("a special-report subject has votes");
    expect(value(row, 5)?.value).toBe(votes.valid);
    expect(value(row, 6)?.value).toBe(votes.counts[3]);
    expect(value(row, 10)?.value).toBe(votes.counts[3] / votes.valid);
    expect(3 * votes.counts[3]).toBeGreaterThan(votes.valid);
    // The row finds the subject's row in 考核对象 by its ID once (the last column); the link and the votes use it.
    const last = 4 + assessment.subjects.length;
    expect(value(row, 11)?.formula).toBe(`MATCH("${s.row.id}",'考核对象'!$A$5:$A$${last},0)+4`);
    expect(value(row, 11)?.value).toBe(assessment.subjects.indexOf(s) + 5);
    expect(value(row, 1)?.formula).toBe(`HYPERLINK("#'考核对象'!B"&$K${row},"${s.row.name}")`);
    expect(value(row, 5)?.formula).toBe(
      `INDEX('考核对象'!$${SUBJECT_COLS.letter("valid")}$5:$${SUBJECT_COLS.letter("valid")}$${last},$K${row}-4)`,
    );
  }
  const statusTotal = sheetCells(summary)
    .filter((c) => c.col === 4 && c.row > rowOf(summary, "考核状态") && c.row <= rowOf(summary, "确定等次"))
    .reduce((sum, c) => sum + Number(c.cell.value), 0);
  expect(statusTotal).toBe(assessment.subjects.length);
  const specialCount = value(rowOf(summary, "现有人数"), 2);
  expect(specialCount?.value).toBe(2);
  expect(summary.charts?.map((c) => c.series.length)).toEqual([4, 4]);
});

test("an edited 建议等次 in 考核对象 changes 汇总's counts when recomputed", async () => {
  const { plan, assessment } = await reviewSamples();
  const summary = sheet(plan, SUMMARY_SHEET);
  const index = assessment.subjects.findIndex(
    (s) => s.kind === "cadre" && s.receivesGrade && s.proposedGrade !== "优秀",
  );
  const subject = assessment.subjects[index];
  if (subject === undefined) throw new Error("the samples have a graded cadre not proposed 优秀");
  const unitRow = 5 + assessment.units.findIndex((u) => u.unit === subject.row.unit);
  const excellentRow = rowOf(summary, "第1档");
  const hf = buildEngine(plan);
  const summaryId = hf.getSheetId(SUMMARY_SHEET) ?? -1;
  const at = (row: number, col: number) => hf.getCellValue({ sheet: summaryId, row: row - 1, col: col - 1 });
  const beforeUnit = at(unitRow, 4);
  const beforeTotal = at(excellentRow, 4);
  expect(beforeTotal).toBe(sheetCells(summary).find((c) => c.row === excellentRow && c.col === 4)?.cell.value);
  hf.setCellContents(
    { sheet: hf.getSheetId(SUBJECTS_SHEET) ?? -1, row: 4 + index, col: SUBJECT_COLS.col("grade") - 1 },
    "优秀",
  );
  expect(at(unitRow, 4)).toBe(Number(beforeUnit) + 1);
  expect(at(excellentRow, 4)).toBe(Number(beforeTotal) + 1);
  hf.destroy();
});

test("汇总 repeats its title row on printed pages, not its units' header over the sections below it", async () => {
  const { plan } = await reviewSamples();
  expect(sheet(plan, SUMMARY_SHEET).print.titleRows).toEqual({ first: 1, last: 1 });
  const subjects = sheet(plan, SUBJECTS_SHEET);
  expect(subjects.print.titleRows).toEqual({ first: subjects.table.anchorRow, last: subjects.table.anchorRow });
});

test("a clerk sorting 考核对象 leaves 汇总's special-report rows with their own subjects' votes and links", async () => {
  const { plan, assessment } = await reviewSamples();
  const subjects = sheet(plan, SUBJECTS_SHEET);
  // A sort moves whole rows, each row's formulas made for its new place (a table column's
  // formula is relative to its row), and leaves other sheets' references where they were.
  const reversed = [...rowList(subjects.table.rows)].reverse();
  const sorted: WritePlan = {
    ...plan,
    sheets: plan.sheets.map((s) =>
      s.name === SUBJECTS_SHEET ? { ...s, table: { ...s.table, rows: reversed, rowHeights: [] } } : s,
    ),
  };
  const summary = sheet(sorted, SUMMARY_SHEET);
  const hf = buildEngine(sorted);
  const summaryId = hf.getSheetId(SUMMARY_SHEET) ?? -1;
  const at = (row: number, col: number) => hf.getCellValue({ sheet: summaryId, row: row - 1, col: col - 1 });
  const flagged = assessment.subjects.filter((s) => s.specialReport);
  expect(flagged.length).toBe(2);
  for (const s of flagged) {
    const votes = s.votes;
    if (votes === null) throw new Error("a special-report subject has votes");
    const row = rowOf(summary, s.row.name);
    expect([s.row.name, at(row, 5), at(row, 6), at(row, 10)]).toEqual([
      s.row.name,
      votes.valid,
      votes.counts[3],
      votes.counts[3] / votes.valid,
    ]);
    // The link's row: where the sort put the subject's row.
    const formula = String(sheetCells(summary).find((c) => c.row === row && c.col === 1)?.cell.formula);
    const target = /^HYPERLINK\((.*),"[^"]*"\)$/.exec(formula)?.[1] ?? "";
    const sortedRow = 5 + reversed.findIndex((r) => r[0]?.value === s.row.id);
    expect(hf.calculateFormula(`=${target}`, summaryId)).toBe(`#'考核对象'!B${sortedRow}`);
    expect(sortedRow).not.toBe(5 + assessment.subjects.indexOf(s));
  }
  hf.destroy();
});

import type { GridValue, SheetGrid } from "../../src/core/model/sheetGrid";
import type { PlanSheetContent as PlanSheet } from "../../src/core/plan/writePlan";
import { sheetCells } from "./recompute";

/**
 * A plan sheet as the grid a host would read back from the written workbook: every cell's value
 * (a formula's cached value), so read-back can be tested without writing a file. `edit` changes
 * cells as a clerk would, by A1-style row and column.
 */
export function planSheetGrid(
  sheet: PlanSheet,
  file = "reviewed.xlsx",
  edit: Array<{ row: number; col: number; value: GridValue }> = [],
): SheetGrid {
  const values: GridValue[][] = [];
  const put = (row: number, col: number, value: GridValue) => {
    while (values.length < row) values.push([]);
    const r = values[row - 1] ?? [];
    while (r.length < col) r.push(null);
    r[col - 1] = value;
  };
  for (const { row, col, cell } of sheetCells(sheet)) put(row, col, cell.value === "" ? null : cell.value);
  for (const e of edit) put(e.row, e.col, e.value);
  return { file, sheet: sheet.name, originRow: 1, originCol: 1, values, merges: [], date1904: false };
}

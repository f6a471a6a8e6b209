import { a1 } from "../model/address";
import type { PlanSheet } from "./writePlan";

/**
 * The ranges a host that measures text itself (Excel through Office.js, WPS) fits to their
 * wrapped text: each loose row the plan makes taller (汇总's blocks), from column A to the row's
 * last loose cell, as the program fits a row to the cells of the range it is given.
 */
export function looseRowRanges(sheet: Pick<PlanSheet, "loose" | "looseRowHeights">): string[] {
  const lastCol = new Map<number, number>();
  for (const cell of sheet.loose) lastCol.set(cell.row, Math.max(lastCol.get(cell.row) ?? 1, cell.col));
  return (sheet.looseRowHeights ?? []).map(({ row }) => `A${row}:${a1(row, lastCol.get(row) ?? 1)}`);
}

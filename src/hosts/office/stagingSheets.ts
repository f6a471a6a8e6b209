import type { PlanSheetOutline } from "../../core/plan/planOutline";

/**
 * A re-run writes the new review into hidden staging sheets and replaces the old review's cells
 * only once every byte has reached Excel: cancelled or failed before, the workbook is as it was.
 * A staging sheet is hidden as only an add-in can hide one (very hidden), so a sheet of the
 * user's that happens to carry such a name is never taken for one.
 */
export const STAGING_SUFFIX = "~暂存";

export const VERY_HIDDEN = "VeryHidden";

export function stagingName(sheet: string): string {
  return `${sheet}${STAGING_SUFFIX}`;
}

/** A staging sheet left by a run that could neither finish nor clean up; the next run removes it. */
export function isStagingLeftover(name: string, visibility: string): boolean {
  return name.endsWith(STAGING_SUFFIX) && visibility === VERY_HIDDEN;
}

/** The cells a plan sheet fills, from A1: what is copied from the staging sheet to the visible one. */
export function planExtent(sheet: PlanSheetOutline): { rows: number; cols: number } {
  const { table } = sheet;
  let rows = table.columns.length === 0 ? 0 : table.anchorRow + Math.max(table.rowCount, 1);
  let cols = table.columns.length === 0 ? 0 : table.anchorCol + table.columns.length - 1;
  for (const cell of sheet.loose) {
    rows = Math.max(rows, cell.row);
    cols = Math.max(cols, cell.col);
  }
  return { rows: Math.max(rows, 1), cols: Math.max(cols, 1) };
}

/** Excel refuses to delete a very hidden sheet (InvalidOperation): it is made merely hidden first. */
export function deleteVeryHidden(sheet: Excel.Worksheet): void {
  sheet.visibility = "Hidden";
  sheet.delete();
}

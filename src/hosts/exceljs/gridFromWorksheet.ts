import type ExcelJS from "exceljs";
import { a1 } from "../../core/model/address";
import type { GridValue, MergedArea, SheetGrid } from "../../core/model/sheetGrid";
import { ValueType } from "./streamWorkbookInternals";

/**
 * An ExcelJS cell value as a grid value. ExcelJS gives date cells as JavaScript Dates at UTC
 * midnight (already converted through the workbook's 1904 setting), so only UTC getters are
 * used: a local-time getter would move a date by a day west of Greenwich.
 */
export function gridValue(value: ExcelJS.CellValue): GridValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return { kind: "date", y: value.getUTCFullYear(), m: value.getUTCMonth() + 1, d: value.getUTCDate() };
  }
  if ("error" in value) return { kind: "error", code: value.error };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  // A formula's cached result is what the clerk sees; without one the cell shows nothing yet.
  if ("formula" in value || "sharedFormula" in value)
    return value.result === undefined ? null : gridValue(value.result);
  if ("hyperlink" in value) return gridValue(value.text);
  return null;
}

/**
 * A cell's grid value. A formula's cached result is read from the cell itself: ExcelJS's
 * `cell.value` of a formula leaves out a result of 0, FALSE or "", and a tally counted by a
 * formula as 0 would read as a blank count.
 */
function cellGridValue(cell: ExcelJS.Cell): GridValue {
  if (cell.type !== ValueType.Formula) return gridValue(cell.value);
  const value = cell.value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;
  return formulaResultValue("formula" in value || "sharedFormula" in value, cell.result);
}

/** What a formula cell shows: its cached result, nothing when it has none yet (or no formula text). */
export function formulaResultValue(hasFormula: boolean, result: ExcelJS.CellValue | undefined): GridValue {
  return hasFormula && result !== undefined ? gridValue(result) : null;
}

export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function extend(bounds: Bounds | null, row: number, col: number): Bounds {
  if (!bounds) return { top: row, left: col, bottom: row, right: col };
  return {
    top: Math.min(bounds.top, row),
    left: Math.min(bounds.left, col),
    bottom: Math.max(bounds.bottom, row),
    right: Math.max(bounds.right, col),
  };
}

/** A worksheet's cells as ExcelJS holds them: only those with a value, and the merged areas. */
export interface SparseSheet {
  name: string;
  cells: Array<{ row: number; col: number; value: GridValue }>;
  merges: Bounds[];
  /** From the first used cell to the last; null when the sheet is empty. */
  used: Bounds | null;
}

/**
 * Cells covered by a merge are left out (ExcelJS repeats the merge's value into them) and the
 * merges are listed, so that the reader sees each merged value once, at its top-left.
 */
export function sparseSheet(worksheet: ExcelJS.Worksheet): SparseSheet {
  const cells: SparseSheet["cells"] = [];
  const merges = new Map<string, Bounds>();
  let used: Bounds | null = null;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      used = extend(used, rowNumber, colNumber);
      if (cell.type === ValueType.Merge) {
        const master = cell.master.fullAddress;
        // An empty top-left cell is not visited, yet the grid must include it.
        used = extend(used, master.row, master.col);
        const area = merges.get(master.address) ?? extend(null, master.row, master.col);
        merges.set(master.address, extend(area, rowNumber, colNumber));
        return;
      }
      cells.push({ row: rowNumber, col: colNumber, value: cellGridValue(cell) });
    });
  });
  return { name: worksheet.name, cells, merges: [...merges.values()], used };
}

/** The used range's size (null: an empty sheet), to check against INPUT_LIMITS before a grid of that size is built. */
export function extentOf(used: Bounds | null): { rows: number; cols: number; lastCell: string } {
  if (used === null) return { rows: 0, cols: 0, lastCell: "A1" };
  const { top, left, bottom, right } = used;
  return { rows: bottom - top + 1, cols: right - left + 1, lastCell: a1(bottom, right) };
}

/** The sheet as a grid starting at its first used cell. */
export function gridOfSheet(sheet: SparseSheet, file: string, date1904: boolean): SheetGrid {
  const origin: Bounds = sheet.used ?? { top: 1, left: 1, bottom: 0, right: 0 };
  const width = origin.right - origin.left + 1;
  const values: GridValue[][] = [];
  for (let r = origin.top; r <= origin.bottom; r++) values.push(new Array<GridValue>(width).fill(null));
  for (const { row, col, value } of sheet.cells) {
    const line = values[row - origin.top];
    if (line) line[col - origin.left] = value;
  }
  const mergedAreas: MergedArea[] = sheet.merges.map((m) => ({
    top: m.top - origin.top,
    left: m.left - origin.left,
    bottom: m.bottom - origin.top,
    right: m.right - origin.left,
  }));
  return {
    file,
    sheet: sheet.name,
    originRow: origin.top,
    originCol: origin.left,
    values,
    merges: mergedAreas,
    date1904,
  };
}

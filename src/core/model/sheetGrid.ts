/**
 * A sheet as every host can give it: 2-D values (Office.js `Range.values`, ExcelJS cell
 * values), merged areas, the sheet's name and the address of its top-left cell.
 * The reader works on this shape only, so it never touches a host.
 */
export type GridValue = string | number | boolean | null | GridDate | GridError;

/** A date cell, already turned into calendar parts by the host (UTC getters, 1904 honoured). */
export interface GridDate {
  readonly kind: "date";
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** An error value such as `#N/A` or `#REF!`. */
export interface GridError {
  readonly kind: "error";
  readonly code: string;
}

/** A merged area, 0-based and inclusive, relative to the grid's top-left cell. */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetGrid {
  /** File name as the user knows it (`名册.xlsx`), for findings. */
  readonly file: string;
  readonly sheet: string;
  /** 1-based row and column of `values[0][0]` in the sheet. */
  readonly originRow: number;
  readonly originCol: number;
  readonly values: ReadonlyArray<ReadonlyArray<GridValue>>;
  readonly merges: ReadonlyArray<MergedArea>;
  /** Whether the workbook uses the 1904 date system (matters for serial numbers in text). */
  readonly date1904: boolean;
}

export function isGridDate(v: GridValue): v is GridDate {
  return typeof v === "object" && v !== null && v.kind === "date";
}

export function isGridError(v: GridValue): v is GridError {
  return typeof v === "object" && v !== null && v.kind === "error";
}

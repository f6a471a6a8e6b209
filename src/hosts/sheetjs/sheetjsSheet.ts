import * as XLSX from "@e965/xlsx";
import { fromDayNumber, fromExcelSerial } from "../../core/model/calendarDate";
import type { GridValue } from "../../core/model/sheetGrid";
import type { SparseSheet } from "../exceljs/gridFromWorksheet";
import { csvValue } from "./csvSheet";
import { sparseSheetOf } from "./sparseCells";

/**
 * One SheetJS sheet as the sparse sheet the grids are made of, and the looks SheetJS exposes
 * (column widths, row heights, number formats) for the .xlsx the command line writes. A number
 * whose format is a date format is a date cell, as Excel shows it: its serial is turned into a
 * calendar date by arithmetic in the workbook's date system, with no Date object and so no
 * time zone in between.
 */
export interface SheetLooks {
  /** 1-based column → width in characters, as Excel and ExcelJS measure it. */
  widths: Map<number, number>;
  hiddenColumns: Set<number>;
  /** 1-based row → height in points. */
  heights: Map<number, number>;
  /** `row:col` (1-based) → the number format of a number or date cell that has one. */
  formats: Map<string, string>;
}

const isDateFormat = (XLSX.SSF as { is_date: (format: string) => boolean }).is_date;
/** 9999-12-31, the last day Excel shows. */
const LAST_SERIAL = 2_958_465;

export function formatKey(row: number, col: number): string {
  return `${row}:${col}`;
}

export function sheetjsSheet(
  name: string,
  sheet: XLSX.WorkSheet,
  date1904: boolean,
  textIsCsv: boolean,
): { sparse: SparseSheet; looks: SheetLooks } {
  const cells: Array<{ row: number; col: number; value: GridValue }> = [];
  const formats = new Map<string, string>();
  (sheet["!data"] ?? []).forEach((line, r) => {
    (line ?? []).forEach((cell, c) => {
      if (cell === undefined) return;
      const value = cellValue(cell, date1904, textIsCsv);
      if (value === null) return;
      cells.push({ row: r + 1, col: c + 1, value });
      const format = typeof cell.z === "string" ? cell.z : "General";
      if (typeof value !== "string" && format !== "General") formats.set(formatKey(r + 1, c + 1), format);
    });
  });
  const merges = (sheet["!merges"] ?? []).map((m) => ({
    top: m.s.r + 1,
    left: m.s.c + 1,
    bottom: m.e.r + 1,
    right: m.e.c + 1,
  }));
  return { sparse: sparseSheetOf(name, cells, merges), looks: { ...dimensions(sheet), formats } };
}

function cellValue(cell: XLSX.CellObject, date1904: boolean, textIsCsv: boolean): GridValue {
  const v = cell.v;
  switch (cell.t) {
    case "s":
      if (typeof v !== "string" || v === "") return null;
      return textIsCsv ? csvValue(v) : v;
    case "n":
      if (typeof v !== "number" || !Number.isFinite(v)) return null;
      return typeof cell.z === "string" && isDateFormat(cell.z) ? serialDate(v, date1904) : v;
    case "b":
      return typeof v === "boolean" ? v : null;
    case "e":
      return { kind: "error", code: typeof cell.w === "string" && cell.w !== "" ? cell.w : "#N/A" };
    case "d":
      // Only a format without serials (SheetJS gives Dates for some web tables): the Date's UTC day.
      if (!(v instanceof Date) || Number.isNaN(v.getTime())) return null;
      return { kind: "date", y: v.getUTCFullYear(), m: v.getUTCMonth() + 1, d: v.getUTCDate() };
    default:
      return null;
  }
}

/** A serial beyond Excel's days (negative, after 9999) is shown by Excel as #####: it stays a number. */
function serialDate(serial: number, date1904: boolean): GridValue {
  if (serial < 0 || serial > LAST_SERIAL) return serial;
  const { y, m, d } = fromDayNumber(fromExcelSerial(serial, date1904));
  return { kind: "date", y, m, d };
}

function dimensions(sheet: XLSX.WorkSheet): Omit<SheetLooks, "formats"> {
  const widths = new Map<number, number>();
  const hiddenColumns = new Set<number>();
  (sheet["!cols"] ?? []).forEach((col, i) => {
    if (col === undefined) return;
    const width = col.width ?? col.wch;
    if (typeof width === "number" && width > 0) widths.set(i + 1, width);
    if (col.hidden === true) hiddenColumns.add(i + 1);
  });
  const heights = new Map<number, number>();
  (sheet["!rows"] ?? []).forEach((row, i) => {
    if (typeof row?.hpt === "number" && row.hpt > 0) heights.set(i + 1, row.hpt);
  });
  return { widths, hiddenColumns, heights };
}

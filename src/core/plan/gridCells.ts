import { a1 } from "../model/address";
import { dayNumber, formatDayNumber, fromExcelSerial, isValidYmd } from "../model/calendarDate";
import { isGridDate, type GridValue, type SheetGrid } from "../model/sheetGrid";

/**
 * Reading Kaohe's own sheets back from a grid: the header row is found by its column names
 * (a clerk may have inserted rows above it), and cells are read leniently because a clerk
 * may have typed over them.
 */
export interface GridTable {
  /** 0-based index in `grid.values` of the header row. */
  headerIndex: number;
  /** Header text → 0-based column index in the grid. */
  columns: Map<string, number>;
}

export function findGridTable(grid: SheetGrid, required: readonly string[]): GridTable | null {
  for (let r = 0; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    const columns = new Map<string, number>();
    row.forEach((v, c) => {
      const t = cellText(v);
      if (t !== "" && !columns.has(t)) columns.set(t, c);
    });
    if (required.every((h) => columns.has(h))) return { headerIndex: r, columns };
  }
  return null;
}

export function gridCell(grid: SheetGrid, r: number, c: number): GridValue {
  return grid.values[r]?.[c] ?? null;
}

/** The A1 address of grid position (r, c). */
export function gridAddress(grid: SheetGrid, r: number, c: number): string {
  return a1(grid.originRow + r, grid.originCol + c);
}

export function cellText(v: GridValue): string {
  if (v === null) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (isGridDate(v)) return formatDayNumber(dayNumber(v.y, v.m, v.d));
  return "";
}

/** A number, also from text with full-width digits; null when the cell holds none. */
export function cellNumber(v: GridValue): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string") return null;
  const t = v.trim().replace(/[０-９．－]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** A date as ISO `YYYY-MM-DD` from a date cell, a serial or ISO text; null otherwise. */
export function cellIsoDate(v: GridValue, date1904: boolean): string | null {
  if (isGridDate(v)) return formatDayNumber(dayNumber(v.y, v.m, v.d));
  if (typeof v === "number" && Number.isFinite(v)) return formatDayNumber(fromExcelSerial(v, date1904));
  const m = typeof v === "string" ? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v.trim()) : null;
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(y, mo, d) ? formatDayNumber(dayNumber(y, mo, d)) : null;
}

/** A list typed into one cell: `诫勉、警告` or `诫勉,警告`. */
export function cellList(v: GridValue): string[] {
  return cellText(v)
    .split(/[、,，;；\s]+/)
    .filter((s) => s !== "");
}

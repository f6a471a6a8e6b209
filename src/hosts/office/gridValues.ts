import { fromDayNumber, fromExcelSerial } from "../../core/model/calendarDate";
import type { GridValue, MergedArea } from "../../core/model/sheetGrid";
import { parseA1 } from "../../core/model/address";

/**
 * Office.js gives a cell as its raw value, its type and its number format. A date is a
 * serial number with a date format; the grid wants calendar parts, as the ExcelJS host gives
 * them, so that both hosts hand the reader the same grid.
 */
export function toGridValue(value: unknown, type: string, numberFormat: string, date1904: boolean): GridValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { kind: "error", code: String(value) };
    case "Boolean":
      return value === true;
    case "Double":
    case "Integer":
      if (typeof value !== "number") return null;
      if (isDateFormat(numberFormat)) {
        const { y, m, d } = fromDayNumber(fromExcelSerial(value, date1904));
        return { kind: "date", y, m, d };
      }
      return value;
    default:
      if (typeof value === "string") return value === "" ? null : value;
      return typeof value === "number" || typeof value === "boolean" ? String(value) : null;
  }
}

/**
 * A number format shows a date when, outside quoted text, escapes and `[…]` sections, it has
 * a day or year token. Month alone (`m`) is also minutes, so it does not count by itself.
 */
export function isDateFormat(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[dy]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/**
 * Merged areas from a `RangeAreas.address` such as `Sheet1!A1:B2,Sheet1!D1:E1`, relative to a
 * grid whose top-left cell is (originRow, originCol), clipped to the grid.
 */
export function mergedAreasFrom(
  address: string,
  origin: { row: number; col: number },
  size: { rows: number; cols: number },
): MergedArea[] {
  const areas: MergedArea[] = [];
  const pattern = /!(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?(?=,|$)/g;
  for (const match of address.matchAll(pattern)) {
    const start = parseA1((match[1] ?? "").replace(/\$/g, ""));
    const end = parseA1((match[2] ?? match[1] ?? "").replace(/\$/g, ""));
    if (start === null || end === null) continue;
    const area = {
      top: Math.max(start.row - origin.row, 0),
      left: Math.max(start.col - origin.col, 0),
      bottom: Math.min(end.row - origin.row, size.rows - 1),
      right: Math.min(end.col - origin.col, size.cols - 1),
    };
    if (area.top <= area.bottom && area.left <= area.right && (area.top < area.bottom || area.left < area.right)) {
      areas.push(area);
    }
  }
  return areas;
}

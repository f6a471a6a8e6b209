import { formatCalDate } from "../core/model/calendarDate";
import type { GridValue } from "../core/model/sheetGrid";
import { maskIdNumbers } from "../taskpane/session/mask";

/**
 * A cell as the preview shows it: dates as 2020-07-02, percentages and fixed decimals as the
 * column's number format asks, other numbers without float noise, and ID numbers masked.
 */
export function cellText(value: GridValue, numFmt?: string): string {
  if (value === null) return "";
  if (typeof value === "object") return value.kind === "date" ? formatCalDate(value) : value.code;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return maskIdNumbers(value);
  if (numFmt !== undefined && numFmt.includes("%")) return `${(value * 100).toFixed(decimals(numFmt))}%`;
  if (numFmt !== undefined && /^0(\.0+)?$/.test(numFmt)) return value.toFixed(decimals(numFmt));
  return maskIdNumbers(String(Number(value.toPrecision(12))));
}

function decimals(numFmt: string): number {
  return /\.(0+)/.exec(numFmt)?.[1]?.length ?? 0;
}

import { excelSerial, startDay, type CalDate } from "../model/calendarDate";
import type { PlanCell, PlanValue } from "./writePlan";

/**
 * Cell constructors for the write plan. Text from workbooks is personnel data typed by people:
 * it stays text whatever it starts with, and is cut at the longest text a cell can hold.
 */
export const MAX_CELL_TEXT = 32767;

/** Text a spreadsheet would take as a formula if it were typed in (`=`, `+`, `-`, `@`). */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

export function clipText(text: string): string {
  return text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text;
}

/** A text cell; blank for null or "". Formula-like text also gets the text format, so an edit keeps it text. */
export function textCell(text: string | null | undefined): PlanCell {
  if (text === null || text === undefined || text === "") return { value: null };
  const value = clipText(text);
  return looksLikeFormula(value) ? { value, numFmt: "@" } : { value };
}

export function numberCell(n: number | null | undefined): PlanCell {
  return { value: n === null || n === undefined || !Number.isFinite(n) ? null : n };
}

/**
 * A date as the workbook's serial number, so that formulas can take its YEAR(). A date written
 * as a month alone stays a month on screen; its serial is the month's first day.
 */
export function dateCell(date: CalDate | null, date1904: boolean): PlanCell {
  if (date === null) return { value: null };
  const value = excelSerial(startDay(date), date1904);
  return date.d === null ? { value, numFmt: "yyyy-mm" } : { value };
}

/**
 * A formula with the value the core computed as its cache. A sum of absurd counts (1e308 twice)
 * is not a number a file can hold, and Excel shows #NUM! for it: no cache is written then.
 */
export function formulaCell(formula: string, cached: PlanValue): PlanCell {
  return { ...cachedCell(cached), formula };
}

/** A cell of a formula column (PlanColumn.formula): only its cache, kept as `formulaCell` keeps it. */
export function cachedCell(cached: PlanValue): PlanCell {
  if (typeof cached === "number" && !Number.isFinite(cached)) return { value: null };
  return { value: typeof cached === "string" ? clipText(cached) : cached };
}

/** A cell that jumps to `target` (`'名册'!B7`) when clicked. */
export function linkCell(text: string, target: string): PlanCell {
  return { ...textCell(text), link: target };
}

/** 是 / blank, the way the sheets show a yes-or-no fact (a blank reads as "no" at a glance). */
export function yesCell(yes: boolean): PlanCell {
  return { value: yes ? "是" : null };
}

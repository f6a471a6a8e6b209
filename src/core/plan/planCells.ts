import { excelSerial, startDay, type CalDate } from "../model/calendarDate";
import type { PlanCell, PlanValue } from "./writePlan";

/**
 * Cell constructors for the write plan. Text from workbooks is personnel data typed by people:
 * it stays text whatever it starts with, and is cut at the longest text a cell can hold.
 */
export const MAX_CELL_TEXT = 32767;

/**
 * Cells holding only a value the plan writes over and over (a blank, "", 是, a small count) are
 * shared, frozen objects: the 20,000-cadre plan has millions of cells, and keeping one object
 * alive for each was most of the garbage collector's work. Plan cells are never changed once
 * made, which freezing enforces.
 */
export const EMPTY_CELL: PlanCell = Object.freeze({ value: null });
const EMPTY_TEXT_CELL: PlanCell = Object.freeze({ value: "" });
const YES_CELL: PlanCell = Object.freeze({ value: "是" });
const SHARED_COUNTS = 1024;
const countCells: PlanCell[] = [];

/** A cell of just this value, shared when it is a common one. */
export function valueCell(value: PlanValue): PlanCell {
  if (value === null) return EMPTY_CELL;
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value < 0 || value >= SHARED_COUNTS || Object.is(value, -0)) return { value };
    return (countCells[value] ??= Object.freeze({ value }));
  }
  if (typeof value === "string") return value === "" ? EMPTY_TEXT_CELL : value === "是" ? YES_CELL : { value };
  return { value };
}

const EQUALS = 0x3d;
const PLUS = 0x2b;
const MINUS = 0x2d;
const AT = 0x40;

/** Text a spreadsheet would take as a formula if it were typed in (`=`, `+`, `-`, `@`). */
export function looksLikeFormula(text: string): boolean {
  // By character code: every text cell of the plan is asked, millions at 20,000 cadres.
  const first = text.charCodeAt(0);
  return first === EQUALS || first === PLUS || first === MINUS || first === AT;
}

export function clipText(text: string): string {
  return text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text;
}

/** A text cell; blank for null or "". Formula-like text also gets the text format, so an edit keeps it text. */
export function textCell(text: string | null | undefined): PlanCell {
  if (text === null || text === undefined || text === "") return EMPTY_CELL;
  const value = clipText(text);
  return looksLikeFormula(value) ? { value, numFmt: "@" } : valueCell(value);
}

export function numberCell(n: number | null | undefined): PlanCell {
  return valueCell(n === null || n === undefined || !Number.isFinite(n) ? null : n);
}

/**
 * A date as the workbook's serial number, so that formulas can take its YEAR(). A date written
 * as a month alone stays a month on screen; its serial is the month's first day.
 */
export function dateCell(date: CalDate | null, date1904: boolean): PlanCell {
  if (date === null) return EMPTY_CELL;
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
  if (typeof cached === "number" && !Number.isFinite(cached)) return EMPTY_CELL;
  return valueCell(typeof cached === "string" ? clipText(cached) : cached);
}

/** A cell that jumps to `target` (`'名册'!B7`) when clicked. */
export function linkCell(text: string, target: string): PlanCell {
  // Spelt out rather than spread: 考核对象 links each of a district's 20,000 rows to its roster cell.
  const cell = textCell(text);
  return cell.numFmt === undefined
    ? { value: cell.value, link: target }
    : { value: cell.value, numFmt: cell.numFmt, link: target };
}

/** 是 / blank, the way the sheets show a yes-or-no fact (a blank reads as "no" at a glance). */
export function yesCell(yes: boolean): PlanCell {
  return valueCell(yes ? "是" : null);
}

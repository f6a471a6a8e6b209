import type { GridValue } from "../model/sheetGrid";
import { dropSpaces, toHalfWidth } from "./textNormalise";

/**
 * What a number cell held: nothing, a number, or something that is not a number. A plain value,
 * not an object: a district's tally rows read a million count cells.
 */
export type NumberReading = number | "blank" | "invalid";

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
// Units clerks type after a figure: 45天, 12张, 38票, 40人, 2800字.
const UNIT_SUFFIX = /(天|日|张|票|人|个|份|字)$/;
// Marks that mean "none" on Chinese forms.
const NOTHING = new Set(["无", "-", "—", "/", "\\"]);

/**
 * Numbers as clerks write them: number cells, text numbers, full-width digits (１２),
 * thousands separators and a unit suffix. Booleans, dates and error values are not numbers.
 */
export function readNumber(value: GridValue): NumberReading {
  if (value === null) return "blank";
  if (typeof value === "number") return Number.isFinite(value) ? value : "invalid";
  if (typeof value !== "string") return "invalid";
  const text = dropSpaces(toHalfWidth(value)).replace(/,/g, "");
  if (text === "" || NOTHING.has(text)) return "blank";
  const figure = text.replace(UNIT_SUFFIX, "");
  if (!NUMBER_TEXT.test(figure)) return "invalid";
  return Number(figure);
}

import { linkFormula, type PlanCell, type PlanColumn } from "../../core/plan/writePlan";

/**
 * How a plan cell goes into `Range.Formula`: a formula with its `=` (a link as the HYPERLINK
 * formula every host writes), a number or boolean as itself, a blank as "". ET, like Excel,
 * parses a text entered this way (`001` becomes 1, `2020-07-02` a date, `-x` a formula); a
 * leading apostrophe makes the rest text whatever it is, and is not part of the value. Every
 * text gets one, so "text is always text" holds without guessing what WPS would parse.
 */
export type Entry = string | number | boolean;

export function entryOf(cell: PlanCell, formula = cell.formula): Entry {
  if (formula !== undefined) return `=${formula}`;
  if (cell.link !== undefined)
    return `=${linkFormula(cell.link, cell.value === null ? cell.link : String(cell.value))}`;
  if (cell.value === null) return "";
  return typeof cell.value === "string" ? `'${cell.value}` : cell.value;
}

/** A header or other text as an entry. */
export function textEntry(text: string): Entry {
  return text === "" ? "" : `'${text}`;
}

/**
 * The number format of a column's data cells. A text format on a formula column would show the
 * formula as text, so such a column keeps the general format (texts need no format: see entryOf).
 */
export function columnFormat(column: PlanColumn): string {
  const format = column.numFmt ?? GENERAL;
  return format === "@" ? GENERAL : format;
}

export const GENERAL = "General";

/**
 * A list validation's source as `Validation.Add` takes it: the plan writes an explicit list in
 * double quotes (`"是,否"`), which ET wants bare; anything else is a formula (a defined name).
 */
export function listSource(list: string): string {
  const trimmed = list.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) return trimmed.slice(1, -1);
  return `=${trimmed}`;
}

import { linkFormula, type PlanCell, type PlanColumn } from "../../core/plan/writePlan";

/**
 * How a plan cell is entered through `Range.formulas`: a formula with its `=` (a link is the
 * HYPERLINK formula every host writes), a number or a boolean as itself, a blank as "". Excel parses a string entered this way (`001` becomes 1,
 * `2020-07-02` a date, `-x` a formula), so every text cell also gets the text format `@`,
 * sent before the text: the plan's "text is always text" holds without guessing what Excel
 * would parse.
 */
export type FormulaEntry = string | number | boolean;

export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

/** `formula`: the cell's formula, a table cell's from `tableFormulas` (which knows its column's). */
export function formulaEntry(cell: PlanCell, formula = cell.formula): FormulaEntry {
  if (formula !== undefined) return `=${formula}`;
  if (cell.link !== undefined)
    return `=${linkFormula(cell.link, cell.value === null ? cell.link : String(cell.value))}`;
  if (cell.value === null) return "";
  return cell.value;
}

/**
 * The number format a cell needs: text for text, else its own or its column's. A formula
 * column's cells are formulas, though they carry only their cached values.
 */
export function cellFormat(cell: PlanCell, column: PlanColumn | undefined): string {
  const own = cell.numFmt ?? column?.numFmt ?? GENERAL_FORMAT;
  const isFormula = cell.formula !== undefined || cell.link !== undefined || column?.formula !== undefined;
  if (isFormula) return own === TEXT_FORMAT ? GENERAL_FORMAT : own; // a text-formatted formula shows as text
  if (typeof cell.value === "string" && cell.value !== "") return TEXT_FORMAT;
  return own;
}

/** Excel measures column width in points; the plan in characters of the default font (7 px + 5 px padding). */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** `#RRGGBB` from the plan's `RRGGBB`. */
export function cssColor(rrggbb: string): string {
  return rrggbb.startsWith("#") ? rrggbb : `#${rrggbb}`;
}

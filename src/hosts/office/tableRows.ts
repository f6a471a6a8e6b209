import { tableFormulas } from "../../core/plan/cellFormula";
import { formulaTemplate } from "../../core/plan/formulaMove";
import type { PlanTable } from "../../core/plan/writePlan";
import { cellFormat, formulaEntry, type FormulaEntry } from "./cellEncoding";
import { payloadBytes } from "./requestSize";

/**
 * A plan table's data rows as `Range.formulas` and `Range.numberFormat` take them, put together
 * one request's slice at a time: a formula column's text for each row (hundreds of megabytes in
 * a large district) is made only for the rows being queued, never for a whole sheet at once.
 * Each row's size is counted without making its formulas' text.
 */
export interface EncodedRows {
  /** Each row's estimated bytes: `payloadBytes` of its entries plus that of its formats. */
  readonly rowBytes: readonly number[];
  entries(from: number, to: number): FormulaEntry[][];
  formats(from: number, to: number): string[][];
}

export function encodeRows(table: PlanTable): EncodedRows {
  const formulaAt = tableFormulas(table);
  const columnFormulaBytes = table.columns.map((c) => (c.formula === undefined ? null : movedEntryBytes(c.formula)));
  const formatsOf = (r: number) => (table.rows[r] ?? []).map((cell, c) => cellFormat(cell, table.columns[c]));
  const rowBytes = table.rows.map((row, r) => {
    // A formula column's entry is counted apart: an empty text stands in for it in the row.
    let bytes = payloadBytes(row.map((cell, c) => (columnFormulaBytes[c] === null ? formulaEntry(cell) : "")));
    for (const formulaBytes of columnFormulaBytes) {
      if (formulaBytes !== null) bytes += formulaBytes(r) - EMPTY_TEXT_BYTES;
    }
    return bytes + payloadBytes(formatsOf(r));
  });
  return {
    rowBytes,
    entries: (from, to) =>
      table.rows.slice(from, to).map((row, k) => row.map((cell, c) => formulaEntry(cell, formulaAt(from + k, c)))),
    formats: (from, to) => Array.from({ length: Math.max(0, to - from) }, (_, k) => formatsOf(from + k)),
  };
}

const EMPTY_TEXT_BYTES = payloadBytes("");

/**
 * `payloadBytes` of the entry `=formula` moved `down` rows. JSON escapes character by character
 * and row numbers are ASCII digits, so the entry's size is that of its text without the relative
 * row numbers plus their digits: counted per row without putting the text together.
 */
function movedEntryBytes(formula: string): (down: number) => number {
  const template = formulaTemplate(formula);
  const fixed = payloadBytes(`=${template.parts.join("")}`);
  // A column's references mostly share a row (the first data row): count digits once per row number.
  const uses = new Map<number, number>();
  for (const row of template.rows) uses.set(row, (uses.get(row) ?? 0) + 1);
  return (down) => {
    let bytes = fixed;
    for (const [row, count] of uses) bytes += count * String(row + down).length;
    return bytes;
  };
}

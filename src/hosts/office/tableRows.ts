import type { PlanCell, PlanTable } from "../../core/plan/writePlan";
import { cellFormat, formulaEntry, type FormulaEntry } from "./cellEncoding";
import { payloadBytes } from "./requestSize";

/**
 * A plan table's value columns as `Range.formulas` and `Range.numberFormat` take them, one
 * request's slice of rows at a time. Formula columns are not here: each is written as one R1C1
 * text for its whole range (tableWriter.ts), so only the cells that differ row by row are sent
 * cell by cell. The columns between two formula columns form a run, written as one block.
 */
export interface ColumnRun {
  /** 0-based table columns, inclusive. */
  readonly first: number;
  readonly last: number;
}

export interface EncodedRows {
  /** Each row's bytes: `payloadBytes` of its entries plus that of its formats. */
  readonly rowBytes: readonly number[];
  entries(from: number, to: number): FormulaEntry[][];
  formats(from: number, to: number): string[][];
}

/** The runs of adjacent columns without a column formula, left to right. */
export function valueRuns(table: Pick<PlanTable, "columns">): ColumnRun[] {
  const runs: ColumnRun[] = [];
  let first: number | null = null;
  table.columns.forEach((column, c) => {
    if (column.formula === undefined) {
      first ??= c;
      return;
    }
    if (first !== null) runs.push({ first, last: c - 1 });
    first = null;
  });
  if (first !== null) runs.push({ first, last: table.columns.length - 1 });
  return runs;
}

/** `rows`: a block of rows in hand (cutBlock's), each read here more than once. */
export function encodeRows(
  table: Pick<PlanTable, "columns"> & { readonly rows: ReadonlyArray<readonly PlanCell[]> },
  run: ColumnRun,
): EncodedRows {
  const cellsOf = (r: number) => (table.rows[r] ?? []).slice(run.first, run.last + 1);
  const entriesOf = (r: number) => cellsOf(r).map((cell) => formulaEntry(cell));
  const formatsOf = (r: number) => cellsOf(r).map((cell, k) => cellFormat(cell, table.columns[run.first + k]));
  const slice = <T>(from: number, to: number, of: (r: number) => T): T[] =>
    Array.from({ length: Math.max(0, to - from) }, (_, k) => of(from + k));
  return {
    rowBytes: table.rows.map((_, r) => payloadBytes(entriesOf(r)) + payloadBytes(formatsOf(r))),
    entries: (from, to) => slice(from, to, entriesOf),
    formats: (from, to) => slice(from, to, formatsOf),
  };
}

import { columnLetters } from "../model/address";
import type { SourceRef } from "../model/roster";
import type { GridView } from "./gridView";

/** The `cells` of a row whose every field was read from its own row: one frozen object for all of them. */
const NO_CELLS: Record<string, string> = Object.freeze({});

/**
 * One sheet's column tables (`SourceRef.columns`). Rows that read the same fields from the same
 * columns share one table: the tables form a tree, each table leading by a field and a column
 * to the table with that field added, so a sheet of 100,000 rows holds a handful of tables and
 * no A1 text. A district's tally rows held over a million such strings, alive through the review.
 */
export class ColumnTable {
  readonly columns: Readonly<Record<string, string>>;
  private readonly next = new Map<string, Map<number, ColumnTable>>();

  constructor(columns: Record<string, string> = {}) {
    this.columns = Object.freeze(columns);
  }

  /**
   * The step last taken from this table. A sheet's rows record their fields in the same order
   * from the same columns, so it is nearly always the one asked for next: a district's tally rows
   * take a million steps.
   */
  private last: { field: string; col: number; table: ColumnTable } | null = null;

  /** The table with `field` read from sheet column `col` (1-based) besides this table's fields. */
  with(field: string, col: number): ColumnTable {
    const last = this.last;
    if (last !== null && last.field === field && last.col === col) return last.table;
    const table = this.step(field, col);
    this.last = { field, col, table };
    return table;
  }

  private step(field: string, col: number): ColumnTable {
    const letters = columnLetters(col);
    if (this.columns[field] === letters) return this;
    let byColumn = this.next.get(field);
    if (byColumn === undefined) {
      byColumn = new Map();
      this.next.set(field, byColumn);
    }
    let table = byColumn.get(col);
    if (table === undefined) {
      table = new ColumnTable({ ...this.columns, [field]: letters });
      byColumn.set(col, table);
    }
    return table;
  }
}

/**
 * Where each field of one row was read from, as the row's `SourceRef`: a field read from the
 * row's own cell goes into the sheet's column table; one read from elsewhere (a covered cell's
 * merge top-left, a note above the table) keeps its A1 text in `cells`, which only such rows have.
 */
export class RowSource {
  private table: ColumnTable;
  private elsewhere: Record<string, string> | null = null;

  constructor(
    private readonly view: GridView,
    private readonly r: number,
    sheetTables: ColumnTable,
  ) {
    this.table = sheetTables;
  }

  /** The field was read from grid column `c` of this row. */
  own(field: string, c: number): void {
    if (this.elsewhere !== null) delete this.elsewhere[field];
    this.table = this.table.with(field, this.view.sheetCol(c));
  }

  /** The field was read from grid column `c`, fixed at its merge's top-left when the cell is covered. */
  fixed(field: string, c: number): void {
    const merge = this.view.mergeAt(this.r, c);
    if (merge === undefined || (merge.top === this.r && merge.left === c)) this.own(field, c);
    else this.at(field, this.view.address(merge.top, merge.left));
  }

  /** The field was read from the A1 cell `cell`, which may lie outside this row. */
  at(field: string, cell: string): void {
    this.elsewhere ??= {};
    this.elsewhere[field] = cell;
  }

  /** The A1 cell recorded for the field, if any. */
  cell(field: string): string | undefined {
    const elsewhere = this.elsewhere?.[field];
    if (elsewhere !== undefined) return elsewhere;
    const letters = this.table.columns[field];
    return letters === undefined ? undefined : `${letters}${this.view.sheetRow(this.r)}`;
  }

  source(): SourceRef {
    const { view, r } = this;
    return {
      file: view.file,
      sheet: view.sheet,
      row: view.sheetRow(r),
      columns: this.table.columns,
      cells: this.elsewhere ?? NO_CELLS,
    };
  }
}

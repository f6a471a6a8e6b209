import { columnLetters, quoteSheet } from "../model/address";
import { FIRST_DATA_ROW } from "./kaoheSheets";
import { EMPTY_CELL } from "./planCells";
import type { PlanCell, PlanColumn } from "./writePlan";

/**
 * A table's columns addressed by key rather than by letter, so that formulas stay right when a
 * column is added: `cols.at("leave", 7)` is `M7` today and `N7` tomorrow.
 */
export interface KeyedColumn<K extends string> extends PlanColumn {
  key: K;
}

export class TableColumns<K extends string> {
  private readonly index = new Map<K, number>();
  /** Letters by key, computed once: formulas ask for them tens of times per row. */
  private readonly letters = new Map<K, string>();
  /** The sheet's name as references from another sheet write it, quoted once: 汇总 asks thousands of ranges. */
  private readonly quoted: string;

  constructor(
    readonly sheet: string,
    readonly columns: readonly KeyedColumn<K>[],
    /** 1-based sheet column of the table's first column. */
    readonly firstCol = 1,
  ) {
    this.quoted = quoteSheet(sheet);
    columns.forEach((c, i) => {
      this.index.set(c.key, firstCol + i);
      this.letters.set(c.key, columnLetters(firstCol + i));
    });
  }

  /** 1-based sheet column of `key`. */
  col(key: K): number {
    const col = this.index.get(key);
    if (col === undefined) throw new Error(`Column ${key} is not in ${this.sheet}`);
    return col;
  }

  letter(key: K): string {
    return this.letters.get(key) ?? columnLetters(this.col(key));
  }

  /** A same-sheet relative reference, `M7`. */
  at(key: K, row: number): string {
    return `${this.letter(key)}${row}`;
  }

  /** A reference with the column fixed, `$M7`, for conditional formats that colour a whole row. */
  rowRef(key: K, row: number): string {
    return `$${this.letter(key)}${row}`;
  }

  /** The whole data range of a column from another sheet: `'测评明细'!$K$5:$K$40`. */
  range(key: K, lastRow: number): string {
    const l = this.letter(key);
    return `${this.quoted}!$${l}$${FIRST_DATA_ROW}:$${l}$${lastRow}`;
  }

  /** One absolute cell from another sheet: `'考核规则'!$C$5`. */
  absolute(key: K, row: number): string {
    return `${this.quoted}!$${this.letter(key)}$${row}`;
  }

  /**
   * The plan's column list, without keys; `formulas` are the formula columns' formulas for the
   * first data row (PlanColumn.formula).
   */
  planColumns(formulas: Partial<Record<K, string>> = {}): PlanColumn[] {
    return this.columns.map(({ key, ...column }) => {
      const formula = formulas[key];
      return formula === undefined ? column : { ...column, formula };
    });
  }

  /** A row in column order from cells given by key; a key left out is a blank cell. */
  row(cells: Partial<Record<K, PlanCell>>): PlanCell[] {
    return this.columns.map((c) => cells[c.key] ?? EMPTY_CELL);
  }

  lastCol(): number {
    return this.firstCol + this.columns.length - 1;
  }
}

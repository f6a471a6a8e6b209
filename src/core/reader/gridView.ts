import { columnLetters } from "../model/address";
import type { GridValue, MergedArea, SheetGrid } from "../model/sheetGrid";

/**
 * A sheet grid read through its merged areas. Hosts disagree about covered cells: Office.js
 * leaves them empty, some readers repeat the merge's value into every one. The reader never
 * looks at a covered cell's own value, so both give the same result:
 * - `label` reads a covered cell as its merge's top-left value (a unit merged over three rows
 *   names all three);
 * - `own` reads a covered cell as empty, so that a value is counted once.
 * Rows and columns here are 0-based grid indexes; `address` turns them into sheet A1.
 */
export class GridView {
  readonly grid: SheetGrid;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly covering = new Map<number, MergedArea>();
  /**
   * 1 for a row some merge crosses. The reader asks about merges at some 25 cells of every row and
   * most rows cross none: a typed array read answers those instead of a map lookup (2.6 million
   * lookups for a district's tally rows).
   */
  private readonly mergedRows: Uint8Array;

  constructor(grid: SheetGrid) {
    this.grid = grid;
    this.rowCount = grid.values.length;
    this.colCount = grid.values.reduce((max, row) => Math.max(max, row.length), 0);
    this.mergedRows = new Uint8Array(this.rowCount);
    for (const merge of grid.merges) this.addMerge(merge);
  }

  /** Merges clipped to the grid; malformed or overlapping areas never throw, the first one wins. */
  private addMerge(merge: MergedArea): void {
    const top = Math.max(0, merge.top);
    const left = Math.max(0, merge.left);
    const bottom = Math.min(this.rowCount - 1, merge.bottom);
    const right = Math.min(this.colCount - 1, merge.right);
    const wellFormed = [merge.top, merge.left, merge.bottom, merge.right].every(Number.isInteger);
    if (!wellFormed || top !== merge.top || left !== merge.left || bottom < top || right < left) return;
    if (bottom === top && right === left) return;
    const area: MergedArea = { top, left, bottom, right };
    for (let r = top; r <= bottom; r++) {
      this.mergedRows[r] = 1;
      for (let c = left; c <= right; c++) {
        const key = r * this.colCount + c;
        if (!this.covering.has(key)) this.covering.set(key, area);
      }
    }
  }

  get file(): string {
    return this.grid.file;
  }

  get sheet(): string {
    return this.grid.sheet;
  }

  get date1904(): boolean {
    return this.grid.date1904;
  }

  mergeAt(r: number, c: number): MergedArea | undefined {
    return this.mergedRows[r] === 1 ? this.covering.get(r * this.colCount + c) : undefined;
  }

  /** The value as stored, without looking at merges. */
  raw(r: number, c: number): GridValue {
    return this.grid.values[r]?.[c] ?? null;
  }

  /** A covered cell reads as its merge's top-left value. */
  label(r: number, c: number): GridValue {
    const merge = this.mergeAt(r, c);
    return merge ? this.raw(merge.top, merge.left) : this.raw(r, c);
  }

  /** A covered cell reads as empty; only the merge's top-left holds its value. */
  own(r: number, c: number): GridValue {
    const merge = this.mergeAt(r, c);
    if (merge && (merge.top !== r || merge.left !== c)) return null;
    return this.raw(r, c);
  }

  /** True for a cell inside a merge other than its top-left. */
  isCovered(r: number, c: number): boolean {
    const merge = this.mergeAt(r, c);
    return merge !== undefined && (merge.top !== r || merge.left !== c);
  }

  sheetRow(r: number): number {
    return this.grid.originRow + r;
  }

  sheetCol(c: number): number {
    return this.grid.originCol + c;
  }

  /** A1 address of a grid cell. */
  address(r: number, c: number): string {
    // The reader records a dozen addresses of each row in turn: the row's number is made text once.
    if (this.labelRow !== r) {
      this.labelRow = r;
      this.labelText = String(this.sheetRow(r));
    }
    return `${columnLetters(this.sheetCol(c))}${this.labelText}`;
  }

  private labelRow = -1;
  private labelText = "";

  /** Where a value can be fixed: a covered cell's merge top-left, else the cell itself. */
  fixAddress(r: number, c: number): string {
    const merge = this.mergeAt(r, c);
    return merge ? this.address(merge.top, merge.left) : this.address(r, c);
  }
}

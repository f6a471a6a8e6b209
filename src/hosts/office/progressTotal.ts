/**
 * The progress bar's total, in estimated request bytes. Everything but the tables' value cells is
 * counted exactly before the run; the value cells are fetched block by block as they are written
 * (planSource.ts), so their bytes are known only then: each run of columns is first guessed at
 * `GUESS_CELL_BYTES` a cell, and from its first block on at the mean of the rows encoded so far.
 */
const GUESS_CELL_BYTES = 24;

interface RunEstimate {
  rows: number;
  width: number;
  seenRows: number;
  seenBytes: number;
}

export class ProgressTotal {
  private readonly runs = new Map<string, RunEstimate>();
  private fixed = 0;

  /** Bytes counted exactly (everything but the value cells). */
  addFixed(bytes: number): void {
    this.fixed += bytes;
  }

  /** A run of `width` value columns over `rows` rows, to be written under `key`. */
  expect(key: string, rows: number, width: number): void {
    this.runs.set(key, { rows, width, seenRows: 0, seenBytes: 0 });
  }

  /** A block of the run `key` was encoded: `rowBytes` are its rows' sizes. */
  observe(key: string, rows: number, rowBytes: readonly number[]): void {
    const run = this.runs.get(key);
    if (run === undefined) return;
    run.seenRows += rows;
    for (const bytes of rowBytes) run.seenBytes += bytes;
  }

  get value(): number {
    let total = this.fixed;
    for (const run of this.runs.values()) {
      const perRow = run.seenRows > 0 ? run.seenBytes / run.seenRows : run.width * GUESS_CELL_BYTES;
      total += run.seenBytes + Math.max(0, run.rows - run.seenRows) * perRow;
    }
    return Math.round(total);
  }
}

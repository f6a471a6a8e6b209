import type { GridValue, SheetGrid } from "../../core/model/sheetGrid";

/**
 * A grid with sheet rows `firstRow…` replaced by `rows` (an edit re-read from Excel). Rows below
 * the grid extend it, with blank rows in between; the grid keeps its columns and merges. The
 * rows not edited are the grid's own (rows are never changed in place): the review worker is
 * sent only the rows that are not (src/taskpane/review/gridSync.ts).
 */
export function patchGrid(grid: SheetGrid, firstRow: number, rows: GridValue[][]): SheetGrid {
  const width = Math.max(0, ...grid.values.map((r) => r.length));
  const values: Array<ReadonlyArray<GridValue>> = [...grid.values];
  const start = firstRow - grid.originRow;
  for (let i = 0; i < rows.length; i++) {
    const at = start + i;
    if (at < 0) continue;
    while (values.length < at) values.push(new Array<GridValue>(width).fill(null));
    const row = (rows[i] ?? []).slice(0, width);
    while (row.length < width) row.push(null);
    values[at] = row;
  }
  return { ...grid, values };
}

/**
 * The sheet rows of an edited address (`B7`, `B7:D9`, `7:9`, or `A:A` for whole columns) that
 * concern a grid: from its first row on (rows above its header never matter), capped at
 * `maxRows` below its end so a whole-column edit reads no more than the grid and a margin.
 */
export function editedRows(address: string, grid: SheetGrid, maxRows = 1000): { first: number; last: number } | null {
  const bare = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const numbers = [...bare.matchAll(/(\d+)/g)].map((m) => Number(m[1]));
  const gridEnd = grid.originRow + grid.values.length - 1;
  const first = Math.max(numbers.length === 0 ? grid.originRow : Math.min(...numbers), grid.originRow);
  const last = Math.min(numbers.length === 0 ? gridEnd : Math.max(...numbers), gridEnd + maxRows);
  return first > last ? null : { first, last };
}

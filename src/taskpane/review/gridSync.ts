import type { GridValue, SheetGrid } from "../../core/model/sheetGrid";

/**
 * The review worker keeps the grids it was sent, so that the pane sends a grid once and then
 * only the rows that changed: an edit (实时校验) patches a row or two of a district's roster,
 * and posting the whole basis again (10 MB at 20,000 cadres) would block the pane's thread for
 * about a second on every edit. Rows are compared by identity: an edited grid shares its
 * unchanged rows with the grid before it (gridPatch.ts), so the comparison is one pass of
 * pointer checks. Large uploads go in several messages, each serialized on its own, so the pane
 * never blocks on one big message.
 */
export type GridHead = Omit<SheetGrid, "values">;

/** Rows `from…` of a grid, replacing those the worker holds. */
export interface RowBlock {
  from: number;
  rows: Array<ReadonlyArray<GridValue>>;
}

/** One message of an upload: a new grid (with `head`) or rows of the one the worker holds. */
export interface GridMessage {
  id: string;
  head?: GridHead;
  /** The grid's rows in all, after this message. */
  length: number;
  blocks: RowBlock[];
}

/** Cells per upload message: some 100 KB structured-cloned. */
export const UPLOAD_CELLS = 10_000;

function headOf({ values: _values, ...head }: SheetGrid): GridHead {
  return head;
}

function sameHead(a: SheetGrid, b: SheetGrid): boolean {
  return (
    a.file === b.file &&
    a.sheet === b.sheet &&
    a.originRow === b.originRow &&
    a.originCol === b.originCol &&
    a.date1904 === b.date1904 &&
    (a.merges === b.merges || JSON.stringify(a.merges) === JSON.stringify(b.merges))
  );
}

/** The messages that turn the worker's copy of grid `id` (`sent`, or none) into `grid`. */
export function gridMessages(id: string, sent: SheetGrid | undefined, grid: SheetGrid): GridMessage[] {
  if (sent === grid) return [];
  const whole = sent === undefined || !sameHead(sent, grid);
  const changed: number[] = [];
  grid.values.forEach((row, i) => {
    if (whole || sent?.values[i] !== row) changed.push(i);
  });
  const length = grid.values.length;
  const messages: GridMessage[] = [];
  let current: GridMessage = { id, ...(whole ? { head: headOf(grid) } : {}), length, blocks: [] };
  let cells = 0;
  for (const i of changed) {
    const row = grid.values[i] ?? [];
    if (cells > 0 && cells + row.length > UPLOAD_CELLS) {
      messages.push(current);
      current = { id, length, blocks: [] };
      cells = 0;
    }
    const last = current.blocks[current.blocks.length - 1];
    if (last !== undefined && last.from + last.rows.length === i) last.rows.push(row);
    else current.blocks.push({ from: i, rows: [row] });
    cells += Math.max(row.length, 1);
  }
  messages.push(current);
  return messages;
}

/** The worker's side: the grid after a message, a new object sharing the rows that did not change. */
export function applyGridMessage(held: SheetGrid | undefined, message: GridMessage): SheetGrid {
  const head = message.head ?? (held === undefined ? null : headOf(held));
  if (head === null) throw new Error(`grid ${message.id} was never sent`);
  const values: Array<ReadonlyArray<GridValue>> =
    message.head === undefined && held !== undefined ? held.values.slice(0, message.length) : [];
  for (const block of message.blocks) {
    block.rows.forEach((row, k) => {
      values[block.from + k] = row;
    });
  }
  // Rows still to come in the upload's next messages are holes until then.
  values.length = message.length;
  return { ...head, values };
}

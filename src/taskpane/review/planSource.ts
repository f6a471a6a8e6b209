import { planFromOutline, planOutline, blockRow, type PlanOutline, type TableBlock } from "../../core/plan/planOutline";
import type { PlanCell, PlanTable, WritePlan } from "../../core/plan/writePlan";

/**
 * A plan as a host pulls it from where the review is kept (the review worker in the pages): its
 * outline at once, its tables' rows block by block as they are written. A district's plan is
 * tens of megabytes, and one message of it blocks the pane's thread for seconds while it is
 * deserialized; a block (`cutBlock`) takes a few milliseconds.
 */
export interface PlanSource {
  readonly outline: PlanOutline;
  /**
   * Cells of rows `from…` of the table of `outline.sheets[sheet]`, columns `first…last`: as many
   * rows as fit in a block, at least one, never past `to`. The caller asks again from where the
   * block ended.
   */
  block(sheet: number, block: TableBlock): Promise<PlanCell[][]>;
  /** The host is done with the plan: its keeper may let it go. */
  close(): void;
}

/** What a host's applyPlan takes: a plan in hand (the command line, tests) or one to pull. */
export type PlanInput = WritePlan | PlanSource;

/**
 * What a block holds at most: cells, and bytes as structured cloning stores them (a character
 * of Chinese text takes two). Some 100 KB deserialize in a few milliseconds; a 问题清单 row of
 * long messages weighs ten of 测评明细's numbers, so blocks are cut by size, not by rows.
 */
export const BLOCK_CELLS = 5_000;
export const BLOCK_BYTES = 100_000;

function textBytes(text: string | undefined): number {
  return text === undefined ? 0 : 2 * text.length;
}

function cellBytes(cell: PlanCell): number {
  const value = typeof cell.value === "string" ? textBytes(cell.value) : 9;
  return 16 + value + textBytes(cell.formula) + textBytes(cell.link) + textBytes(cell.numFmt);
}

/**
 * The block of `table` asked for, cut where it reaches `BLOCK_CELLS` or `BLOCK_BYTES` (after its
 * first row). Each row is read once, weighed and kept (PlanRows: 测评明细's are made as read).
 */
export function cutBlock(table: Pick<PlanTable, "rows">, asked: TableBlock): PlanCell[][] {
  const end = Math.min(asked.to, table.rows.length);
  const block: PlanCell[][] = [];
  let cells = 0;
  let bytes = 0;
  for (let to = asked.from; to < end && (to === asked.from || (cells < BLOCK_CELLS && bytes < BLOCK_BYTES)); to++) {
    const row = table.rows.at(to) ?? [];
    for (let c = asked.first; c <= asked.last && c < row.length; c++) bytes += cellBytes(row[c] ?? { value: null });
    cells += asked.last - asked.first + 1;
    block.push(blockRow(row, asked));
  }
  return block;
}

/**
 * Rows `0…rowCount` of columns `first…last`, block after block from `pull`: each block is
 * asked for as soon as the one before it has come, so the keeper prepares it while the caller
 * handles the one before (the Office.js host encodes and sends it).
 */
export async function* blocksFrom(
  pull: (block: TableBlock) => Promise<PlanCell[][]>,
  rowCount: number,
  first: number,
  last: number,
): AsyncGenerator<{ from: number; cells: PlanCell[][] }> {
  const ask = (from: number) => {
    if (from >= rowCount) return null;
    const cells = pull({ from, to: rowCount, first, last });
    // A caller that stops halfway (a cancel) leaves this request to settle unheard.
    cells.catch(() => undefined);
    return cells;
  };
  let from = 0;
  let next = ask(from);
  while (next !== null) {
    const cells = await next;
    if (cells.length === 0) throw new Error(`The plan gave no rows from row ${from}.`);
    const at = from;
    from += cells.length;
    next = ask(from);
    yield { from: at, cells };
  }
}

const inHand = new WeakMap<PlanSource, WritePlan>();

/** A plan in hand as a source, e.g. for the in-thread reviewer (WPS, jest) and the command line's tests. */
export function memoryPlanSource(plan: WritePlan): PlanSource {
  const source: PlanSource = {
    outline: planOutline(plan),
    block: (sheet, block) => Promise.resolve(cutBlock(plan.sheets[sheet]?.table ?? { rows: [] }, block)),
    close: () => undefined,
  };
  inHand.set(source, plan);
  return source;
}

export function isPlanSource(input: PlanInput): input is PlanSource {
  return "outline" in input;
}

export function planSourceOf(input: PlanInput): PlanSource {
  return isPlanSource(input) ? input : memoryPlanSource(input);
}

/**
 * The whole plan, for hosts that write it in one go (the preview's ExcelJS host, WPS): pulled
 * block by block, so that no single message is large even though the result is.
 */
export async function wholePlan(input: PlanInput): Promise<WritePlan> {
  if (!isPlanSource(input)) return input;
  const kept = inHand.get(input);
  if (kept !== undefined) return kept;
  const rows: PlanCell[][][] = [];
  for (const [i, sheet] of input.outline.sheets.entries()) {
    const table: PlanCell[][] = [];
    const pull = (block: TableBlock) => input.block(i, block);
    for await (const { cells } of blocksFrom(pull, sheet.table.rowCount, 0, sheet.table.columns.length - 1)) {
      table.push(...cells);
    }
    rows.push(table);
  }
  return planFromOutline(input.outline, rows);
}

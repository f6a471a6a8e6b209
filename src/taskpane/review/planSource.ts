import {
  planFromOutline,
  planOutline,
  tableBlock,
  type PlanOutline,
  type TableBlock,
} from "../../core/plan/planOutline";
import type { PlanCell, WritePlan } from "../../core/plan/writePlan";

/**
 * A plan as a host pulls it from where the review is kept (the review worker in the pages): its
 * outline at once, its tables' rows block by block as they are written. A district's plan is
 * tens of megabytes, and one message of it blocks the pane's thread for seconds while it is
 * deserialized; a block of `BLOCK_CELLS` cells takes a few milliseconds.
 */
export interface PlanSource {
  readonly outline: PlanOutline;
  /** Cells of a block of the table of `outline.sheets[sheet]`. */
  block(sheet: number, block: TableBlock): Promise<PlanCell[][]>;
  /** The host is done with the plan: its keeper may let it go. */
  close(): void;
}

/** What a host's applyPlan takes: a plan in hand (the command line, tests) or one to pull. */
export type PlanInput = WritePlan | PlanSource;

/** Cells per block: about 150 KB structured-cloned, a few milliseconds to deserialize. */
export const BLOCK_CELLS = 8_000;

/** Rows of a block `width` columns wide. */
export function blockRows(width: number): number {
  return Math.max(1, Math.floor(BLOCK_CELLS / Math.max(width, 1)));
}

/** The blocks of rows `0…rowCount` over columns `first…last`, top to bottom. */
export function blocksOf(rowCount: number, first: number, last: number): TableBlock[] {
  const step = blockRows(last - first + 1);
  const blocks: TableBlock[] = [];
  for (let from = 0; from < rowCount; from += step)
    blocks.push({ from, to: Math.min(rowCount, from + step), first, last });
  return blocks;
}

const inHand = new WeakMap<PlanSource, WritePlan>();

/** A plan in hand as a source, e.g. for the in-thread reviewer (WPS, jest) and the command line's tests. */
export function memoryPlanSource(plan: WritePlan): PlanSource {
  const source: PlanSource = {
    outline: planOutline(plan),
    block: (sheet, block) => Promise.resolve(tableBlock(plan.sheets[sheet]?.table ?? { rows: [] }, block)),
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
    for (const block of blocksOf(sheet.table.rowCount, 0, sheet.table.columns.length - 1)) {
      table.push(...(await input.block(i, block)));
    }
    rows.push(table);
  }
  return planFromOutline(input.outline, rows);
}

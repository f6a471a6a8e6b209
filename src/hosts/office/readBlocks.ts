import { payloadBytes, RESPONSE_BUDGET_BYTES } from "./requestSize";

/**
 * How a sheet is read in blocks of rows that fit Excel's response limit. A block's size comes
 * from the bytes its rows will take, estimated from rows sampled across the sheet: a roster
 * whose 简历 column holds 3,000 characters a cell needs blocks a hundred times smaller than a
 * tally of numbers with the same number of cells.
 */

/** Rows of one grid to load together. Rows are 0-based within the grid. */
export interface Block {
  grid: number;
  firstRow: number;
  rows: number;
  columns: number;
  /** Estimated response bytes. */
  bytes: number;
}

/**
 * A cell's value, type and number format in a response when nothing is known of it: a short
 * Chinese text, `"String"` and `"General"`, with every non-ASCII character counted as an escape.
 */
export const DEFAULT_CELL_BYTES = 80;

/**
 * Grids up to this many cells are read without a sample (saving a sync): even with a fifth of
 * their cells holding 3,000 characters of 简历 they stay under the limit. A cell count says
 * nothing of bytes beyond that, so larger grids are sampled.
 */
export const SAMPLE_FROM_CELLS = 2_000;

/** Rows sampled across a larger grid to estimate its rows' bytes. */
export const SAMPLE_ROWS = 24;

/** Cells per block at most, whatever their size: bounds what one block holds in memory. */
export const CELLS_PER_BLOCK = 50_000;

/** Rows to sample, spread evenly from the first to the last (0-based). */
export function sampleRows(rowCount: number): number[] {
  if (rowCount <= SAMPLE_ROWS) return Array.from({ length: rowCount }, (_, i) => i);
  return Array.from({ length: SAMPLE_ROWS }, (_, i) => Math.round((i * (rowCount - 1)) / (SAMPLE_ROWS - 1)));
}

/** The bytes one row of a response takes: its values, value types and number formats. */
export function rowBytes(values: unknown[], types: unknown[], formats: unknown[]): number {
  return payloadBytes(values) + payloadBytes(types) + payloadBytes(formats);
}

/**
 * The bytes to plan per row: the largest sampled row and a quarter more, as rows between the
 * samples may be longer (a block that still does not fit is read again in halves).
 */
export function estimatedRowBytes(sampled: readonly number[], columns: number): number {
  if (sampled.length === 0) return columns * DEFAULT_CELL_BYTES;
  return Math.ceil(Math.max(...sampled) * 1.25);
}

/** A grid's rows in blocks of at most `budget` estimated bytes and CELLS_PER_BLOCK cells. */
export function planBlocks(
  grid: number,
  rowCount: number,
  columns: number,
  bytesPerRow: number,
  budget = RESPONSE_BUDGET_BYTES,
): Block[] {
  const byBytes = Math.floor(budget / Math.max(bytesPerRow, 1));
  const byCells = Math.floor(CELLS_PER_BLOCK / Math.max(columns, 1));
  const perBlock = Math.max(1, Math.min(byBytes, byCells));
  const blocks: Block[] = [];
  for (let first = 0; first < rowCount; first += perBlock) {
    const rows = Math.min(perBlock, rowCount - first);
    blocks.push({ grid, firstRow: first, rows, columns, bytes: rows * bytesPerRow });
  }
  return blocks;
}

/** Blocks gathered into syncs of at most `budget` estimated bytes, in order. */
export function groupBlocks(blocks: readonly Block[], budget = RESPONSE_BUDGET_BYTES): Block[][] {
  const groups: Block[][] = [];
  let current: Block[] = [];
  let bytes = 0;
  for (const block of blocks) {
    if (current.length > 0 && bytes + block.bytes > budget) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(block);
    bytes += block.bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** A block in two halves by rows, for a retry after Excel refused the whole. */
export function halves(block: Block): [Block, Block] {
  const top = Math.ceil(block.rows / 2);
  const share = (rows: number): number => Math.ceil((block.bytes * rows) / block.rows);
  return [
    { ...block, rows: top, bytes: share(top) },
    { ...block, firstRow: block.firstRow + top, rows: block.rows - top, bytes: share(block.rows - top) },
  ];
}

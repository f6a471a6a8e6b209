import type { Block } from "./etFacade";

/**
 * Questions about a whole block are one call in ET; asked of each cell, a 200,000-row sheet
 * would take minutes. These scans ask of the whole and halve only where the answer is mixed,
 * so their calls grow with the number of merged areas or format changes (times the logarithm of
 * the size), not with the number of cells.
 */

/** Halves a block along its longer side. */
function halves(b: Block): [Block, Block] {
  if (b.rows >= b.cols) {
    const upper = Math.ceil(b.rows / 2);
    return [
      { ...b, rows: upper },
      { ...b, top: b.top + upper, rows: b.rows - upper },
    ];
  }
  const left = Math.ceil(b.cols / 2);
  return [
    { ...b, cols: left },
    { ...b, left: b.left + left, cols: b.cols - left },
  ];
}

function contains(outer: Block, inner: Block): boolean {
  return (
    outer.top <= inner.top &&
    outer.left <= inner.left &&
    outer.top + outer.rows >= inner.top + inner.rows &&
    outer.left + outer.cols >= inner.left + inner.cols
  );
}

/**
 * Every merged area touching `block`: `mergeCells` says whether a block's cells are all merged
 * (true), none (false) or some (null); `mergeArea` gives the area of one cell.
 */
export function scanMerges(
  block: Block,
  mergeCells: (b: Block) => boolean | null,
  mergeArea: (row: number, col: number) => Block,
): Block[] {
  const found = new Map<string, Block>();
  const visit = (b: Block): void => {
    const merged = mergeCells(b);
    if (merged === false) return;
    if (merged === true || (b.rows === 1 && b.cols === 1)) {
      const area = mergeArea(b.top, b.left);
      if (area.rows > 1 || area.cols > 1) found.set(`${area.top},${area.left}`, area);
      if (contains(area, b) || (b.rows === 1 && b.cols === 1)) return;
    }
    for (const half of halves(b)) visit(half);
  };
  if (block.rows > 0 && block.cols > 0) visit(block);
  return [...found.values()];
}

/** A run of rows of one column sharing a number format. */
export interface FormatRun {
  top: number;
  rows: number;
  format: string;
}

/**
 * The number formats down one column block (`cols` 1), as runs: `format` gives a block's format,
 * or null when its cells differ.
 */
export function scanFormats(block: Block, format: (b: Block) => string | null): FormatRun[] {
  const runs: FormatRun[] = [];
  const visit = (b: Block): void => {
    const shared = format(b);
    if (shared !== null) {
      const last = runs[runs.length - 1];
      if (last !== undefined && last.format === shared && last.top + last.rows === b.top) last.rows += b.rows;
      else runs.push({ top: b.top, rows: b.rows, format: shared });
      return;
    }
    if (b.rows === 1) return; // one cell without a format cannot happen; nothing to split
    for (const half of halves({ ...b, cols: 1 })) visit(half);
  };
  if (block.rows > 0) visit({ ...block, cols: 1 });
  return runs;
}

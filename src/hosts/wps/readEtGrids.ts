import { sheetExtentProblem, workbookCellsProblem } from "../../core/limits";
import { a1 } from "../../core/model/address";
import type { GridValue, MergedArea, SheetGrid } from "../../core/model/sheetGrid";
import { HostError, type ReadProgress } from "../../taskpane/host";
import { scanMerges } from "./blockScan";
import type { Block, EtBook } from "./etFacade";
import { readBlock } from "./readBlock";

export interface EtGridRequest {
  sheet: string;
  /** `A3:P200`, or null for the sheet's used range. */
  range: string | null;
}

/** Cells per `Value2` read: one call brings back a block this size (a few MB of values at most). */
export const CELLS_PER_READ = 50_000;

/**
 * Reads sheets as grids: each extent first (refused beyond INPUT_LIMITS before any cell is
 * read), then the values in blocks of whole rows, then the merged areas by scanMerges. Between
 * blocks the task pane gets a turn, for the progress bar.
 */
export async function readEtGrids(
  book: EtBook,
  requests: EtGridRequest[],
  onProgress?: (p: ReadProgress) => void,
): Promise<SheetGrid[]> {
  const file = book.fileName();
  const date1904 = book.date1904();
  const extents = requests.map((r) => ({
    sheet: r.sheet,
    block: r.range === null ? book.usedBlock(r.sheet) : book.blockAt(r.sheet, bareAddress(r.range)),
  }));
  checkExtents(file, extents);
  const total = extents.reduce((n, e) => n + (e.block === null ? 0 : e.block.rows * e.block.cols), 0);
  let done = 0;
  const grids: SheetGrid[] = [];
  for (const { sheet, block } of extents) {
    if (block === null) {
      grids.push({ file, sheet, originRow: 1, originCol: 1, values: [], merges: [], date1904 });
      continue;
    }
    const values: GridValue[][] = [];
    const perRead = Math.max(1, Math.floor(CELLS_PER_READ / block.cols));
    for (let first = 0; first < block.rows; first += perRead) {
      const part: Block = { ...block, top: block.top + first, rows: Math.min(perRead, block.rows - first) };
      values.push(...readBlock(book, sheet, part, date1904));
      done += part.rows * part.cols;
      onProgress?.({ done, total });
      await nextTurn();
    }
    const merges = scanMerges(
      block,
      (b) => book.mergeCells(sheet, b),
      (row, col) => book.mergeArea(sheet, row, col),
    ).flatMap((area) => clip(area, block));
    grids.push({ file, sheet, originRow: block.top, originCol: block.left, values, merges, date1904 });
  }
  return grids;
}

function checkExtents(file: string, extents: { sheet: string; block: Block | null }[]): void {
  let cells = 0;
  for (const { sheet, block } of extents) {
    if (block === null) continue;
    cells += block.rows * block.cols;
    const lastCell = a1(block.top + block.rows - 1, block.left + block.cols - 1);
    const problem =
      sheetExtentProblem(file, sheet, { rows: block.rows, cols: block.cols, lastCell }) ??
      workbookCellsProblem(file, cells);
    if (problem !== null) throw new HostError("request_too_large", problem);
  }
}

/** A merged area relative to the grid's top-left cell, clipped to it; none when it lies outside. */
function clip(area: Block, grid: Block): MergedArea[] {
  const top = Math.max(area.top, grid.top) - grid.top;
  const left = Math.max(area.left, grid.left) - grid.left;
  const bottom = Math.min(area.top + area.rows, grid.top + grid.rows) - 1 - grid.top;
  const right = Math.min(area.left + area.cols, grid.left + grid.cols) - 1 - grid.left;
  if (top > bottom || left > right || (top === bottom && left === right)) return [];
  return [{ top, left, bottom, right }];
}

/** `Sheet1!$A$3:$P$200` → `A3:P200`. */
export function bareAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}

/** Lets the page repaint and handle a click between synchronous blocks of calls. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

import { sheetExtentProblem, workbookCellsProblem } from "../../core/limits";
import { a1 } from "../../core/model/address";
import type { GridValue, MergedArea, SheetGrid } from "../../core/model/sheetGrid";
import { HostError, type HostMessage } from "../../taskpane/host";
import type { ExcelFeatures } from "./features";
import { mergedAreasFrom, toGridValue } from "./gridValues";

/** One sheet, or one range of it, to read as a grid. */
export interface GridRequest {
  /** The workbook's name as the user knows it, for findings. */
  file: string;
  sheet: string;
  /** `A3:P200` (a sheet prefix is ignored), or null for the sheet's used range. */
  range: string | null;
}

/**
 * Cells per sync when reading. A cell comes back as value, type and number format, about
 * 60 bytes with Chinese text; 50,000 cells keep a response well under Excel on the web's 5 MB.
 */
export const CELLS_PER_READ = 50_000;

interface Extent {
  request: GridRequest;
  range: Excel.Range;
  /** Loaded with the grid's first block: a used range may be a null object until the first sync. */
  merged: Excel.RangeAreas | null;
}

interface Block {
  grid: number;
  firstRow: number;
  cells: number;
  range: Excel.Range;
}

/**
 * Reads grids with as few syncs as the response limit allows: one for the extents (and the
 * workbook's date system and merged areas), then the cells in blocks of at most
 * CELLS_PER_READ, as many blocks per sync as fit. Extents beyond INPUT_LIMITS are refused
 * before any cell is read. `onProgress` hears the cells read so far after each sync.
 */
export async function readGrids(
  context: Excel.RequestContext,
  requests: GridRequest[],
  features: ExcelFeatures,
  onProgress?: (p: { done: number; total: number }) => void,
): Promise<{ grids: SheetGrid[]; warnings: HostMessage[] }> {
  const extents: Extent[] = requests.map((request) => {
    const ws = context.workbook.worksheets.getItem(request.sheet);
    const range = request.range === null ? ws.getUsedRangeOrNullObject(true) : ws.getRange(bareAddress(request.range));
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { request, range, merged: null };
  });
  // DATE(1904,1,1) is serial 0 in the 1904 date system and 1462 in the 1900 one.
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load("value");
  await context.sync();
  const date1904 = probe.value === 0;
  checkExtents(extents);

  const values: GridValue[][][] = extents.map(() => []);
  const blocks = extents.flatMap((extent, grid) => blocksOf(context, extent, grid));
  const total = blocks.reduce((n, b) => n + b.cells, 0);
  let done = 0;
  for (const group of groupBlocks(blocks)) {
    for (const block of group) {
      block.range.load("values,valueTypes,numberFormat");
      const extent = extents[block.grid];
      if (features.mergedAreas && block.firstRow === 0 && extent !== undefined) {
        extent.merged = extent.range.getMergedAreasOrNullObject();
        extent.merged.load("address");
      }
    }
    await context.sync();
    for (const block of group) {
      const rows = block.range.values.map((row, r) =>
        row.map((value, c) =>
          toGridValue(
            value,
            String(block.range.valueTypes[r]?.[c] ?? "Empty"),
            String(block.range.numberFormat[r]?.[c] ?? ""),
            date1904,
          ),
        ),
      );
      values[block.grid]?.splice(block.firstRow, rows.length, ...rows);
      done += block.cells;
    }
    onProgress?.({ done, total });
  }

  const grids = extents.map((extent, i) => toGrid(extent, values[i] ?? [], date1904));
  const warnings: HostMessage[] = features.mergedAreas
    ? []
    : [
        {
          zh: "此版本的 Excel 无法告知合并单元格，两行表头可能识别不准：请在“导入”中核对列映射。",
          en: "This version of Excel does not report merged cells, so two-row headers may be misread: check the column mapping under Import.",
        },
      ];
  return { grids, warnings };
}

/**
 * INPUT_LIMITS, checked on the extents alone: a used range reaching XFD1048576 (one stray value)
 * would otherwise be read block by block for many minutes before anything could be said.
 */
function checkExtents(extents: readonly Extent[]): void {
  let cells = 0;
  for (const { request, range } of extents) {
    if (range.isNullObject) continue;
    const lastCell = a1(range.rowIndex + range.rowCount, range.columnIndex + range.columnCount);
    cells += range.rowCount * range.columnCount;
    const problem =
      sheetExtentProblem(request.file, request.sheet, { rows: range.rowCount, cols: range.columnCount, lastCell }) ??
      workbookCellsProblem(request.file, cells);
    if (problem !== null) throw new HostError("request_too_large", problem);
  }
}

function blocksOf(context: Excel.RequestContext, extent: Extent, grid: number): Block[] {
  if (extent.range.isNullObject) return [];
  const { rowIndex, columnIndex, rowCount, columnCount } = extent.range;
  const perBlock = Math.max(1, Math.floor(CELLS_PER_READ / Math.max(columnCount, 1)));
  const blocks: Block[] = [];
  const ws = context.workbook.worksheets.getItem(extent.request.sheet);
  for (let first = 0; first < rowCount; first += perBlock) {
    const count = Math.min(perBlock, rowCount - first);
    const range = ws.getRangeByIndexes(rowIndex + first, columnIndex, count, columnCount);
    blocks.push({ grid, firstRow: first, cells: count * columnCount, range });
  }
  return blocks;
}

function groupBlocks(blocks: Block[]): Block[][] {
  const groups: Block[][] = [];
  let current: Block[] = [];
  let cells = 0;
  for (const block of blocks) {
    if (current.length > 0 && cells + block.cells > CELLS_PER_READ) {
      groups.push(current);
      current = [];
      cells = 0;
    }
    current.push(block);
    cells += block.cells;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function toGrid(extent: Extent, values: GridValue[][], date1904: boolean): SheetGrid {
  if (extent.range.isNullObject) {
    return {
      file: extent.request.file,
      sheet: extent.request.sheet,
      originRow: 1,
      originCol: 1,
      values: [],
      merges: [],
      date1904,
    };
  }
  const originRow = extent.range.rowIndex + 1;
  const originCol = extent.range.columnIndex + 1;
  const merges: MergedArea[] =
    extent.merged === null || extent.merged.isNullObject
      ? []
      : mergedAreasFrom(
          extent.merged.address,
          { row: originRow, col: originCol },
          { rows: extent.range.rowCount, cols: extent.range.columnCount },
        );
  return {
    file: extent.request.file,
    sheet: extent.request.sheet,
    originRow,
    originCol,
    values,
    merges,
    date1904,
  };
}

/** `Sheet1!A3:P200` → `A3:P200`. */
export function bareAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang < 0 ? address : address.slice(bang + 1)).replace(/\$/g, "");
}

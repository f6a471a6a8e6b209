import { sheetExtentProblem, workbookCellsProblem } from "../../core/limits";
import { a1 } from "../../core/model/address";
import type { GridValue, MergedArea, SheetGrid } from "../../core/model/sheetGrid";
import { HostError, type HostMessage } from "../../taskpane/host";
import type { ExcelFeatures } from "./features";
import { mergedAreasFrom, toGridValue } from "./gridValues";
import {
  DEFAULT_CELL_BYTES,
  estimatedRowBytes,
  groupBlocks,
  halves,
  planBlocks,
  rowBytes,
  SAMPLE_FROM_CELLS,
  sampleRows,
  type Block,
} from "./readBlocks";
import { readMerges, rowHalves } from "./readMerges";

/** One sheet, or one range of it, to read as a grid. */
export interface GridRequest {
  /** The workbook's name as the user knows it, for findings. */
  file: string;
  sheet: string;
  /** `A3:P200` (a sheet prefix is ignored), or null for the sheet's used range. */
  range: string | null;
}

interface Extent {
  request: GridRequest;
  range: Excel.Range;
}

/**
 * Reads grids with as few syncs as the response limit allows: one for the extents (and the
 * workbook's date system), one to sample the rows of large grids, then the cells in blocks
 * sized by the bytes their rows take (readBlocks.ts), as many blocks per sync as fit, the merged
 * areas with the first. Extents beyond INPUT_LIMITS are refused before any cell is read. A sync
 * Excel refuses as too large is sent again in halves; merged areas Excel will not give for a
 * whole sheet are read in pieces (readMerges.ts). `onProgress` hears the cells read after each sync.
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
    return { request, range };
  });
  // DATE(1904,1,1) is serial 0 in the 1904 date system and 1462 in the 1900 one.
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load("value");
  await context.sync();
  const date1904 = probe.value === 0;
  checkExtents(extents);

  const bytesPerRow = await estimateRowBytes(context, extents);
  const blocks = extents.flatMap((extent, grid) =>
    extent.range.isNullObject
      ? []
      : planBlocks(grid, extent.range.rowCount, extent.range.columnCount, bytesPerRow[grid] ?? DEFAULT_CELL_BYTES),
  );
  const values: GridValue[][][] = extents.map(() => []);
  const merged: string[][] = extents.map(() => []);
  const total = blocks.reduce((n, b) => n + b.rows * b.columns, 0);
  let done = 0;
  let mergesRead = !features.mergedAreas;

  const readGroup = async (group: Block[], withMerges: boolean): Promise<void> => {
    const ranges = group.map((block) => {
      const { request, range } = extents[block.grid] as Extent;
      const cells = context.workbook.worksheets
        .getItem(request.sheet)
        .getRangeByIndexes(range.rowIndex + block.firstRow, range.columnIndex, block.rows, block.columns);
      cells.load("values,valueTypes,numberFormat");
      return cells;
    });
    const areas = withMerges
      ? extents.map(({ range }) => {
          if (range.isNullObject) return null;
          const area = range.getMergedAreasOrNullObject();
          area.load("address");
          return area;
        })
      : [];
    try {
      await context.sync();
    } catch (error) {
      // The merged areas may be what failed: read the cells alone, and the areas in pieces later.
      if (withMerges) return readGroup(group, false);
      if (!isResponseTooLarge(error)) throw error;
      const [first] = group;
      if (group.length === 1 && first !== undefined && first.rows === 1) throw rowTooLarge(extents[first.grid], first);
      const parts =
        group.length > 1
          ? [group.slice(0, Math.ceil(group.length / 2)), group.slice(Math.ceil(group.length / 2))]
          : first === undefined
            ? []
            : halves(first).map((b) => [b]);
      for (const part of parts) await readGroup(part, false);
      return;
    }
    group.forEach((block, i) => {
      const range = ranges[i];
      if (range === undefined) return;
      const rows = range.values.map((row, r) =>
        row.map((value, c) =>
          toGridValue(
            value,
            String(range.valueTypes[r]?.[c] ?? "Empty"),
            String(range.numberFormat[r]?.[c] ?? ""),
            date1904,
          ),
        ),
      );
      values[block.grid]?.splice(block.firstRow, rows.length, ...rows);
      done += block.rows * block.columns;
    });
    areas.forEach((area, grid) => {
      if (area !== null && !area.isNullObject) merged[grid]?.push(area.address);
    });
    if (withMerges) mergesRead = true;
    onProgress?.({ done, total });
  };

  for (const [i, group] of groupBlocks(blocks).entries()) await readGroup(group, i === 0 && !mergesRead);
  if (!mergesRead) {
    // Excel refused the areas of whole grids: start from halves.
    const pieces = extents.flatMap(({ request, range }, grid) =>
      range.isNullObject
        ? []
        : rowHalves({
            grid,
            sheet: request.sheet,
            rowIndex: range.rowIndex,
            columnIndex: range.columnIndex,
            rows: range.rowCount,
            columns: range.columnCount,
          }),
    );
    await readMerges(context, pieces, (grid, address) => merged[grid]?.push(address));
  }

  const grids = extents.map((extent, i) => toGrid(extent, values[i] ?? [], merged[i] ?? [], date1904));
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
 * Bytes per row of each grid: sampled across the grids larger than SAMPLE_FROM_CELLS (one sync
 * for all of them), the default per cell for the others.
 */
async function estimateRowBytes(context: Excel.RequestContext, extents: readonly Extent[]): Promise<number[]> {
  const samples = extents.map(({ request, range }) => {
    if (range.isNullObject || range.rowCount * range.columnCount <= SAMPLE_FROM_CELLS) return [];
    const ws = context.workbook.worksheets.getItem(request.sheet);
    return sampleRows(range.rowCount).map((row) => {
      const sample = ws.getRangeByIndexes(range.rowIndex + row, range.columnIndex, 1, range.columnCount);
      sample.load("values,valueTypes,numberFormat");
      return sample;
    });
  });
  if (samples.some((s) => s.length > 0)) await context.sync();
  return extents.map(({ range }, grid) => {
    const columns = range.isNullObject ? 1 : range.columnCount;
    const sampled = (samples[grid] ?? []).map((s) =>
      rowBytes(s.values[0] ?? [], s.valueTypes[0] ?? [], s.numberFormat[0] ?? []),
    );
    return estimatedRowBytes(sampled, columns);
  });
}

function isResponseTooLarge(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && "code" in error && error.code === "ResponsePayloadSizeLimitExceeded"
  );
}

/** One row Excel cannot send back: the message names it, as nothing Kaohe can split further would help. */
function rowTooLarge(extent: Extent | undefined, block: Block): HostError {
  const sheet = extent?.request.sheet ?? "";
  const file = extent?.request.file ?? "";
  const row = (extent?.range.rowIndex ?? 0) + block.firstRow + 1;
  return new HostError("request_too_large", {
    zh: `“${file}”的工作表“${sheet}”第 ${row} 行内容太多，Excel 无法一次读出（网页版 Excel 每次最多 5 MB）。请检查该行是否有异常长的文字（如粘贴进单元格的整篇材料），删去或移到别处后再试。`,
    en: `Row ${row} of the sheet "${sheet}" in "${file}" holds more than Excel can return at once (5 MB on the web). Check it for unusually long text (a whole document pasted into a cell), remove or move it, then try again.`,
  });
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

function toGrid(extent: Extent, values: GridValue[][], merged: string[], date1904: boolean): SheetGrid {
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
    merged.length === 0
      ? []
      : mergedAreasFrom(
          merged.join(","),
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

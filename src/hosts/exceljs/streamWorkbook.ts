import { INPUT_LIMITS, workbookCellsProblem } from "../../core/limits";
import type { ReadOptions, WorkbookGrids } from "./readWorkbook";
import { checkUsedRanges, workbookGrids } from "./gridsResult";
import { NotAWorkbookError, WorkbookTooLargeError } from "./readWorkbookErrors";
import { isLegacyXls, isZip } from "./readWorkbookParts";
import { isSheetPart, readBookParts } from "./streamWorkbookBook";
import { mergedAreas, sheetGrid, usedBounds } from "./streamWorkbookGrid";
import { orderSheets, type WorkbookClass } from "./streamWorkbookOrder";
import { refusedForLimits } from "./partCounter";
import { DamagedPackageError, packageParts, type PackagePart, type PartInflater } from "./streamWorkbookPackage";
import { readSheetPart, sheetPartKind, type SheetReading } from "./streamWorkbookSheet";
import {
  cellsAtMost,
  scanUncounted,
  scanWorkbook,
  statedSheetBytes,
  type WorkbookFlags,
  type WorkbookScan,
} from "./workbookScan";

/**
 * What differs between Node and the browser: the command line's pieces (streamWorkbookNode.ts)
 * and the preview's (streamWorkbookBrowser.ts). Everything else is one reader.
 */
export interface StreamPieces {
  inflate: PartInflater;
  /**
   * The inflater of the cell count before reading (workbookScan.ts), when not the platform's
   * DecompressionStream: native in a browser, but in Node slower than node:zlib by half.
   */
  countInflate?: PartInflater;
  Workbook: WorkbookClass;
}

/**
 * Reads an .xlsx into grids as `readWorkbookBuffer` does, with the same result and the same
 * refusals, without loading the workbook: each sheet is read a row at a time and only its grid
 * values are kept (ExcelJS's document model keeps every cell as objects, about 600 bytes each,
 * which is most of the command line's memory on a district's ballot workbook, and was most of
 * the browser preview's).
 */

export async function readWorkbookStreamingWith(
  pieces: StreamPieces,
  data: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): Promise<WorkbookGrids> {
  if (!isZip(data)) throw new NotAWorkbookError(fileName, isLegacyXls(data));
  try {
    options.onOpened?.({ sheetBytes: statedSheetBytes(data) });
    const { flags, parts } = await scannedParts(data, fileName, pieces);
    return await readGrids(data, fileName, flags, parts, pieces);
  } catch (error) {
    if (error instanceof DamagedPackageError) throw new NotAWorkbookError(fileName, false);
    throw refusedForLimits(error, fileName);
  }
}

/**
 * The scan before reading, and the parts to read. The cells are counted only when the sheets'
 * stated sizes do not already prove them within INPUT_LIMITS (scanUncounted): otherwise every
 * sheet would be unpacked twice, once to count it. The proof is checked again on the directory
 * as JSZip reads it, whose sizes PartBytes holds each part to; where the two disagree (a damaged
 * or crafted directory), the cells are counted.
 */
async function scannedParts(
  data: Uint8Array,
  fileName: string,
  pieces: StreamPieces,
): Promise<{ flags: WorkbookFlags; parts: PackagePart[] }> {
  const cellsBelow = INPUT_LIMITS.cellsPerWorkbook + 1;
  const flags = await scanUncounted(data, cellsBelow, pieces.countInflate);
  if (flags !== null) {
    const parts = await packageParts(data, pieces.inflate);
    const sheets = parts.filter((part) => isSheetPart(part.name));
    if (cellsAtMost(sheets.map((part) => part.size)) < cellsBelow) return { flags, parts };
  }
  const scan = await inputScan(data, fileName, pieces);
  return { flags: scan, parts: await packageParts(data, pieces.inflate) };
}

/**
 * The cells the file stores, refused beyond INPUT_LIMITS before any is read. A reviewed workbook
 * holds Kaohe's own sheets, which count for nothing (a re-run reads little of them): when all
 * cells are too many, those sheets are told by their head rows and the rest is counted alone.
 */
async function inputScan(data: Uint8Array, fileName: string, pieces: StreamPieces): Promise<WorkbookScan> {
  const scan = await scanWorkbook(data, INPUT_LIMITS.cellsPerWorkbook, new Set(), pieces.countInflate);
  if (workbookCellsProblem(fileName, scan.storedCells) === null) return scan;
  const book = await readBookParts(await packageParts(data, pieces.inflate));
  const own = new Set<string>();
  for (const sheet of book.sheets) if ((await sheetPartKind(book, sheet)) !== null) own.add(sheet.part.name);
  const input =
    own.size === 0 ? scan : await scanWorkbook(data, INPUT_LIMITS.cellsPerWorkbook, own, pieces.countInflate);
  const stored = workbookCellsProblem(fileName, input.storedCells);
  if (stored !== null) throw new WorkbookTooLargeError(stored);
  return input;
}

async function readGrids(
  data: Uint8Array,
  fileName: string,
  flags: WorkbookFlags,
  parts: readonly PackagePart[],
  pieces: StreamPieces,
): Promise<WorkbookGrids> {
  const book = await readBookParts(parts);
  const readings: SheetReading[] = [];
  for (const sheet of book.sheets) readings.push(await readSheetPart(book, sheet));
  // Loading applies the merges of every sheet part, named or not, and refuses overlapping ones alike.
  const merges = readings.map((reading) => mergedAreas(reading.model.mergeCells));
  const sheets = orderSheets(
    book,
    readings.map((reading) => reading.model),
    pieces.Workbook,
  ).map(({ part, name }) => {
    const reading = readings[part];
    const areas = merges[part];
    if (reading === undefined || areas === undefined) throw new DamagedPackageError("a sheet without its part");
    const { cells, kind } = reading;
    return { name, cells, merges: areas, used: usedBounds(cells, areas), own: kind !== null };
  });
  checkUsedRanges(fileName, sheets);
  return workbookGrids(fileName, data, flags, book.workbook?.properties.date1904 === true, (date1904) =>
    sheets.map((sheet) => sheetGrid(sheet, fileName, date1904)),
  );
}

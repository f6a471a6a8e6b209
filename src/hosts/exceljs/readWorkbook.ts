import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import ExcelJS from "exceljs";
import { INPUT_LIMITS, workbookCellsProblem } from "../../core/limits";
import type { SheetGrid } from "../../core/model/sheetGrid";
import { gridOfSheet, sparseSheet } from "./gridFromWorksheet";
import { checkUsedRanges, workbookGrids } from "./gridsResult";
import { inputFileError, NotAWorkbookError, WorkbookTooLargeError } from "./readWorkbookErrors";
import { refusedForLimits } from "./partCounter";
import { isLegacyXls, isZip } from "./readWorkbookParts";
import { reducedForRerun } from "./rerunSheet";
import { scanWorkbook, statedSheetBytes } from "./workbookScan";

export interface WorkbookGrids {
  /** The file name as the user knows it, as findings name it. */
  file: string;
  date1904: boolean;
  /** One grid per worksheet, in the workbook's order. */
  grids: SheetGrid[];
  /** Content found that the output cannot carry (图表, 数据透视表, 图片, 宏 …), for `content_not_kept`. */
  notKept: string[];
  /** Review › Protect Workbook is on: the workbook can be read, but no sheet can be added to it. */
  structureLocked: boolean;
}

export interface ReadOptions {
  /**
   * Called before the long part (counting and loading the sheets) with what the file's directory
   * states: the command line shows progress for a large file. The size, not a count of cells: a
   * count would have every sheet unpacked twice (workbookScan.ts), where the stated sizes let the
   * streaming reader unpack a district's sheets once.
   */
  onOpened?: (opened: OpenedWorkbook) => void;
}

/** What a workbook's directory states, before any part is unpacked. */
export interface OpenedWorkbook {
  /** The worksheets' unpacked bytes in all. */
  sheetBytes: number;
}

/** Reads an .xlsx file into grids; a missing file or a file that is no workbook throws a typed error. */
export async function readWorkbookFile(path: string, options: ReadOptions = {}): Promise<WorkbookGrids> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (error) {
    throw inputFileError(path, error);
  }
  return readWorkbookBuffer(data, basename(path), options);
}

/**
 * Refuses a workbook beyond INPUT_LIMITS twice over: by the cells the file stores before
 * loading it, and by its used ranges before building grids of that size (one stray value in
 * XFD1048576 makes a small file's used range enormous).
 */
export async function readWorkbookBuffer(
  data: ArrayBuffer | Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): Promise<WorkbookGrids> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (!isZip(bytes)) throw new NotAWorkbookError(fileName, isLegacyXls(bytes));
  const scan = await scanWorkbook(bytes, INPUT_LIMITS.cellsPerWorkbook).catch((error: unknown) => {
    throw refusedForLimits(error, fileName);
  });
  const stored = workbookCellsProblem(fileName, scan.storedCells);
  if (stored !== null) throw new WorkbookTooLargeError(stored);
  options.onOpened?.({ sheetBytes: statedSheetBytes(bytes) });
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS types its input as an ArrayBuffer; a copy also detaches it from a caller's larger buffer.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    throw new NotAWorkbookError(fileName, false);
  }
  // A damaged file may load without its workbook part: ExcelJS then has no properties at all.
  if (typeof workbook.properties !== "object") throw new NotAWorkbookError(fileName, false);
  const sheets = workbook.worksheets.map((ws) => reducedForRerun(sparseSheet(ws)));
  checkUsedRanges(fileName, sheets);
  return workbookGrids(fileName, bytes, scan, workbook.properties.date1904 === true, (date1904) =>
    sheets.map((sheet) => gridOfSheet(sheet, fileName, date1904)),
  );
}

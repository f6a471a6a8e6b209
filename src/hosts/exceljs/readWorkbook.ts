import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import ExcelJS from "exceljs";
import type { SheetGrid } from "../../core/model/sheetGrid";
import { gridFromWorksheet } from "./gridFromWorksheet";
import { NotAWorkbookError, WorkbookFileMissingError } from "./readWorkbookErrors";
import { contentNotKept, isLegacyXls, isZip, zipPartNames } from "./readWorkbookParts";

export interface WorkbookGrids {
  /** The file name as the user knows it, as findings name it. */
  file: string;
  date1904: boolean;
  /** One grid per worksheet, in the workbook's order. */
  grids: SheetGrid[];
  /** Content found that the output cannot carry (图表, 数据透视表, 图片, 宏 …), for `content_not_kept`. */
  notKept: string[];
}

/** Reads an .xlsx file into grids; a missing file or a file that is no workbook throws a typed error. */
export async function readWorkbookFile(path: string): Promise<WorkbookGrids> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch {
    throw new WorkbookFileMissingError(path);
  }
  return readWorkbookBuffer(data, basename(path));
}

export async function readWorkbookBuffer(data: ArrayBuffer | Uint8Array, fileName: string): Promise<WorkbookGrids> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (!isZip(bytes)) throw new NotAWorkbookError(fileName, isLegacyXls(bytes));
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS types its input as an ArrayBuffer; a copy also detaches it from a caller's larger buffer.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    throw new NotAWorkbookError(fileName, false);
  }
  // ExcelJS has already read date cells through this setting; the grids carry it for serials typed as text.
  const date1904 = workbook.properties.date1904 === true;
  return {
    file: fileName,
    date1904,
    grids: workbook.worksheets.map((ws) => gridFromWorksheet(ws, fileName, date1904)),
    notKept: contentNotKept(zipPartNames(bytes)),
  };
}

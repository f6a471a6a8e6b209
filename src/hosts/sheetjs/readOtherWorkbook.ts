import { INPUT_LIMITS, otherFormatProblem } from "../../core/limits";
import type { SparseSheet } from "../exceljs/gridFromWorksheet";
import { refusedForLimits } from "../exceljs/partCounter";
import { WorkbookTooLargeError } from "../exceljs/readWorkbookErrors";
import { scanWorkbook } from "../exceljs/workbookScan";
import { gridOfSheet } from "../exceljs/gridFromWorksheet";
import { checkUsedRanges } from "../exceljs/gridsResult";
import type { WorkbookGrids } from "../exceljs/readWorkbook";
import { csvSheet } from "./csvSheet";
import type { FileFormat } from "./fileFormat";
import { UnreadableFileError } from "./readErrors";
import { hasFormulas, readSheetjsBook } from "./sheetjsBook";
import { sheetjsSheet, type SheetLooks } from "./sheetjsSheet";

/**
 * An .xls, .ods, .csv or exported web page read into the grids the .xlsx readers give (same
 * shapes, same limits, same refusals), with what the reviewed workbook written from it cannot
 * carry and the looks it can. No workbook of these formats is ever written back: the command line
 * and the preview write a new .xlsx (convertedWorkbook.ts).
 */
export interface OtherWorkbook {
  grids: WorkbookGrids;
  /** One per grid, in the same order. */
  looks: SheetLooks[];
}

/** What SheetJS cannot read from these formats, so the new .xlsx cannot carry it. */
export const NOT_CARRIED = {
  formulas: "公式（只保留计算结果）",
  styles: "字体、填充、边框等单元格格式",
  drawings: "图片和图表（如有）",
} as const;

const NO_LOOKS = (): SheetLooks => ({
  widths: new Map(),
  hiddenColumns: new Set(),
  heights: new Map(),
  formats: new Map(),
});

/**
 * What the command line and the preview call: an .ods's parts are first unpacked a chunk at a
 * time against PACKAGE_LIMITS (SheetJS would unpack its content part whole), then it is read.
 */
export async function readOtherWorkbookChecked(
  bytes: Uint8Array,
  fileName: string,
  format: Exclude<FileFormat, "xlsx">,
): Promise<OtherWorkbook> {
  if (format === "ods") {
    await scanWorkbook(bytes, INPUT_LIMITS.cellsPerWorkbook).catch((error: unknown) => {
      throw refusedForLimits(error, fileName);
    });
  }
  return readOtherWorkbook(bytes, fileName, format);
}

/** Refuses a file larger than SheetJS may hold (OTHER_FORMAT_BYTES) before it is parsed. */
export function readOtherWorkbook(
  bytes: Uint8Array,
  fileName: string,
  format: Exclude<FileFormat, "xlsx">,
): OtherWorkbook {
  const tooLarge = otherFormatProblem(fileName, format, bytes.length);
  if (tooLarge !== null) throw new WorkbookTooLargeError(tooLarge);
  if (format === "csv") return result(fileName, false, [{ sparse: csvSheet(bytes, fileName), looks: NO_LOOKS() }], []);
  const book = readSheetjsBook(bytes, fileName, format);
  const date1904 = book.Workbook?.WBProps?.date1904 === true;
  const sheets = book.SheetNames.flatMap((name) => {
    const sheet = book.Sheets[name];
    return sheet === undefined ? [] : [sheetjsSheet(name, sheet, date1904, format === "markup")];
  });
  const notKept = [
    ...(hasFormulas(book) ? [NOT_CARRIED.formulas] : []),
    NOT_CARRIED.styles,
    ...(format === "markup" ? [] : [NOT_CARRIED.drawings]),
  ];
  return result(fileName, date1904, sheets, notKept);
}

function result(
  fileName: string,
  date1904: boolean,
  sheets: ReadonlyArray<{ sparse: SparseSheet; looks: SheetLooks }>,
  notKept: string[],
): OtherWorkbook {
  if (sheets.every((s) => s.sparse.used === null)) throw UnreadableFileError.empty(fileName);
  checkUsedRanges(
    fileName,
    sheets.map((s) => s.sparse),
  );
  return {
    grids: {
      file: fileName,
      date1904,
      grids: sheets.map((s) => gridOfSheet(s.sparse, fileName, date1904)),
      notKept,
      // A new workbook is written, so a protected structure in the original stops nothing.
      structureLocked: false,
    },
    looks: sheets.map((s) => s.looks),
  };
}

import * as XLSX from "@e965/xlsx";
import { INPUT_LIMITS, workbookCellsProblem } from "../../core/limits";
import { WorkbookTooLargeError } from "../exceljs/readWorkbookErrors";
import type { FileFormat } from "./fileFormat";
import { quietly } from "./quietLibrary";
import { UnreadableFileError } from "./readErrors";
import { decodeText } from "./textEncoding";

/**
 * An .xls, .ods or exported web page (HTML table, SpreadsheetML 2003) parsed by SheetJS into
 * dense sheets. Dates are kept as serial numbers with their number formats, never as
 * JavaScript Dates, so no time zone can move them; formulas are parsed only to say they were
 * there (the cached values are what is read). Reading stops after one row more than a sheet may
 * have, so a huge sheet is refused by the limits instead of filling memory.
 */
export type OtherFormat = Exclude<FileFormat, "xlsx" | "csv">;

const LABEL: Record<OtherFormat, string> = { xls: ".xls", ods: ".ods", markup: "网页或 XML 表格" };

export function readSheetjsBook(bytes: Uint8Array, fileName: string, format: OtherFormat): XLSX.WorkBook {
  const options: XLSX.ParsingOptions = {
    dense: true,
    cellDates: false,
    cellFormula: true,
    cellHTML: false,
    cellStyles: true,
    sheetRows: INPUT_LIMITS.rowsPerSheet + 1,
    // HTML tables are text: numbers are recognised as a CSV's are, so an ID number keeps its digits.
    raw: format === "markup",
  };
  const text = format === "markup" ? decodeText(bytes) : "";
  if (format === "markup") {
    const cells = markupCells(text, INPUT_LIMITS.cellsPerWorkbook);
    const tooMany = workbookCellsProblem(fileName, cells);
    if (tooMany !== null) throw new WorkbookTooLargeError(tooMany);
  }
  try {
    return quietly(() =>
      format === "markup"
        ? XLSX.read(text, { ...options, type: "string" })
        : XLSX.read(bytes, { ...options, type: "array" }),
    );
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(text)) throw UnreadableFileError.encrypted(fileName);
    throw UnreadableFileError.damaged(fileName, LABEL[format]);
  }
}

/** A web page's or XML table's cells (`<td>`, `<th>`, `<Cell>`), counted up to one past the limit: SheetJS makes every one an object. */
function markupCells(text: string, limit: number): number {
  const cell = /<(?:[\w.-]+:)?(?:td|th|cell)\b/gi;
  let cells = 0;
  while (cells <= limit && cell.exec(text) !== null) cells++;
  return cells;
}

/** Whether any sheet holds a formula (only its cached value is carried into the grids and the output). */
export function hasFormulas(book: XLSX.WorkBook): boolean {
  return Object.values(book.Sheets).some((sheet) =>
    (sheet["!data"] ?? []).some((row) => (row ?? []).some((cell) => cell?.f !== undefined)),
  );
}

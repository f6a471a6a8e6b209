import { readWorkbookBuffer, type WorkbookGrids } from "../hosts/exceljs/readWorkbook";
import { convertedWorkbook } from "../hosts/sheetjs/convertedWorkbook";
import { fileFormat } from "../hosts/sheetjs/fileFormat";
import { readOtherWorkbook } from "../hosts/sheetjs/readOtherWorkbook";

/**
 * An uploaded file read as the command line reads it: its content decides the reader (.xlsx,
 * or .xls, .ods, .csv through SheetJS). The roster's bytes become the reviewed workbook, which is
 * always an .xlsx: a roster of another format is first written as a new .xlsx of its sheets.
 */
export async function readUpload(
  data: Uint8Array,
  fileName: string,
  asRoster: boolean,
): Promise<{ grids: WorkbookGrids; xlsx: Uint8Array }> {
  const format = fileFormat(data, fileName);
  if (format === "xlsx") return { grids: await readWorkbookBuffer(data, fileName), xlsx: data };
  const other = readOtherWorkbook(data, fileName, format);
  return { grids: other.grids, xlsx: asRoster ? await convertedWorkbook(other) : data };
}

import { readWorkbookBuffer, type WorkbookGrids } from "../hosts/exceljs/readWorkbook";
import { convertedWorkbook } from "../hosts/sheetjs/convertedWorkbook";
import { fileFormat } from "../hosts/sheetjs/fileFormat";
import { readOtherWorkbook } from "../hosts/sheetjs/readOtherWorkbook";
import { browserZipCodec } from "../hosts/xlsx/browserZipCodec";
import { RosterPackage } from "../hosts/xlsx/reviewedPackage";
import { UnusualPackageError } from "../hosts/xlsx/unusualPackage";

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
  if (format !== "xlsx") {
    const other = readOtherWorkbook(data, fileName, format);
    return { grids: other.grids, xlsx: asRoster ? await convertedWorkbook(other) : data };
  }
  const grids = await readWorkbookBuffer(data, fileName);
  // A roster the package writer can edit keeps everything (charts, pictures): nothing to warn of.
  return { grids: asRoster && packageEditable(data) ? { ...grids, notKept: [] } : grids, xlsx: data };
}

function packageEditable(data: Uint8Array): boolean {
  try {
    new RosterPackage(data, browserZipCodec);
    return true;
  } catch (error) {
    if (error instanceof UnusualPackageError) return false;
    throw error;
  }
}

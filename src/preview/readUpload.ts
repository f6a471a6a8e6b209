import type { WorkbookGrids } from "../hosts/exceljs/readWorkbook";
import { readWorkbookInBrowser } from "../hosts/exceljs/streamWorkbookBrowser";
import { convertedWorkbook } from "../hosts/sheetjs/convertedWorkbook";
import { fileFormat } from "../hosts/sheetjs/fileFormat";
import { UnreadableFileError } from "../hosts/sheetjs/readErrors";
import { readOtherWorkbookChecked } from "../hosts/sheetjs/readOtherWorkbook";
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
  try {
    return await readAs(data, fileName, asRoster);
  } catch (error) {
    // Kaohe's refusals carry their Chinese and English; anything else (the browser out of memory)
    // is said in the same words rather than shown as the raw English of the error.
    if (typeof (error as { messageEn?: unknown }).messageEn === "string") throw error;
    throw new UnreadableFileError(
      `无法读取 ${fileName}：文件已损坏，或超出浏览器能处理的大小。请在 Excel 或 WPS 中打开并另存后再试，或改用命令行。`,
      `${fileName} cannot be read: the file is damaged, or larger than the browser can handle. Open it in Excel or WPS, save it again and retry, or use the command line.`,
    );
  }
}

async function readAs(
  data: Uint8Array,
  fileName: string,
  asRoster: boolean,
): Promise<{ grids: WorkbookGrids; xlsx: Uint8Array }> {
  const format = fileFormat(data, fileName);
  if (format !== "xlsx") {
    const other = await readOtherWorkbookChecked(data, fileName, format);
    return { grids: other.grids, xlsx: asRoster ? await convertedWorkbook(other) : data };
  }
  // A row at a time, as the command line reads: ExcelJS's document model of a district's
  // workbooks was most of the preview's memory.
  const grids = await readWorkbookInBrowser(data, fileName);
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

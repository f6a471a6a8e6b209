import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { SheetGrid } from "../../src/core/model/sheetGrid";
import { readWorkbookBuffer, type WorkbookGrids } from "../../src/hosts/exceljs/readWorkbook";
import { fileFormat } from "../../src/hosts/sheetjs/fileFormat";
import { readOtherWorkbook } from "../../src/hosts/sheetjs/readOtherWorkbook";

export const FORMATS_DIR = join(__dirname, "..", "fixtures", "formats");
export const READER_DIR = join(__dirname, "..", "fixtures", "reader");
export const SAMPLES_DIR = join(__dirname, "..", "..", "samples");

/** A file of any format as the command line and the preview read it: sniffed, then the matching reader. */
export async function readAny(path: string, name = basename(path)): Promise<WorkbookGrids> {
  const bytes = new Uint8Array(readFileSync(path));
  const format = fileFormat(bytes, name);
  return format === "xlsx" ? readWorkbookBuffer(bytes, name) : readOtherWorkbook(bytes, name, format).grids;
}

/** The grids without the file's name, to compare a workbook with its twin in another format. */
export function unnamed(grids: readonly SheetGrid[]): Array<Omit<SheetGrid, "file">> {
  return grids.map(({ file: _file, ...rest }) => rest);
}

import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookBuffer } from "../../src/hosts/exceljs/readWorkbook";
import { convertedWorkbook } from "../../src/hosts/sheetjs/convertedWorkbook";
import { fileFormat } from "../../src/hosts/sheetjs/fileFormat";
import { readOtherWorkbook } from "../../src/hosts/sheetjs/readOtherWorkbook";
import { FORMATS_DIR, unnamed } from "./support";

/**
 * The new .xlsx written from a workbook of another format reads back to the very grids it was
 * written from: values, dates in the workbook's date system, merges, origins; and it keeps the
 * number formats and column widths SheetJS exposes.
 */
const FILES = [
  "roster-sample.xls",
  "roster-sample.ods",
  "roster-dates.xls",
  "roster-dates.ods",
  "roster-date1904.xls",
  "roster-merged-cells.xls",
  "ballots-long-sample.xls",
  "roster-sample-gb18030.csv",
];

test.each(FILES)("%s written as .xlsx reads back to its own grids", async (file) => {
  const bytes = new Uint8Array(readFileSync(join(FORMATS_DIR, file)));
  const format = fileFormat(bytes, file);
  if (format === "xlsx") throw new Error(`${file} is an .xlsx`);
  const other = readOtherWorkbook(bytes, file, format);
  const written = await readWorkbookBuffer(await convertedWorkbook(other), "converted.xlsx");
  expect(written.date1904).toBe(other.grids.date1904);
  expect(unnamed(written.grids)).toEqual(unnamed(other.grids.grids));
});

test("date cells keep their number format, column widths their width, the 1904 system its flag", async () => {
  const bytes = new Uint8Array(readFileSync(join(FORMATS_DIR, "roster-date1904.xls")));
  const other = readOtherWorkbook(bytes, "roster-date1904.xls", "xls");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await convertedWorkbook(other)).slice().buffer);
  const sheet = workbook.worksheets[0];
  expect(workbook.properties.date1904).toBe(true);
  // The source's `yyyy\-mm\-dd` (ExcelJS drops the escapes, which change nothing shown).
  expect(sheet?.getCell("C2").numFmt).toMatch(/^yyyy\\?-mm\\?-dd$/);
  expect(sheet?.getColumn(1).width).toBeCloseTo(8.54, 1);
});

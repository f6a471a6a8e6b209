/**
 * Which parts of a package are worksheets. ExcelJS, and the streaming reader after it
 * (streamWorkbookBook.ts), take every part whose name holds `xl/worksheets/sheetN.xml` anywhere
 * for a sheet and read its cells, wherever the workbook points; the conventional place is
 * `xl/worksheets/NAME.xml`. The scan before reading (workbookScan.ts) counts the cells of both,
 * so that no part a reader takes for a sheet (a crafted `a/xl/worksheets/sheet2.xml`) escapes
 * the cell limit.
 */

/** ExcelJS's own pattern, unanchored as it uses it; the number orders the sheets. */
export const READER_SHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
const CONVENTIONAL_SHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/** Whether a reader may take the part for a sheet: its cells count toward the workbook's. */
export function isCountedSheetPart(name: string): boolean {
  return CONVENTIONAL_SHEET.test(name) || READER_SHEET.test(name);
}

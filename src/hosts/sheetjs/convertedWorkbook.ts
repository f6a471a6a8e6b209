import ExcelJS from "exceljs";
import type { GridValue, SheetGrid } from "../../core/model/sheetGrid";
import type { OtherWorkbook } from "./readOtherWorkbook";
import { formatKey, type SheetLooks } from "./sheetjsSheet";

/**
 * The roster of another format as a new .xlsx, the package the reviewed workbook is then written
 * into exactly as for an .xlsx roster: each source sheet under its own name with its values at
 * their own addresses (so every finding's cell and every link of 考核对象 points at the same
 * place), its merges, number formats, column widths and row heights, and the workbook's date
 * system. What SheetJS cannot read from the source (fonts, fills, borders, formulas, pictures)
 * is listed in `notKept` by the reader, for the `content_not_kept` warning.
 */
const DATE_FORMAT = "yyyy-mm-dd";

export async function convertedWorkbook(source: OtherWorkbook): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = source.grids.date1904;
  source.grids.grids.forEach((grid, i) => addSheet(workbook, grid, source.looks[i]));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function addSheet(workbook: ExcelJS.Workbook, grid: SheetGrid, looks: SheetLooks | undefined): void {
  const sheet = workbook.addWorksheet(grid.sheet);
  grid.values.forEach((line, r) => {
    line.forEach((value, c) => {
      if (value === null) return;
      const row = grid.originRow + r;
      const col = grid.originCol + c;
      const cell = sheet.getCell(row, col);
      cell.value = cellValue(value);
      const format = looks?.formats.get(formatKey(row, col));
      if (format !== undefined) cell.numFmt = format;
      else if (typeof value === "object" && value.kind === "date") cell.numFmt = DATE_FORMAT;
    });
  });
  for (const m of grid.merges) {
    sheet.mergeCells(
      grid.originRow + m.top,
      grid.originCol + m.left,
      grid.originRow + m.bottom,
      grid.originCol + m.right,
    );
  }
  for (const [col, width] of looks?.widths ?? []) sheet.getColumn(col).width = width;
  for (const col of looks?.hiddenColumns ?? []) sheet.getColumn(col).hidden = true;
  for (const [row, height] of looks?.heights ?? []) sheet.getRow(row).height = height;
}

/** A date as ExcelJS writes one: a Date at UTC midnight, turned into a serial in the workbook's system. */
function cellValue(value: GridValue): ExcelJS.CellValue {
  if (value === null || typeof value !== "object") return value;
  if (value.kind === "date") return new Date(Date.UTC(value.y, value.m - 1, value.d));
  return { error: value.code as ExcelJS.CellErrorValue["error"] };
}

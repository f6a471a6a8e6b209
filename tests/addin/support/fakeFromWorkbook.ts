import ExcelJS from "exceljs";
import { FakeExcel, type FakeValue } from "../fakeExcel";
import { cellOf } from "../fakeExcel/state";

/**
 * A fake Excel holding what an .xlsx file holds, as Excel would: dates as serial numbers with
 * their date format, formulas with their cached results, error values as their codes, merged
 * areas with the value in the top-left cell only.
 */
export async function fakeFromFile(path: string): Promise<FakeExcel> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const excel = new FakeExcel();
  excel.state.date1904 = workbook.properties.date1904 === true;
  for (const ws of workbook.worksheets) {
    const sheet = excel.addSheet(ws.name);
    sheet.merges = [...((ws.model as { merges?: string[] }).merges ?? [])];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const target = cellOf(sheet, r, c);
        target.value = excelValue(cell.value, excel.state.date1904);
        target.numFmt = cell.value instanceof Date ? (cell.numFmt ?? "yyyy-mm-dd") : (cell.numFmt ?? "General");
      });
    });
  }
  return excel;
}

function excelValue(value: ExcelJS.CellValue, date1904: boolean): FakeValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
    return Math.round((value.getTime() - epoch) / 86_400_000);
  }
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value)
    return value.result === undefined ? null : excelValue(value.result, date1904);
  if ("hyperlink" in value) return value.text;
  return null;
}

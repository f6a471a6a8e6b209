import ExcelJS from "exceljs";
import { FIRST_DATA_ROW, HEADER_ROW } from "../../src/core/plan/kaoheSheets";

/** A cell's value as a person reads it: LibreOffice writes text in two fonts as rich text. */
export function plain(v: unknown): unknown {
  if (v === undefined || v === null) return "";
  if (typeof v !== "object") return v;
  if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((run: { text: string }) => run.text).join("");
  if ("text" in v) return v.text;
  return v;
}

/** Every cell a person reads in a Kaohe sheet's table, by header, with the results the file holds (LibreOffice's). */
export async function tableRows(file: string, sheet: string): Promise<Array<Record<string, unknown>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet);
  if (ws === undefined) throw new Error(`no sheet ${sheet}`);
  const headers: string[] = [];
  ws.getRow(HEADER_ROW).eachCell((cell, col) => (headers[col] = String(plain(cell.value))));
  const rows: Array<Record<string, unknown>> = [];
  for (let r = FIRST_DATA_ROW; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (row.getCell(1).value === null) break;
    const record: Record<string, unknown> = {};
    headers.forEach((h, col) => {
      const cell = row.getCell(col);
      record[h] = plain(cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value);
    });
    rows.push(record);
  }
  return rows;
}

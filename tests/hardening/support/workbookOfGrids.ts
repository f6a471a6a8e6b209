import ExcelJS from "exceljs";
import type { GridValue, SheetGrid } from "../../../src/core/model/sheetGrid";

/**
 * Grids written as an .xlsx file, as a clerk's workbook would hold them: dates as date cells,
 * errors as error values, merged areas merged. Sheets Excel could not name, or could not name
 * twice, are left out, as no workbook can hold them.
 */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

export function cellValue(value: GridValue): ExcelJS.CellValue {
  if (value === null || typeof value !== "object") return value;
  if (value.kind === "date") return new Date(Date.UTC(value.y, value.m - 1, value.d));
  return { error: value.code as ExcelJS.CellErrorValue["error"] };
}

function validName(name: string, taken: readonly string[]): boolean {
  return (
    name !== "" &&
    name.length <= 31 &&
    name !== "History" &&
    !/[*?:/\\[\]]/.test(name) &&
    !/^'|'$/.test(name) &&
    !taken.some((t) => t.toLowerCase() === name.toLowerCase())
  );
}

export function workbookOfGrids(grids: readonly SheetGrid[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const grid of grids) {
    if (
      !validName(
        grid.sheet,
        workbook.worksheets.map((ws) => ws.name),
      )
    )
      continue;
    const ws = workbook.addWorksheet(grid.sheet);
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const [row, col] = [grid.originRow + r, grid.originCol + c];
        // A grid from a host never reaches past Excel's last row and column; a generated one may.
        if (value === null || row > MAX_ROW || col > MAX_COL) return;
        const cell = ws.getCell(row, col);
        cell.value = cellValue(value);
        if (typeof value === "object" && value.kind === "date") cell.numFmt = "yyyy-mm-dd";
      }),
    );
    for (const m of grid.merges) {
      const [bottom, right] = [grid.originRow + m.bottom, grid.originCol + m.right];
      const single = m.top === m.bottom && m.left === m.right;
      if (m.top < 0 || m.left < 0 || m.bottom < m.top || m.right < m.left || single) continue;
      if (bottom > MAX_ROW || right > MAX_COL) continue;
      try {
        ws.mergeCells(
          grid.originRow + m.top,
          grid.originCol + m.left,
          grid.originRow + m.bottom,
          grid.originCol + m.right,
        );
      } catch {
        // Overlapping merges: Excel cannot hold them either, so the workbook goes without this one.
      }
    }
  }
  return workbook;
}

export async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function loadBytes(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

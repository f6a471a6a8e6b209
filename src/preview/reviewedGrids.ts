import { fromDayNumber, fromExcelSerial } from "../core/model/calendarDate";
import type { GridValue, SheetGrid } from "../core/model/sheetGrid";
import type { PlanCell, PlanSheet, WritePlan } from "../core/plan/writePlan";

/**
 * Kaohe's sheets as the preview shows them, straight from the plan: the values a reader of the
 * reviewed workbook would find (formulas' cached results, dates as dates). Reading the written
 * workbook back would give the same grids at the cost of a second copy of the whole workbook in
 * memory — at 20,000 cadres more than the written file itself — and of the input limits, which
 * Kaohe's own sheets would then count against.
 */
export function reviewedGrids(plan: WritePlan, file: string, date1904: boolean): SheetGrid[] {
  return plan.sheets.map((sheet) => sheetGrid(sheet, file, date1904));
}

function sheetGrid(sheet: PlanSheet, file: string, date1904: boolean): SheetGrid {
  const { table } = sheet;
  const rows: GridValue[][] = [];
  const put = (row: number, col: number, value: GridValue) => {
    if (value === null) return;
    while (rows.length < row) rows.push([]);
    const line = rows[row - 1] ?? [];
    while (line.length < col - 1) line.push(null);
    line[col - 1] = value;
  };
  for (const cell of sheet.loose) put(cell.row, cell.col, valueOf(cell, undefined, date1904));
  table.columns.forEach((column, c) => put(table.anchorRow, table.anchorCol + c, column.header));
  for (let r = 0; r < table.rows.length; r++) {
    table.rows
      .at(r)
      ?.forEach((cell, c) =>
        put(table.anchorRow + 1 + r, table.anchorCol + c, valueOf(cell, table.columns[c]?.numFmt, date1904)),
      );
  }
  return { file, sheet: sheet.name, originRow: 1, originCol: 1, values: rows, merges: [], date1904 };
}

/** A cell's value as read back: a number under a date format is the date it shows. */
function valueOf(cell: PlanCell, columnFormat: string | undefined, date1904: boolean): GridValue {
  const format = cell.numFmt ?? columnFormat;
  if (typeof cell.value === "number" && format !== undefined && isDateFormat(format)) {
    const { y, m, d } = fromDayNumber(fromExcelSerial(cell.value, date1904));
    return { kind: "date", y, m, d };
  }
  return cell.value;
}

/** `yyyy-mm-dd`, `yyyy-mm`: a format with a year or a day (outside quoted text) shows a date. */
function isDateFormat(format: string): boolean {
  return /[yd]/i.test(format.replace(/"[^"]*"/g, ""));
}

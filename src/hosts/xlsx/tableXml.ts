import { a1 } from "../../core/model/address";
import type { PlanSheet, PlanTable } from "../../core/plan/writePlan";
import { xmlAttribute } from "./xmlText";

/** Where a table stands: its header row, its last data row, its first and last column. */
export interface TableBounds {
  headerRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
}

/**
 * A table always spans at least one data row: an empty one keeps a blank row, so that its header
 * and the formulas' ranges that point into it stay valid.
 */
export function tableBounds(table: PlanTable): TableBounds {
  return {
    headerRow: table.anchorRow,
    lastRow: table.anchorRow + Math.max(table.rows.length, 1),
    firstCol: table.anchorCol,
    lastCol: table.anchorCol + table.columns.length - 1,
  };
}

export function tableRef(table: PlanTable): string {
  const b = tableBounds(table);
  return `${a1(b.headerRow, b.firstCol)}:${a1(b.lastRow, b.lastCol)}`;
}

/**
 * The table part (`xl/tables/tableN.xml`): name, range, a header row whose column names are the
 * header cells' text, filter buttons on every column (the auto-filter over the whole range), and
 * TableStyleLight1 with row stripes. `tableId` is unique in the workbook, and so is `tableName`
 * (the plan's, unless a kept sheet's table already has it).
 */
export function tableXml(sheet: PlanSheet, tableId: number, tableName = sheet.table.name): string {
  const { table } = sheet;
  const ref = tableRef(table);
  const name = xmlAttribute(tableName);
  const columns = table.columns
    .map((column, j) => `<tableColumn id="${j + 1}" name="${xmlAttribute(column.header)}"/>`)
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${tableId}" name="${name}" displayName="${name}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleLight1" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
    "</table>"
  );
}

import { HEADER_FILL, INPUT_FILL, TABLE_VERTICAL_ALIGNMENT } from "../../core/plan/kaoheSheets";
import type { PlanColumn } from "../../core/plan/writePlan";

/**
 * How a Kaohe table looks, the same as the ExcelJS host draws it, so that a workbook reviewed in
 * Excel and one built by the command line look alike: a light table style, header cells tinted
 * by what the column holds, the column a clerk edits tinted green down its rows, every cell
 * centred vertically.
 */
export const TABLE_STYLE = "TableStyleLight1";

/** The plan's vertical alignment of table cells (TABLE_VERTICAL_ALIGNMENT) in Office.js's words. */
const VERTICALS: Record<typeof TABLE_VERTICAL_ALIGNMENT, `${Excel.VerticalAlignment}`> = { center: "Center" };
export const VERTICAL_ALIGNMENT = VERTICALS[TABLE_VERTICAL_ALIGNMENT];

export function headerFill(column: PlanColumn): string {
  return `#${HEADER_FILL[column.role]}`;
}

/** The fill of a column's data cells, or null for none. */
export function dataFill(column: PlanColumn): string | null {
  return column.role === "input" ? `#${INPUT_FILL}` : null;
}

import { KAOHE_HEAD_COLS } from "../../core/plan/kaoheSheetContent";
import { LEGEND_ROW, TITLE_ROW } from "../../core/plan/kaoheSheets";
import type { PlanSheetOutline } from "../../core/plan/planOutline";
import { formulaEntry, type FormulaEntry } from "./cellEncoding";

/** A block of cells to write: 0-based top-left corner and the entries, row by row. */
export interface HeadBlock {
  top: number;
  left: number;
  formulas: FormulaEntry[][];
}

/**
 * The cells that tell a sheet as Kaohe's (kaoheSheetContent.ts): the title and the legend's (or
 * the marker's) label in A1:A2, and the table's first header cells. A re-run replaces a marked
 * sheet only when these are there, so a new sheet is given them in the request that adds it with
 * the marker: a run that fails before the rest of its cells leaves sheets the next run knows as
 * its own. They are written again, formatted, with the rest of the sheet.
 */
export function sheetHead(sheet: PlanSheetOutline): HeadBlock[] {
  const loose = (row: number) => {
    const cell = sheet.loose.find((c) => c.row === row && c.col === 1);
    return cell === undefined ? "" : formulaEntry(cell);
  };
  const { table } = sheet;
  const headers = table.columns.slice(0, KAOHE_HEAD_COLS).map((c) => c.header);
  return [
    { top: TITLE_ROW - 1, left: 0, formulas: [[loose(TITLE_ROW)]] },
    { top: LEGEND_ROW - 1, left: 0, formulas: [[loose(LEGEND_ROW)]] },
    ...(headers.length === 0 ? [] : [{ top: table.anchorRow - 1, left: table.anchorCol - 1, formulas: [headers] }]),
  ];
}

import { columnLetters } from "../model/address";
import { sheetPageBreaks, type RowSpan } from "./pageBreaks";
import { looseRowHeights, rowHeights, type ColumnLines } from "./rowHeights";
import type { PlanPrint, PlanSheet, PlanSheetContent } from "./writePlan";

/**
 * Every Kaohe sheet prints well as it is (CONTRACT.md §3): A4 landscape, one page wide, the
 * table's header row repeated on every page, the sheet's title and the year in the header and
 * the page numbers in the footer. One definition for every sheet, 汇总 included, so that all of
 * them print alike in every host.
 */

/** Inches: narrow sides for width; top and bottom leave room for the header and footer lines. */
const MARGINS: PlanPrint["margins"] = { left: 0.4, right: 0.4, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 };

export interface PrintOptions {
  /**
   * The last column printed, when the columns right of it are working detail a leader does not
   * read on paper (考核对象's derived dates and days): fitting them all on one page width would
   * scale the text below legibility. The columns stay on the sheet.
   */
  lastCol?: number;
  /**
   * The row repeated on every page, when the table's header row heads only the first section:
   * 汇总 holds several tables one under another, and its units' header above the special-report
   * rows on a later page would name their columns wrongly. Its title row is repeated instead.
   */
  repeatRow?: number;
  /** Wrapped columns whose lines the sheet tells without making its cells (rowHeights.ts). */
  lines?: readonly ColumnLines[];
  /**
   * Blocks of rows printed on one page when they fit on one (pageBreaks.ts): 汇总's tables, each
   * with its title and header. The sheet's charts are kept whole without being named here.
   */
  together?: readonly RowSpan[];
}

/** In header and footer text `&` starts a code: a literal one is written twice. */
function headerText(text: string): string {
  return text.replace(/&/g, "&&");
}

export function printSetup(sheet: PlanSheetContent, year: number, options: PrintOptions = {}): PlanPrint {
  const { table } = sheet;
  const print: PlanPrint = {
    paper: "A4",
    orientation: "landscape",
    fitToWidth: 1,
    fitToHeight: 0,
    // The header row: the title and legend above it are on the first page, and the page header names the sheet.
    titleRows: { first: options.repeatRow ?? table.anchorRow, last: options.repeatRow ?? table.anchorRow },
    header: headerText(`${sheet.name} · ${year}年度`),
    footer: "第 &P 页，共 &N 页",
    margins: MARGINS,
  };
  const area = options.lastCol === undefined ? print : { ...print, area: printArea(sheet, options.lastCol) };
  const breaks = sheetPageBreaks(sheet, area, options.together ?? []);
  return breaks.length === 0 ? area : { ...area, rowBreaks: breaks };
}

function printArea(sheet: PlanSheetContent, lastCol: number): string {
  const lastRow = sheet.table.anchorRow + Math.max(sheet.table.rows.length, 1);
  const bottom = Math.max(lastRow, ...sheet.loose.map((c) => c.row));
  return `A1:${columnLetters(lastCol)}${bottom}`;
}

/** The sheet with its print setup, and its rows as tall as their wrapped text (rowHeights.ts). */
export function withPrint(sheet: PlanSheetContent, year: number, options: PrintOptions = {}): PlanSheet {
  const heights = rowHeights(sheet.table, options.lines);
  const table = heights.some((h) => h !== null) ? { ...sheet.table, rowHeights: heights } : sheet.table;
  const loose = looseRowHeights(sheet.table, sheet.loose);
  // The print setup after the heights: its page breaks count the rows' heights.
  const sized = { ...sheet, table, ...(loose.length > 0 ? { looseRowHeights: loose } : {}) };
  return { ...sized, print: printSetup(sized, year, options) };
}

import { parseA1 } from "../model/address";
import { columnWidthAt } from "./rowHeights";
import type { PlanPrint, PlanSheetContent } from "./writePlan";

/**
 * Manual page breaks that keep a block of rows (a table with its title and header) or a chart on
 * one printed page: without them a page may end under a block's header, its rows on the next
 * page without their column names, or cut a chart in two (CONTRACT.md §3: every Kaohe sheet
 * prints well as it is).
 *
 * The pages are laid out as the hosts lay them out: A4 landscape, scaled to the printed columns'
 * width, rows of known heights. The estimate leans towards breaking early: a break a row too
 * early leaves a little paper blank, a row too late splits the block it was meant to keep whole.
 */

/** Rows `first` to `last` (1-based, inclusive) print on one page when they fit on one. */
export interface RowSpan {
  first: number;
  last: number;
}

/** Points of sheet rows a printed page holds, at the print's scale. */
export interface PageFrame {
  /** The first page's rows. */
  page: number;
  /** Each later page's rows, below the repeated title rows. */
  laterPage: number;
}

/** The default row height every host writes (sheetFormatPr defaultRowHeight). */
export const DEFAULT_ROW_POINTS = 15;
const POINTS_PER_INCH = 72;
/** A4 is 210 × 297 mm; landscape puts the long side across. */
const A4_LANDSCAPE = { width: (297 / 25.4) * POINTS_PER_INCH, height: (210 / 25.4) * POINTS_PER_INCH };
/**
 * Excel's column width counts the widths of the default font's digit, 7 pixels in Calibri 11,
 * plus 5 pixels of padding; a pixel is ¾ of a point.
 */
const columnPoints = (width: number) => (width * 7 + 5) * 0.75;
/** One row's height of slack on every page, for the hosts' rounding of row heights and scale. */
const SLACK_POINTS = DEFAULT_ROW_POINTS;

/**
 * The rows one page holds: the printable height between the top and bottom margins, divided by
 * the scale that fits the printed columns across the page (fitting only ever shrinks), less the
 * repeated title rows on the pages after the first.
 */
export function pageFrame(print: PlanPrint, columnWidths: readonly number[], repeatedPoints: number): PageFrame {
  const m = print.margins;
  const across = A4_LANDSCAPE.width - (m.left + m.right) * POINTS_PER_INCH;
  const down = A4_LANDSCAPE.height - (m.top + m.bottom) * POINTS_PER_INCH;
  const wide = columnWidths.reduce((sum, w) => sum + columnPoints(w), 0);
  const scale = wide > across ? across / wide : 1;
  const page = down / scale - SLACK_POINTS;
  return { page, laterPage: page - repeatedPoints };
}

/**
 * The rows that must start a page so that each span prints whole: a span that does not fit in
 * what is left of its page starts the next one. A span longer than a page starts a page and runs
 * on over the host's own breaks; where it ends on its last page is then the host's to decide, so
 * the span after it starts a page too rather than being placed by a guess. Spans are in order and
 * do not overlap; rows between them (blank rows) take their height on the page.
 */
export function keepTogether(spans: readonly RowSpan[], heightOf: (row: number) => number, frame: PageFrame): number[] {
  const breaks: number[] = [];
  const sum = (first: number, last: number) => sumHeights(heightOf, first, last);
  // Points used on the current page, or null once a long span left the page's fill unknown.
  let used: number | null = 0;
  let capacity = frame.page;
  let next = 1;
  for (const span of spans) {
    const gap = sum(next, span.first - 1);
    const height = sum(span.first, span.last);
    next = span.last + 1;
    if (used !== null && used + gap + height <= capacity) {
      used += gap + height;
      continue;
    }
    const atTop = used !== null && used + gap === 0;
    if (!atTop) {
      breaks.push(span.first);
      capacity = frame.laterPage;
    }
    used = height <= capacity ? height : null;
  }
  return breaks;
}

/**
 * A sheet's page breaks: its charts and the given spans kept whole, on pages as its print setup
 * lays them out (the printed columns' widths, the rows' heights, the repeated title rows).
 */
export function sheetPageBreaks(sheet: PlanSheetContent, print: PlanPrint, spans: readonly RowSpan[]): number[] {
  const { table } = sheet;
  // A chart's span starts a row above it: a chart whose top edge lies on a page break is drawn on
  // the page before too, cut off there (LibreOffice puts its title in that page's text).
  const charts = (sheet.charts ?? []).map((c) => ({ first: Math.max(c.from.row - 1, 1), last: c.to.row - 1 }));
  const all = [...spans, ...charts].sort((a, b) => a.first - b.first);
  if (all.length === 0) return [];
  const heights = table.rowHeights;
  const loose = new Map((sheet.looseRowHeights ?? []).map((h) => [h.row, h.points]));
  const heightOf = (row: number) => {
    const i = row - table.anchorRow;
    const inTable = i >= 0 && i <= table.rows.length;
    return (inTable ? heights?.[i] : loose.get(row)) ?? DEFAULT_ROW_POINTS;
  };
  const printed = lastPrintedColumn(print) ?? table.anchorCol + table.columns.length - 1;
  const widths = Array.from({ length: printed }, (_, c) => columnWidthAt(table, c + 1));
  const { first, last } = print.titleRows;
  return keepTogether(all, heightOf, pageFrame(print, widths, first < 1 ? 0 : sumHeights(heightOf, first, last)));
}

function sumHeights(heightOf: (row: number) => number, first: number, last: number): number {
  let points = 0;
  for (let r = first; r <= last; r++) points += heightOf(r);
  return points;
}

function lastPrintedColumn(print: PlanPrint): number | null {
  const corner = print.area?.split(":")[1];
  return corner === undefined ? null : (parseA1(corner)?.col ?? null);
}

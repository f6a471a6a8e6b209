import { columnLetters, quoteSheet } from "../../../src/core/model/address";

/**
 * The state behind the fake Excel: what a workbook holds after the queued operations have
 * been applied. Tests read it to compare with what the ExcelJS host writes.
 */
export type FakeValue = string | number | boolean | null;

export interface FakeCell {
  value: FakeValue;
  /** Without the leading `=`. */
  formula: string | null;
  numFmt: string;
  fill: string | null;
  bold: boolean;
  /** Set only by a write: a cell nobody formatted keeps Excel's defaults (no wrap, at the bottom). */
  wrap?: boolean;
  verticalAlignment?: string;
  horizontalAlignment?: string;
}

export interface FakeConditionalFormat {
  ref: string;
  type: string;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
}

export interface FakeValidation {
  ref: string;
  rule: unknown;
  prompt: unknown;
  errorAlert: unknown;
}

/** One series of a chart: its ranges as the plan writes them (`'汇总'!$C$5:$C$9`). */
export interface FakeChartSeries {
  name: string;
  values: string | null;
  categories: string | null;
  /** `#RRGGBB` from `format.fill.setSolidColor`. */
  color: string | null;
}

/** A chart on a sheet, as the calls made it. */
export interface FakeChart {
  name: string;
  type: string;
  /** The range `charts.add` was given, and how it runs into series. */
  source: string;
  seriesBy: string;
  title: string | null;
  /** The cells `setPosition` was given (top-left, bottom-right). */
  position: { start: string; end: string | null } | null;
  legend: string | null;
  /** Axis settings as `axis.property` (`valueAxis.numberFormat`…). */
  axes: Record<string, unknown>;
  series: FakeChartSeries[];
}

export interface FakeSheet {
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  tabColor: string | null;
  tables: Array<{ address: string; hasHeaders: boolean; name: string | null; style: string | null }>;
  /** First is the highest priority, as Excel keeps them. */
  conditionalFormats: FakeConditionalFormat[];
  validations: FakeValidation[];
  freeze: { rows: number; cols: number } | null;
  notes: Map<string, string>;
  columnWidths: Map<string, number>;
  /** What `worksheet.pageLayout` was given, by property (`zoom`, `printTitleRows`, `centerHeader`, …). */
  pageLayout: Map<string, unknown>;
  /** Manual horizontal page breaks, by the row each starts, ascending (`horizontalPageBreaks`). */
  rowBreaks: number[];
  /** Ranges whose rows were autofitted. */
  autofitRows: string[];
  /** Merged areas as `A1:B2`. */
  merges: string[];
  /** Charts in the order they were added (Excel's `charts.items`). */
  charts: FakeChart[];
  protected: boolean;
  /** `Visible`, `Hidden` or `VeryHidden` (only an add-in can make a sheet very hidden). */
  visibility: string;
}

export interface FakeWorkbook {
  /** The workbook's name as Excel reports it. */
  name: string;
  sheets: FakeSheet[];
  names: Map<string, string>;
  date1904: boolean;
  structureProtected: boolean;
  selection: { sheet: string; address: string } | null;
  /** Handlers added with `worksheet.onChanged.add`, by sheet id. */
  changeHandlers: Array<{ sheetId: string; handler: (args: unknown) => Promise<unknown> }>;
  /** Recalculations asked for with `application.calculate`. */
  calculations: number;
}

/**
 * The `pageLayout` properties Kaohe sets, and those of `headersFooters.defaultForAllPages`: what
 * both fakes of Excel (the request context and the real office.js libraries' server) accept.
 */
export const PAGE_LAYOUT_SETTINGS: readonly string[] = [
  "paperSize",
  "orientation",
  "zoom",
  "leftMargin",
  "rightMargin",
  "topMargin",
  "bottomMargin",
  "headerMargin",
  "footerMargin",
];
export const HEADER_FOOTER_SETTINGS: readonly string[] = ["centerHeader", "centerFooter"];

let sheetIds = 0;

export function newSheet(name: string): FakeSheet {
  sheetIds += 1;
  return {
    id: `{fake-${sheetIds}}`,
    name,
    cells: new Map(),
    tabColor: null,
    tables: [],
    conditionalFormats: [],
    validations: [],
    freeze: null,
    notes: new Map(),
    columnWidths: new Map(),
    pageLayout: new Map(),
    rowBreaks: [],
    autofitRows: [],
    merges: [],
    charts: [],
    protected: false,
    visibility: "Visible",
  };
}

export function newWorkbook(): FakeWorkbook {
  return {
    name: "名册.xlsx",
    sheets: [],
    names: new Map(),
    date1904: false,
    structureProtected: false,
    selection: null,
    changeHandlers: [],
    calculations: 0,
  };
}

export function blankCell(): FakeCell {
  return { value: null, formula: null, numFmt: "General", fill: null, bold: false };
}

export function cellKey(row: number, col: number): string {
  return `${row}:${col}`;
}

export function cellOf(sheet: FakeSheet, row: number, col: number): FakeCell {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (cell === undefined) {
    cell = blankCell();
    sheet.cells.set(key, cell);
  }
  return cell;
}

/** Every cell of the sheet inside the rectangle, by key. */
export function cellsIn(sheet: FakeSheet, r: { top: number; left: number; bottom: number; right: number }): string[] {
  return [...sheet.cells.keys()].filter((key) => {
    const [row, col] = key.split(":").map(Number) as [number, number];
    return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
  });
}

/** The used extent of the sheet (non-empty values), 1-based, or null. */
export function usedExtent(sheet: FakeSheet): { top: number; left: number; bottom: number; right: number } | null {
  let extent: { top: number; left: number; bottom: number; right: number } | null = null;
  for (const [key, cell] of sheet.cells) {
    if (cell.value === null && cell.formula === null) continue;
    const [row, col] = key.split(":").map(Number) as [number, number];
    extent =
      extent === null
        ? { top: row, left: col, bottom: row, right: col }
        : {
            top: Math.min(extent.top, row),
            left: Math.min(extent.left, col),
            bottom: Math.max(extent.bottom, row),
            right: Math.max(extent.right, col),
          };
  }
  return extent;
}

/** Excel compares sheet and defined names case-insensitively. */
export function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase("en") === b.toLocaleUpperCase("en");
}

/** The key under which `names` holds a defined name, found case-insensitively. */
export function nameKey(names: Map<string, string>, name: string): string | undefined {
  return [...names.keys()].find((n) => sameName(n, name));
}

/** `'汇总'!$C$5:$C$9`: a range as the plan's chart series name it. */
export function sheetReference(sheet: string, r: { top: number; left: number; bottom: number; right: number }): string {
  const cell = (row: number, col: number) => `$${columnLetters(col)}$${row}`;
  return `${quoteSheet(sheet)}!${cell(r.top, r.left)}:${cell(r.bottom, r.right)}`;
}

/**
 * A new chart over `source` as Excel's `charts.add` makes it: one series per column (or row) of
 * the range, named by Excel, with no categories; the caller's settings come after.
 */
export function newChart(
  sheet: FakeSheet,
  type: string,
  r: { top: number; left: number; bottom: number; right: number },
  seriesBy: string,
): FakeChart {
  const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && r.right - r.left > r.bottom - r.top);
  const count = byRows ? r.bottom - r.top + 1 : r.right - r.left + 1;
  const series = Array.from({ length: count }, (_, i) => ({
    name: `Series${i + 1}`,
    values: sheetReference(
      sheet.name,
      byRows ? { ...r, top: r.top + i, bottom: r.top + i } : { ...r, left: r.left + i, right: r.left + i },
    ),
    categories: null,
    color: null,
  }));
  const taken = sheet.charts.length + 1;
  return {
    name: `Chart ${taken}`,
    type,
    source: sheetReference(sheet.name, r),
    seriesBy,
    title: null,
    position: null,
    legend: null,
    axes: {},
    series,
  };
}

/**
 * The declarative write plan: everything Kaohe writes into a workbook, as data. Hosts
 * (ExcelJS, Office.js) apply it without deciding anything. Addresses are A1, 1-based;
 * formulas are written without the leading `=`, use A1 references and defined names only,
 * and only functions that Excel 2016, WPS and LibreOffice all compute.
 */
export type PlanValue = string | number | boolean | null;

export interface PlanCell {
  /** A literal value, or the cached result when `formula` is set. Text is always text, never a formula. */
  value: PlanValue;
  /** Formula without leading `=`. */
  formula?: string;
  /** Internal hyperlink target, e.g. `'名册'!B7`. */
  link?: string;
  /** A number format for this cell only, overriding its column's (a date written as a month alone: `yyyy-mm`). */
  numFmt?: string;
}

export interface PlanColumn {
  header: string;
  /** Width in characters. */
  width: number;
  /** Excel number format, e.g. `0`, `0.00%`, `yyyy-mm-dd`, `@`. */
  numFmt?: string;
  /** value: written by the core (a clerk may correct it); formula: computed; input: the user's (建议等次). */
  role: "value" | "formula" | "input";
  /** One-line explanation shown as the header cell's note. */
  note?: string;
  /** Long text (说明, 考核状态): the data cells wrap within the column's width, so they read on paper. */
  wrap?: boolean;
  /**
   * A formula column: every data row holds this formula, written for the table's first data row
   * and moved down to its own row (formulaMove.ts). Its cells then carry only their cached values
   * (`formula` unset): a district's tables hold millions of formula cells, and one text per column
   * instead of one per cell is what keeps the plan small. Read a cell's formula with `cellFormula`.
   */
  formula?: string;
}

/**
 * A table's data rows read by place, 0-based: a plain list is one, and so is 测评明细's source
 * (talliesSheet.ts), which makes each of a district's 100,000 rows when it is read instead of
 * keeping 2.6 million cells for the life of the plan. A row is made anew on every `at`: a reader
 * reads it once per use and passes it on rather than asking again.
 */
export interface PlanRows {
  readonly length: number;
  /** Row `index`, from 0 to `length - 1` (a list's negative indexes are not asked for). */
  at(index: number): readonly PlanCell[] | undefined;
  /** One cell of a row made as read, without the rest of its row (rowHeights reads a few columns). */
  cell?(index: number, column: number): PlanCell | undefined;
}

export interface PlanTable {
  /** Excel table name (ASCII, unique in the workbook). */
  name: string;
  /** Top-left cell of the header row. */
  anchorRow: number;
  anchorCol: number;
  columns: PlanColumn[];
  /**
   * Data rows; each row has exactly `columns.length` cells (see PlanColumn.formula for formula
   * columns). A list, or rows made as they are read (PlanRows).
   */
  rows: PlanRows;
  /**
   * Heights in points of the rows whose wrapped text needs more than one line: index 0 is the
   * header row, then the data rows; a missing or null entry keeps the default height. Written, not
   * left to the program, because a file's rows are not re-measured when it is opened or printed.
   */
  rowHeights?: readonly (number | null)[];
}

/** A cell outside the table (a title, the legend). */
export interface PlanLooseCell extends PlanCell {
  row: number;
  col: number;
  /** Fill colour as `RRGGBB`. */
  fill?: string;
  bold?: boolean;
  /**
   * The text wraps within its column's width and sits centred vertically, as a table's cells do
   * (汇总's block headers and labels, a long unit name): on paper a cell's text overflowing into a
   * filled neighbour is cut. The sheet's `looseRowHeights` make its row tall enough.
   */
  wrap?: boolean;
  /**
   * Set to the right for a header over counts: a count sits at its cell's right edge, and its
   * header at the left edge of a wide column stood nearer the next column's counts.
   */
  horizontal?: "right";
}

/** A row outside the table taller than the default, for its wrapped loose cells. */
export interface PlanRowHeight {
  /** 1-based. */
  row: number;
  points: number;
}

export interface PlanConditionalFormat {
  /** The whole column range it applies to, e.g. `A2:Q200` — one rule per range, never per cell. */
  ref: string;
  /** Formula relative to the top-left cell of `ref`, without `=`. */
  formula: string;
  /** Fill colour as `RRGGBB`. */
  fill: string;
  fontColor?: string;
  priority: number;
  /** What the colour means, for the legend. */
  meaning: string;
}

export interface PlanValidation {
  /** Range, e.g. `T2:T200`. */
  ref: string;
  /**
   * A list formula without `=` (e.g. `KH_CADRE_GRADES`) or an explicit list. An explicit list is
   * written as in the file format, in double quotes: `"是,否"` (Office.js takes it without them).
   */
  list: string;
  prompt?: string;
  error?: string;
}

/**
 * How a sheet prints as it is (CONTRACT.md §3): A4 landscape, scaled to one page wide and as
 * many pages tall as it takes, the table's header row on every page, the sheet's title and the
 * year at the top and page numbers at the bottom. Every host writes it as the format has it.
 */
export interface PlanPrint {
  paper: "A4";
  orientation: "landscape";
  /** Pages wide the sheet is scaled to. */
  fitToWidth: number;
  /** Pages tall; 0 is as many as it takes. */
  fitToHeight: number;
  /** Rows printed at the top of every page, 1-based, inclusive. */
  titleRows: { first: number; last: number };
  /** The printed range, A1 (`A1:W21`), when not the whole sheet. */
  area?: string;
  /**
   * Rows (1-based, ascending) each of which starts a new printed page: manual page breaks that
   * keep a block of rows or a chart on one page (pageBreaks.ts). Absent, the pages break where
   * the host fills them.
   */
  rowBreaks?: readonly number[];
  /** Centre header and footer in Excel's header/footer codes: `&P` page, `&N` pages, `&&` an ampersand. */
  header: string;
  footer: string;
  /** Margins in inches; top and bottom leave room for the header and footer. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
}

export interface PlanSheet {
  name: string;
  /** Tab colour `RRGGBB`. */
  tabColor: string;
  table: PlanTable;
  loose: PlanLooseCell[];
  conditionalFormats: PlanConditionalFormat[];
  validations: PlanValidation[];
  /** Rows and columns frozen at the top-left. */
  freeze: { rows: number; cols: number };
  /**
   * Heights of the rows outside the table whose wrapped loose cells need more than one line,
   * ascending; the table's own rows are `table.rowHeights`. Written, as those are, because a
   * file's rows are not re-measured when it is opened or printed.
   */
  looseRowHeights?: readonly PlanRowHeight[];
  print: PlanPrint;
  /** Native charts drawn on the sheet (汇总), over ranges of the same sheet. */
  charts?: PlanChart[];
}

/**
 * One series of a chart: A1 ranges on the chart's own sheet (`'汇总'!$B$5:$B$9`) with the values
 * the plan caches there, so a program that draws without recalculating shows the right bars.
 */
export interface PlanChartSeries {
  /** The series' name and the cell holding it. */
  name: string;
  nameRef: string;
  categories: string;
  categoryCache: string[];
  values: string;
  valueCache: Array<number | null>;
  /** Fill `RRGGBB`: explicit, because LibreOffice and WPS do not take Excel's theme colours. */
  color: string;
}

/** A declarative chart: bars, one bar per category, series stacked. */
export interface PlanChart {
  /** Bars drawn horizontally (`bar`) or upright (`column`); `percentStacked` fills 100%. */
  type: "stackedBar" | "stackedColumn" | "percentStackedBar";
  title: string;
  /** Cells the chart covers, 1-based: from its top-left cell to the cell past its bottom-right. */
  from: { row: number; col: number };
  to: { row: number; col: number };
  series: PlanChartSeries[];
  /** The value axis' number format (`0`, `0%`). */
  valueFormat: string;
}

/** A sheet as its builder makes it; buildPlan adds the print setup every sheet shares (printSetup.ts). */
export type PlanSheetContent = Omit<PlanSheet, "print">;

export interface PlanName {
  name: string;
  /** Absolute reference without `=`, e.g. `'考核规则'!$B$2`. */
  refersTo: string;
}

export interface WritePlan {
  /** Marks the workbook's Kaohe sheets: written as the defined name `KAOHE_SCHEMA` and document property. */
  schemaVersion: "kaohe-workbook/1";
  sheets: PlanSheet[];
  names: PlanName[];
}

/** The defined name that lists, as text, the sheets Kaohe owns: a re-run replaces exactly these. */
export const OWNED_SHEETS_NAME = "KAOHE_SHEETS";
export const SCHEMA_NAME = "KAOHE_SCHEMA";

/**
 * How every host writes a cell's internal `link`: `HYPERLINK("#'名册'!B7","张三")`. A formula
 * jumps inside the workbook in Excel, WPS and LibreOffice alike, where a hyperlink relationship
 * may be followed to a missing file; one definition keeps the hosts' cells identical.
 */
export function linkFormula(target: string, text: string): string {
  return `HYPERLINK(${stringLiteral(`#${target}`)},${stringLiteral(text)})`;
}

/** A text as a formula's string literal: in quotes, its own quotes doubled. */
export function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

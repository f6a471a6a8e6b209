/**
 * The part of WPS 表格's object model (ET, the global `Application`) Kaohe uses, as narrow
 * interfaces. The full types come from `et-jsapi-declare` (etTypesCheck.ts proves at compile
 * time that its `Et.*` types fit these); narrow, the fake ET of the tests can implement them
 * and nothing outside this folder sees the object model. Everything is synchronous: each member
 * read, write or call is one round trip into WPS (about 0.2 ms), so callers move whole 2-D
 * blocks, never cell by cell.
 */
export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveWindow: EtWindow | null;
  readonly Selection: unknown;
  ScreenUpdating: boolean;
  DisplayAlerts: boolean;
  readonly ApiEvent: EtApiEvent;
  CreateTaskPane(url: string, title?: string): EtTaskPane;
  GetTaskPane(id: number): EtTaskPane;
  readonly PluginStorage: { getItem(key: string): unknown; setItem(key: string, value: unknown): void };
}

export interface EtTaskPane {
  readonly ID: number;
  Visible: boolean;
}

export type EtEventHandler = (sheet: EtWorksheet, target: EtRange) => void;

export interface EtApiEvent {
  AddApiEventListener(event: "SheetChange", callback: EtEventHandler): void;
  RemoveApiEventListener(event: "SheetChange", callback?: EtEventHandler): void;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Date1904: boolean;
  readonly ProtectStructure: boolean;
  readonly Worksheets: EtWorksheets;
  readonly Names: EtNames;
}

export interface EtWorksheets {
  readonly Count: number;
  /** 1-based index or name. */
  Item(index: string | number): unknown;
  Add(before?: unknown, after?: unknown, count?: number, type?: unknown): unknown;
}

export interface EtWorksheet {
  Name: string;
  readonly Index: number;
  readonly ProtectContents: boolean;
  readonly UsedRange: EtRange;
  readonly Tab: { Color: unknown };
  readonly ListObjects: {
    Add(sourceType?: number, source?: unknown, linkSource?: unknown, hasHeaders?: number): unknown;
  };
  readonly PageSetup: EtPageSetup;
  /** The sheet's manual horizontal page breaks. */
  readonly HPageBreaks: EtHPageBreaks;
  Range(cell1: unknown, cell2?: unknown): EtRange;
  /** Without an index, the sheet's embedded charts (EtChartObjects); with one, a chart (EtChartObject). */
  ChartObjects(index?: number | string): unknown;
  Activate(): unknown;
  Delete(): unknown;
}

export interface EtChartObjects {
  readonly Count: number;
  /** A new, empty chart at a position and size in points. */
  Add(left: number, top: number, width: number, height: number): EtChartObject;
}

/** An embedded chart's frame on the sheet; the chart itself is `Chart`. */
export interface EtChartObject {
  Name: string;
  readonly Chart: EtChart;
  Delete(): unknown;
}

export interface EtChart {
  ChartType: number;
  HasTitle: boolean;
  readonly ChartTitle: { Text: string };
  HasLegend: boolean;
  readonly Legend: { Position: number };
  /** Without an index, the series (EtSeriesCollection). */
  SeriesCollection(index?: number | string): unknown;
  /** An axis by type; the vendor's types call what comes back the axes collection (EtAxes). */
  Axes(type?: number, group?: number): unknown;
}

export interface EtSeriesCollection {
  readonly Count: number;
  Item(index: number | string): EtSeries;
  NewSeries(): EtSeries;
}

export interface EtSeries {
  Name: string;
  /** A range (or an array of constants). */
  Values: unknown;
  XValues: unknown;
  readonly Interior: { Color: unknown };
  Delete(): unknown;
}

export interface EtAxes {
  Item(type: number, group?: number): EtAxis;
}

export interface EtAxis {
  ReversePlotOrder: boolean;
  Crosses: number;
  readonly TickLabels: { NumberFormat: string };
}

/** The print setup of a sheet; margins in points. */
export interface EtPageSetup {
  Orientation: number;
  PaperSize: number;
  Zoom: boolean | number;
  FitToPagesWide: boolean | number;
  FitToPagesTall: boolean | number;
  PrintTitleRows: string;
  PrintArea: string;
  CenterHeader: string;
  CenterFooter: string;
  LeftMargin: number;
  RightMargin: number;
  TopMargin: number;
  BottomMargin: number;
  HeaderMargin: number;
  FooterMargin: number;
}

export interface EtHPageBreaks {
  /** A manual break above `before`, a range. */
  Add(before: unknown): unknown;
}

export interface EtListObject {
  Name: string;
  TableStyle: unknown;
}

export interface EtRange {
  readonly Row: number;
  readonly Column: number;
  /** The range's rows; `AutoFit` makes each as tall as its wrapped text. */
  readonly Rows: { readonly Count: number; AutoFit(): unknown };
  readonly Columns: { readonly Count: number };
  Value2: unknown;
  Formula: unknown;
  NumberFormat: unknown;
  readonly Text: unknown;
  readonly MergeCells: unknown;
  readonly MergeArea: EtRange;
  ColumnWidth: unknown;
  WrapText: unknown;
  VerticalAlignment: unknown;
  HorizontalAlignment: unknown;
  readonly Interior: { Color: unknown };
  readonly Font: { Bold: unknown; Color: unknown };
  readonly FormatConditions: { Add(type: number, operator?: unknown, formula1?: unknown): unknown };
  readonly Validation: EtValidation;
  readonly Worksheet: EtWorksheet;
  /** Position and size in points. */
  readonly Left: unknown;
  readonly Top: unknown;
  readonly Width: unknown;
  readonly Height: unknown;
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  AddComment(text?: string): unknown;
  Select(): unknown;
}

export interface EtFormatCondition {
  Priority: number;
  StopIfTrue: boolean;
  readonly Interior: { Color: unknown };
  readonly Font: { Color: unknown };
}

export interface EtValidation {
  Add(type: number, alertStyle?: number, operator?: number, formula1?: string): unknown;
  Delete(): unknown;
  IgnoreBlank: boolean;
  InCellDropdown: boolean;
  InputMessage: string;
  ErrorMessage: string;
  ShowInput: boolean;
  ShowError: boolean;
}

export interface EtNames {
  readonly Count: number;
  /** 1-based index or name. */
  Item(index: string | number): EtName;
  Add(name: string, refersTo: string): unknown;
}

export interface EtName {
  readonly Name: string;
  readonly RefersTo: unknown;
  Delete(): unknown;
}

export interface EtWindow {
  FreezePanes: boolean;
  SplitRow: number;
  SplitColumn: number;
  ScrollRow: number;
  ScrollColumn: number;
}

/** The enumeration values Kaohe passes (numbers, as the object model takes them). */
export const XL = {
  /** FormatConditions.Add: a formula rule. */
  expression: 2,
  /** Validation.Add: a drop-down list; stop on bad input; operator "between" (ignored for lists). */
  validateList: 3,
  validAlertStop: 1,
  between: 1,
  /** ListObjects.Add: from a range, with headers. */
  srcRange: 1,
  yes: 1,
  /** VerticalAlignment: centred; HorizontalAlignment: right. */
  center: -4108,
  right: -4152,
  /** PageSetup: landscape on A4. */
  landscape: 2,
  paperA4: 9,
  /** Chart types: bars stacked, columns stacked, bars stacked to 100%. */
  barStacked: 58,
  columnStacked: 52,
  barStacked100: 59,
  /** Axes by type; where the other axis crosses; the legend below the plot. */
  category: 1,
  value: 2,
  axisMaximum: 2,
  legendBottom: -4107,
} as const;

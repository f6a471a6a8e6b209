/**
 * The parts of ExcelJS's document reader that the streaming reader runs itself, typed to the
 * little it uses. The streaming reader must read every workbook exactly as `readWorkbookBuffer`
 * does, quirks included (a sheet name over 31 characters is refused; what ExcelJS misses, both
 * readers correct alike: `date1904="true"` in date1904.ts, a cached 0 or FALSE in
 * gridFromWorksheet.ts), so it parses every part with ExcelJS's
 * own parsers (xforms) and reconciles with ExcelJS's own steps, one row at a time, keeping no row
 * once read. Only the per-cell steps whose ExcelJS versions were most of the reading time are
 * restated (streamWorkbookCell.ts, streamWorkbookRow.ts); the tests hold them to ExcelJS's.
 * ExcelJS's public streaming reader (`ExcelJS.stream.xlsx.WorkbookReader`) was not used: its
 * worksheet parser differs from the document reader (a formula's cached TRUE reads as 1, a
 * cached #N/A as NaN, rich inline text keeps its last run only, sheets of an `/xl/…` relationship
 * target lose their names) and it spools sheets to temporary files when the shared strings come
 * after them in the zip, as Excel writes them: personnel data on disk.
 */

import type ExcelJS from "exceljs";

/** One event of ExcelJS's SAX wrapper (saxes): element names keep their prefix, as ExcelJS matches them. */
export type SaxEvent =
  | { eventType: "opentag"; value: SaxNode }
  | { eventType: "text"; value: string }
  | { eventType: "closetag"; value: SaxNode };

export interface SaxNode {
  name: string;
  attributes: Record<string, string>;
}

export type SaxEvents = AsyncGenerator<SaxEvent[]>;

/** The parse interface every ExcelJS xform shares: true while the element goes on. */
export interface Xform {
  parseOpen(node: SaxNode): boolean;
  parseText(text: string): void;
  parseClose(name: string): boolean;
  reset(): void;
}

interface ParsingXform<Model> extends Xform {
  model: Model;
  parse(events: SaxEvents): Promise<Model>;
}

export interface SheetRef {
  name: string | undefined;
  id: number;
  state: string | undefined;
  rId: string | undefined;
}

export interface WorkbookModel {
  sheets?: SheetRef[];
  properties: { date1904?: boolean };
  definedNames?: unknown[];
}

export interface Relationship {
  Id: string;
  Type: string;
  Target: string;
}

/** A cell as ExcelJS's cell parser leaves it, before and after `reconcile`. */
export interface CellModel {
  address?: string;
  type: number;
}

export interface RowModel {
  number: number;
  cells: CellModel[];
}

export interface HyperlinkModel {
  address: string | undefined;
  rId: string | undefined;
}

/** What the worksheet parser gathers besides rows (the rows go elsewhere: see streamWorkbookSheet.ts). */
export interface WorksheetModel {
  cols: unknown;
  conditionalFormattings: unknown;
  mergeCells: string[] | undefined;
  hyperlinks: HyperlinkModel[] | undefined;
}

/** ExcelJS's styles parser, asked for a style's model (number format) by id. */
export interface StylesTable {
  getStyleModel(id: number): unknown;
}

/** ExcelJS's shared strings parser: a string, or `{ richText }`, by index. */
export interface SharedStringsTable {
  getString(index: number): unknown;
}

export interface RowXform extends Xform {
  model: RowModel & { styleId?: number };
}

export interface WorksheetXform extends ParsingXform<WorksheetModel | null | undefined> {
  reconcile(model: WorksheetModel, options: object): void;
  map: Record<string, Xform>;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
  intersects(other: CellRange): boolean;
}

/* eslint-disable @typescript-eslint/no-require-imports -- ExcelJS's internal modules have no typings; each is typed above */
export const parseSax = require("exceljs/lib/utils/parse-sax") as (chunks: AsyncIterable<string>) => SaxEvents;
export const WorkbookXform = require("exceljs/lib/xlsx/xform/book/workbook-xform") as new () => ParsingXform<
  WorkbookModel | undefined
> & {
  reconcile(model: unknown): void;
};
export const RelationshipsXform = require("exceljs/lib/xlsx/xform/core/relationships-xform") as new () => ParsingXform<
  Relationship[] | null
>;
export const SharedStringsXform =
  require("exceljs/lib/xlsx/xform/strings/shared-strings-xform") as new () => ParsingXform<unknown> &
    SharedStringsTable;
export const StylesXform = require("exceljs/lib/xlsx/xform/style/styles-xform") as new () => ParsingXform<unknown> &
  StylesTable;
/** Parsers of the parts that hold no cells, run only for the failures they raise on loading. */
export const otherXforms = {
  app: require("exceljs/lib/xlsx/xform/core/app-xform") as new () => ParsingXform<unknown>,
  core: require("exceljs/lib/xlsx/xform/core/core-xform") as new () => ParsingXform<unknown>,
  drawing: require("exceljs/lib/xlsx/xform/drawing/drawing-xform") as new () => ParsingXform<unknown> & {
    reconcile(model: unknown, options: object): void;
  },
  comments: require("exceljs/lib/xlsx/xform/comment/comments-xform") as new () => ParsingXform<unknown>,
  vmlNotes: require("exceljs/lib/xlsx/xform/comment/vml-notes-xform") as new () => ParsingXform<unknown>,
  table: require("exceljs/lib/xlsx/xform/table/table-xform") as new () => ParsingXform<unknown> & {
    reconcile(model: unknown, options: { styles: StylesTable | undefined }): void;
  },
};
export const WorksheetXformClass = require("exceljs/lib/xlsx/xform/sheet/worksheet-xform") as new () => WorksheetXform;
export const RowXformClass = require("exceljs/lib/xlsx/xform/sheet/row-xform") as new (options: object) => RowXform;
/** Called with one argument holding the ref, as `mergeCellsWithoutStyle` calls it. */
export const RangeClass = require("exceljs/lib/doc/range") as new (cells: unknown[]) => CellRange;
/** ExcelJS's date-format test and serial-to-Date conversion, as its cell reconcile uses them, and its cell parser's decoding of text. */
export const excelUtils = require("exceljs/lib/utils/utils") as {
  isDateFmt(format: string | undefined): boolean;
  excelToDate(serial: number, date1904: boolean | undefined): Date;
  xmlDecode(text: string): string;
};
/**
 * ExcelJS's cell types without the rest of the library: `require("exceljs")` also loads its
 * streaming reader and writer, CSV and archiver, about 0.25 s of every run's start. (Its workbook
 * class is in streamWorkbookNode.ts, the command line's alone: it pulls in CSV, which needs
 * Node's streams, and this file is in the browser bundles too.)
 */
export const ValueType = (require("exceljs/lib/doc/enums") as { ValueType: typeof ExcelJS.ValueType }).ValueType;
/* eslint-enable @typescript-eslint/no-require-imports */

import { KAOHE_HEAD_ROWS, kaoheSheetKind, type KaoheSheetKind } from "../../core/plan/kaoheSheetContent";
import { RerunRows } from "./rerunRows";
import type { BookParts, SheetPart } from "./streamWorkbookBook";
import { CellReconciler } from "./streamWorkbookCell";
import { SheetCells } from "./streamWorkbookGrid";
import {
  RowXformClass,
  WorksheetXformClass,
  type RowXform,
  type SaxNode,
  type WorksheetModel,
  type Xform,
} from "./streamWorkbookInternals";
import { DamagedPackageError, parsePart, StopReading } from "./streamWorkbookPackage";
import type { ScannedRow } from "./sheetDataScanner";
import { splitSheetData, type RowList } from "./sheetDataSplit";
import { rowValues } from "./streamWorkbookRow";

/**
 * One worksheet part read in a single pass: ExcelJS's worksheet parser reads the part as it
 * does on loading, except that each row, once parsed, is reconciled (shared strings, date
 * formats, links), reduced to grid values by the rules of ExcelJS's row and cell objects, and
 * let go. What stays is the sheet's values and what the parser gathers besides rows (merged
 * areas, links, columns).
 */
export interface SheetReading {
  cells: SheetCells;
  model: WorksheetModel;
  /** A Kaohe sheet (told by its content), its cells reduced to what a re-run reads (rerunRows.ts). */
  kind: KaoheSheetKind | null;
  /** Read no further than its head rows (rerunRows.ts): nothing after its rows is known. */
  headOnly: boolean;
}

/**
 * The model of a part read only up to its head rows: what follows its rows (merges, links,
 * drawings, tables) is unknown, so it has none, and its relationships are not followed.
 */
const headOnlyModel = (): WorksheetModel =>
  // With the media and tables ExcelJS's reconcile gives a sheet without them, which its workbook model requires.
  Object.assign(
    { cols: undefined, conditionalFormattings: undefined, mergeCells: undefined, hyperlinks: undefined },
    { media: [], tables: [] },
  );

/**
 * Takes the place of ExcelJS's `sheetData` list parser, with the same steps (its row parser,
 * one row element at a time), but hands each row on instead of keeping it. A second
 * `<sheetData>` starts the list again, as it does in ExcelJS. The rows of the first are mostly
 * read by the scanner instead (sheetDataSplit.ts), which hands them on here the same.
 */
class RowStream implements Xform, RowList {
  readonly model: never[] = [];
  private parser: Xform | undefined;
  private readonly rows: RowXform = new RowXformClass({});
  starts = 0;

  constructor(
    readonly onRow: (row: RowXform["model"]) => void,
    private readonly onStart: () => void,
  ) {}

  resume(lastRow: ScannedRow | undefined): void {
    if (lastRow !== undefined) this.rows.model = lastRow;
  }

  parseOpen(node: SaxNode): boolean {
    if (this.parser) {
      this.parser.parseOpen(node);
      return true;
    }
    if (node.name === "sheetData") {
      this.starts++;
      this.onStart();
      return true;
    }
    if (this.rows.parseOpen(node)) {
      this.parser = this.rows;
      return true;
    }
    return false;
  }

  parseText(text: string): void {
    this.parser?.parseText(text);
  }

  parseClose(name: string): boolean {
    if (!this.parser) return false;
    if (!this.parser.parseClose(name)) {
      this.onRow(this.rows.model);
      this.parser = undefined;
    }
    return true;
  }

  reset(): void {
    // ExcelJS's list parser keeps its state across a reset too; only its model is dropped.
  }
}

/** ExcelJS keeps a row at index `number - 1` of an array: a number that is no array index is a row no one visits. */
const MAX_ROW_INDEX = 2 ** 32 - 2;

async function pass(book: BookParts, sheet: SheetPart, links: ReadonlyMap<string, string>): Promise<SheetReading> {
  const tables = { styles: book.styles, sharedStrings: book.sharedStrings };
  const reconciler = new CellReconciler(tables, book.workbook?.properties.date1904, links);
  const cells = new SheetCells();
  const rerun = new RerunRows(cells);
  const xform = new WorksheetXformClass();
  const rows = new RowStream(
    (row) => {
      reconciler.row(row.styleId);
      for (const cell of row.cells) reconciler.cell(cell);
      const { cols, values } = rowValues(row);
      if (row.number >= 1 && row.number - 1 <= MAX_ROW_INDEX) rerun.setRow(row.number, cols, values);
    },
    () => rerun.clear(),
  );
  xform.map.sheetData = rows;
  let model: WorksheetModel | null | undefined;
  try {
    model = await parsePart(sheet.part, xform, (text) => splitSheetData(text, rows));
  } catch (error) {
    if (!(error instanceof StopReading)) throw error;
    return { cells, model: headOnlyModel(), kind: rerun.kind, headOnly: true };
  }
  // The model exists once `</worksheet>` is met: a part cut short, or with another root element, has none.
  if (!model) throw new DamagedPackageError(`${sheet.part.name} has no worksheet`);
  rerun.finish();
  return { cells, model, kind: rerun.kind, headOnly: false };
}

/**
 * Whether a sheet part is one of Kaohe's, from its head rows alone: the part is read no further
 * than the first row below them (or its end).
 */
export async function sheetPartKind(book: BookParts, sheet: SheetPart): Promise<KaoheSheetKind | null> {
  const reconciler = new CellReconciler(
    { styles: book.styles, sharedStrings: book.sharedStrings },
    book.workbook?.properties.date1904,
    new Map(),
  );
  const cells = new SheetCells();
  const xform = new WorksheetXformClass();
  const rows = new RowStream(
    (row) => {
      if (row.number > KAOHE_HEAD_ROWS) throw new StopReading();
      reconciler.row(row.styleId);
      for (const cell of row.cells) reconciler.cell(cell);
      const { cols, values } = rowValues(row);
      if (row.number >= 1) cells.setRow(row.number, cols, values);
    },
    () => cells.clear(),
  );
  xform.map.sheetData = rows;
  try {
    await parsePart(sheet.part, xform, (text) => splitSheetData(text, rows));
  } catch (error) {
    if (!(error instanceof StopReading)) throw error;
  }
  return kaoheSheetKind((row, col) => cells.value(row, col));
}

/**
 * ExcelJS's worksheet reconcile, run on the model as its loader runs it (the rows are already
 * read, so it has none to do): it ties the sheet to its comments, notes, drawings and tables
 * through the sheet's relationships, and fails where one is missing.
 */
function reconcileSheet(book: BookParts, sheet: SheetPart, model: WorksheetModel): void {
  const { attachments } = book;
  try {
    new WorksheetXformClass().reconcile(Object.assign(model, { relationships: book.sheetRels.get(sheet.sheetNo) }), {
      styles: book.styles,
      sharedStrings: book.sharedStrings,
      date1904: book.workbook?.properties.date1904,
      media: attachments.media,
      mediaIndex: attachments.mediaIndex,
      drawings: attachments.drawings,
      comments: attachments.comments,
      tables: attachments.tables,
      vmlDrawings: attachments.vmlDrawings,
    });
  } catch {
    throw new DamagedPackageError(`${sheet.part.name} refers to a part it lacks`);
  }
}

/**
 * Links to a file or web page turn their cell into a link cell, which counts as used even when
 * empty. They are listed after the rows, so a sheet holding any is read a second time with them
 * known; a link whose relationship is missing makes ExcelJS fail, as a damaged file.
 */
function linkTargets(book: BookParts, sheet: SheetPart, model: WorksheetModel): Map<string, string> {
  const rels = new Map((book.sheetRels.get(sheet.sheetNo) ?? []).map((rel) => [rel.Id, rel]));
  const targets = new Map<string, string>();
  for (const link of model.hyperlinks ?? []) {
    if (!link.rId) continue;
    const rel = rels.get(link.rId);
    if (rel === undefined) throw new DamagedPackageError(`${sheet.part.name} links to a missing relationship`);
    targets.set(String(link.address), rel.Target);
  }
  return targets;
}

export async function readSheetPart(book: BookParts, sheet: SheetPart): Promise<SheetReading> {
  const first = await pass(book, sheet, new Map());
  if (first.headOnly) return first;
  const links = linkTargets(book, sheet, first.model);
  const reading = links.size === 0 ? first : await pass(book, sheet, links);
  reconcileSheet(book, sheet, reading.model);
  return reading;
}

import type ExcelJS from "exceljs";
import type { BookParts } from "./streamWorkbookBook";
import { WorkbookXform, type WorksheetModel } from "./streamWorkbookInternals";
import { DamagedPackageError } from "./streamWorkbookPackage";

/**
 * ExcelJS's workbook class, given by the reader: the command line loads it from ExcelJS's sources
 * without the rest of the library (streamWorkbookNode.ts); there it requires ExcelJS's CSV module,
 * which needs Node's streams, so the browser takes the same class from ExcelJS's browser bundle
 * (streamWorkbookBrowser.ts).
 */
export type WorkbookClass = new () => ExcelJS.Workbook;

/**
 * Which sheet parts are the workbook's worksheets, under which names and in which order, decided
 * by ExcelJS's own steps on loading: its workbook parser pairs each `<sheet>` of xl/workbook.xml
 * with a part through xl/_rels/workbook.xml.rels (`worksheets/sheet2.xml`, `/xl/worksheets/…`),
 * and its workbook model then names the sheets (refusing names Excel refuses), orders them as
 * xl/workbook.xml lists them and leaves out parts no `<sheet>` names. Chart sheets are parts of
 * another folder, so they never count. Only names and order are taken from it: the model is
 * given no rows.
 */
export interface OrderedSheet {
  /** Index into `BookParts.sheets`. */
  part: number;
  name: string;
}

interface SheetStub {
  part: number;
  name?: string;
  id?: number;
  state?: string;
}

export function orderSheets(
  book: BookParts,
  models: readonly WorksheetModel[],
  WorkbookClass: WorkbookClass,
): OrderedSheet[] {
  const workbook = book.workbook;
  // Without its workbook part ExcelJS loads a workbook with no properties, which readWorkbookBuffer refuses;
  // with one cut short (no model) it fails.
  if (!workbook) throw new DamagedPackageError("no xl/workbook.xml, or one cut short");
  const stubs: SheetStub[] = book.sheets.map((_, part) => ({ part }));
  const worksheetHash = Object.fromEntries(book.sheets.map((sheet, i) => [sheet.part.name, stubs[i]]));
  const loaded = new WorkbookClass();
  try {
    new WorkbookXform().reconcile({
      sheets: workbook.sheets,
      workbookRels: book.workbookRels,
      worksheetHash,
      definedNames: workbook.definedNames,
      media: book.attachments.media,
    });
    const worksheets = stubs.map((stub, i) => ({
      ...models[i],
      ...stub,
      rows: [],
      mergeCells: [],
    }));
    loaded.model = {
      worksheets,
      sheets: workbook.sheets,
      properties: workbook.properties,
      // Left out: for each defined name ExcelJS builds a matrix of every cell it covers, which grids never use.
      definedNames: [],
      media: [],
    } as unknown as ExcelJS.WorkbookModel;
  } catch {
    throw new DamagedPackageError("the workbook part cannot be read");
  }
  // A sheet id listed twice keeps the last part given it, as ExcelJS's sheet array keeps it.
  const partOfId = new Map(stubs.map((stub) => [stub.id, stub.part]));
  return loaded.worksheets.map((ws) => ({ part: partOfId.get(ws.id) as number, name: ws.name }));
}

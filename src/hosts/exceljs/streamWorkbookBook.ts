import { noAttachments, readAttachment, reconcileAttachments, type Attachments } from "./streamWorkbookAttachments";
import { READER_SHEET } from "./sheetPartName";
import { parsePart, type PackagePart } from "./streamWorkbookPackage";
import {
  RelationshipsXform,
  SharedStringsXform,
  StylesXform,
  WorkbookXform,
  type Relationship,
  type SharedStringsTable,
  type StylesTable,
  type WorkbookModel,
} from "./streamWorkbookInternals";

/**
 * Everything of a package but its sheets' cells: the workbook part (sheet names, order, the
 * date system), the shared strings and styles the cells refer to, and which parts are sheets.
 * Parts are taken by the names ExcelJS's document reader looks for, with its patterns, so that
 * the same parts count (a sheet part not named `sheetN.xml` is no sheet to either reader).
 */
export interface SheetPart {
  part: PackagePart;
  /** The N of `sheetN.xml`, which pairs the part with its relationships. */
  sheetNo: string;
}

export interface BookParts {
  workbook: WorkbookModel | null | undefined;
  workbookRels: Relationship[] | null;
  /** Parsers of ExcelJS holding the parts' content, handed to its cell parser as they are. */
  sharedStrings: SharedStringsTable | undefined;
  styles: StylesTable | undefined;
  sheets: SheetPart[];
  sheetRels: Map<string, Relationship[] | null>;
  /** Drawings, comments, notes, tables and images, for the failures ExcelJS raises on them. */
  attachments: Attachments;
}

const SHEET_RELS = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/;

/** Whether readBookParts takes the part for a sheet, whose cells are then read. */
export function isSheetPart(name: string): boolean {
  return READER_SHEET.test(name);
}
/** Reads every part but the sheets, which are only listed, and checks that every part unpacks. */
export async function readBookParts(parts: readonly PackagePart[]): Promise<BookParts> {
  const book: BookParts = {
    workbook: null,
    workbookRels: null,
    sharedStrings: undefined,
    styles: undefined,
    sheets: [],
    sheetRels: new Map(),
    attachments: noAttachments(),
  };
  for (const part of parts) {
    const sheet = READER_SHEET.exec(part.name);
    const sheetRels = SHEET_RELS.exec(part.name);
    if (part.name === "xl/workbook.xml") book.workbook = await parsePart(part, new WorkbookXform());
    else if (part.name === "xl/_rels/workbook.xml.rels")
      book.workbookRels = await parsePart(part, new RelationshipsXform());
    else if (part.name === "xl/sharedStrings.xml") {
      const xform = new SharedStringsXform();
      await parsePart(part, xform);
      book.sharedStrings = xform;
    } else if (part.name === "xl/styles.xml") {
      const xform = new StylesXform();
      await parsePart(part, xform);
      book.styles = xform;
    } else if (sheet?.[1] !== undefined) book.sheets.push({ part, sheetNo: sheet[1] });
    else if (sheetRels?.[1] !== undefined)
      book.sheetRels.set(sheetRels[1], await parsePart(part, new RelationshipsXform()));
    else await readAttachment(part, book.attachments);
  }
  reconcileAttachments(book.attachments, book.styles);
  return book;
}

import { a1, columnLetters } from "../../core/model/address";
import type { PlanLooseCell, PlanSheet, PlanTable } from "../../core/plan/writePlan";
import { planCellXml } from "./cellXml";
import {
  colsXml,
  conditionalFormattingXml,
  dataValidationsXml,
  pageSetupXml,
  sheetPrXml,
  sheetViewsXml,
} from "./sheetFrameXml";
import type { StyleRegistry } from "./styleRegistry";
import { tableCellWriter, type TableCellWriter } from "./tableCellsXml";

export { sheetHasNotes } from "./notesXml";

/** The relationship ids, in the sheet's own rels part, of its table and of its notes' VML drawing. */
export interface SheetPartRefs {
  tableRelId: string;
  notesRelId: string | null;
  /** The drawing that holds the sheet's charts, if it has any. */
  drawingRelId?: string | null;
}

/**
 * A plan sheet's worksheet part (`xl/worksheets/sheetN.xml`), yielded a row at a time so that the
 * package writer can deflate it as it comes: a district's 测评明细 sheet is over a hundred
 * megabytes of XML, never held whole. Rows are not joined into larger strings here: V8 makes a
 * string of more than a few tens of kilobytes much more slowly than many small ones (joining 256
 * rows and encoding them took 3 of the 7 seconds of the write at 20,000 cadres; the package
 * writer encodes each row straight into its batch of bytes). Children in schema order: sheetPr, dimension,
 * sheetViews, sheetFormatPr, cols, sheetData, conditionalFormatting, dataValidations,
 * pageMargins, pageSetup, headerFooter, drawing, legacyDrawing, tableParts.
 */
export function* worksheetXml(sheet: PlanSheet, styles: StyleRegistry, refs: SheetPartRefs): Generator<string> {
  const table = tableCellWriter(sheet.table, styles);
  const loose = looseByRow(sheet.loose, styles);
  yield (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    sheetPrXml(sheet) +
    `<dimension ref="${dimension(table, sheet.loose)}"/>` +
    sheetViewsXml(sheet) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    colsXml(sheet) +
    "<sheetData>"
  );
  for (const row of rowNumbers(
    table,
    [...loose.keys()].sort((a, b) => a - b),
  )) {
    yield rowXml(row, table, loose.get(row), sheet.table.rowHeights);
  }
  yield (
    "</sheetData>" +
    conditionalFormattingXml(sheet, styles) +
    dataValidationsXml(sheet) +
    pageSetupXml(sheet) +
    (refs.drawingRelId == null ? "" : `<drawing r:id="${refs.drawingRelId}"/>`) +
    (refs.notesRelId === null ? "" : `<legacyDrawing r:id="${refs.notesRelId}"/>`) +
    `<tableParts count="1"><tablePart r:id="${refs.tableRelId}"/></tableParts>` +
    "</worksheet>"
  );
}

/** Loose cells as `<c>` text, by row, then by column; a later cell at the same address wins. */
function looseByRow(cells: readonly PlanLooseCell[], styles: StyleRegistry): Map<number, Map<number, string>> {
  const rows = new Map<number, Map<number, string>>();
  for (const cell of cells) {
    const style = styles.cellStyle({ numFmt: cell.numFmt, fill: cell.fill, bold: cell.bold });
    let row = rows.get(cell.row);
    if (row === undefined) rows.set(cell.row, (row = new Map<number, string>()));
    row.set(cell.col, planCellXml(a1(cell.row, cell.col), style, cell));
  }
  return rows;
}

/** Every row that holds a cell, ascending: loose rows above the table, the table's, loose rows below. */
function* rowNumbers(table: TableCellWriter, looseRows: readonly number[]): Generator<number> {
  const { headerRow, lastRow } = table.bounds;
  for (const row of looseRows) if (row < headerRow) yield row;
  for (let row = headerRow; row <= lastRow; row++) yield row;
  for (const row of looseRows) if (row > lastRow) yield row;
}

/** One `<row>`, as tall as the plan says: the table's cells of the row, with the loose cells of the row in column order. */
function rowXml(
  row: number,
  table: TableCellWriter,
  loose: Map<number, string> | undefined,
  heights: PlanTable["rowHeights"],
): string {
  const { headerRow, lastRow, firstCol, lastCol } = table.bounds;
  const inTable = row >= headerRow && row <= lastRow;
  let cells: string;
  if (loose === undefined) {
    cells = inTable ? table.rowCells(row).join("") : "";
  } else {
    const tableCells = inTable ? table.rowCells(row) : [];
    const before: string[] = [];
    const after: string[] = [];
    for (const col of [...loose.keys()].sort((a, b) => a - b)) {
      const xml = loose.get(col) ?? "";
      // A loose cell on a table cell replaces it, as it would overwrite it in any host.
      if (inTable && col >= firstCol && col <= lastCol) tableCells[col - firstCol] = xml;
      else (col < firstCol ? before : after).push(xml);
    }
    cells = before.join("") + tableCells.join("") + after.join("");
  }
  // The plan's heights start at the header row.
  const height = inTable ? heights?.[row - headerRow] : undefined;
  const ht = height === undefined || height === null ? "" : ` ht="${height}" customHeight="1"`;
  return cells === "" ? "" : `<row r="${row}"${ht}>${cells}</row>`;
}

/** The used range: the table (with its blank row when empty) and every loose cell. */
function dimension(table: TableCellWriter, loose: readonly PlanLooseCell[]): string {
  let { headerRow: top, lastRow: bottom, firstCol: left, lastCol: right } = table.bounds;
  for (const cell of loose) {
    top = Math.min(top, cell.row);
    bottom = Math.max(bottom, cell.row);
    left = Math.min(left, cell.col);
    right = Math.max(right, cell.col);
  }
  return `${columnLetters(left)}${top}:${columnLetters(right)}${bottom}`;
}

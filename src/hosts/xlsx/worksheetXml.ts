import { columnLetters } from "../../core/model/address";
import { TABLE_VERTICAL_ALIGNMENT } from "../../core/plan/kaoheSheets";
import type { PlanLooseCell, PlanSheet, PlanTable } from "../../core/plan/writePlan";
import { cellOpening, writePlanCell } from "./cellXml";
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
import { XmlBytes } from "./xmlBytes";

export { sheetHasNotes } from "./notesXml";

/** The relationship ids, in the sheet's own rels part, of its table and of its notes' VML drawing. */
export interface SheetPartRefs {
  tableRelId: string;
  notesRelId: string | null;
  /** The drawing that holds the sheet's charts, if it has any. */
  drawingRelId?: string | null;
}

/**
 * A plan sheet's worksheet part (`xl/worksheets/sheetN.xml`) as UTF-8, yielded in batches of
 * whole rows so that the package writer can deflate it as it comes: a district's 测评明细 sheet is
 * over a hundred megabytes of XML, never held whole. The rows are written as bytes (xmlBytes.ts),
 * not as strings: V8 makes a string of more than a few tens of kilobytes much more slowly than
 * small ones (joining 256 rows and encoding them took 3 of the write's 7 seconds at 20,000
 * cadres), and a few small strings per cell were most of the rest, with their garbage.
 * Children in schema order: sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData,
 * conditionalFormatting, dataValidations, pageMargins, pageSetup, headerFooter, rowBreaks, drawing,
 * legacyDrawing, tableParts.
 */
export function* worksheetXml(sheet: PlanSheet, styles: StyleRegistry, refs: SheetPartRefs): Generator<Uint8Array> {
  const table = tableCellWriter(sheet.table, styles);
  const loose = looseByRow(sheet.loose, styles);
  const out = new XmlBytes();
  out.text(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      sheetPrXml(sheet) +
      `<dimension ref="${dimension(table, sheet.loose)}"/>` +
      sheetViewsXml(sheet) +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      colsXml(sheet) +
      "<sheetData>",
  );
  const looseHeights = new Map((sheet.looseRowHeights ?? []).map((h) => [h.row, h.points]));
  for (const row of rowNumbers(
    table,
    [...loose.keys()].sort((a, b) => a - b),
  )) {
    writeRow(out, row, table, loose.get(row), sheet.table.rowHeights, looseHeights);
    if (out.full) yield out.take();
  }
  out.text(
    "</sheetData>" +
      conditionalFormattingXml(sheet, styles) +
      dataValidationsXml(sheet) +
      pageSetupXml(sheet) +
      (refs.drawingRelId == null ? "" : `<drawing r:id="${refs.drawingRelId}"/>`) +
      (refs.notesRelId === null ? "" : `<legacyDrawing r:id="${refs.notesRelId}"/>`) +
      `<tableParts count="1"><tablePart r:id="${refs.tableRelId}"/></tableParts>` +
      "</worksheet>",
  );
  yield out.take();
}

/** A loose cell with its style worked out. */
interface StyledCell {
  cell: PlanLooseCell;
  style: number;
}

/** Loose cells by row, then by column; a later cell at the same address wins. */
function looseByRow(cells: readonly PlanLooseCell[], styles: StyleRegistry): Map<number, Map<number, StyledCell>> {
  const rows = new Map<number, Map<number, StyledCell>>();
  for (const cell of cells) {
    // A wrapped cell sits centred in its tall row, as a table's cells do.
    const wrap = cell.wrap === true ? ({ wrap: true, vertical: TABLE_VERTICAL_ALIGNMENT } as const) : {};
    const style = styles.cellStyle({
      numFmt: cell.numFmt,
      fill: cell.fill,
      bold: cell.bold,
      horizontal: cell.horizontal,
      ...wrap,
    });
    let row = rows.get(cell.row);
    if (row === undefined) rows.set(cell.row, (row = new Map<number, StyledCell>()));
    row.set(cell.col, { cell, style });
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

/**
 * One `<row>`, as tall as the plan says: the table's cells of the row, with the loose cells of the
 * row in column order. A row that holds no cell is not written.
 */
function writeRow(
  out: XmlBytes,
  row: number,
  table: TableCellWriter,
  loose: Map<number, StyledCell> | undefined,
  heights: PlanTable["rowHeights"],
  looseHeights: ReadonlyMap<number, number>,
): void {
  const { headerRow, lastRow, firstCol, lastCol } = table.bounds;
  const inTable = row >= headerRow && row <= lastRow;
  const start = out.length;
  out.ascii('<row r="');
  out.int(row);
  // The table's heights start at the header row; rows outside it have the sheet's own.
  const height = inTable ? heights?.[row - headerRow] : looseHeights.get(row);
  if (height === undefined || height === null) out.ascii('">');
  else out.ascii(`" ht="${height}" customHeight="1">`);
  const cellsStart = out.length;
  const writeLoose = (col: number) => {
    const styled = loose?.get(col);
    if (styled !== undefined) writePlanCell(out, cellOpening(columnLetters(col)), row, styled.style, styled.cell);
  };
  const looseCols = loose === undefined ? [] : [...loose.keys()].sort((a, b) => a - b);
  if (!inTable) for (const col of looseCols) writeLoose(col);
  else {
    for (const col of looseCols) if (col < firstCol) writeLoose(col);
    for (let col = firstCol; col <= lastCol; col++) {
      // A loose cell on a table cell replaces it, as it would overwrite it in any host.
      if (loose?.has(col) === true) writeLoose(col);
      else table.writeCell(out, row, col - firstCol);
    }
    for (const col of looseCols) if (col > lastCol) writeLoose(col);
  }
  if (out.length === cellsStart) out.rewind(start);
  else out.ascii("</row>");
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

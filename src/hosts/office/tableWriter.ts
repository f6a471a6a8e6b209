import { a1, columnLetters } from "../../core/model/address";
import { toR1C1 } from "../../core/plan/formulaR1C1";
import type { PlanSheetOutline, TableBlock } from "../../core/plan/planOutline";
import type { PlanCell } from "../../core/plan/writePlan";
import { blocksFrom } from "../../taskpane/review/planSource";
import { cellFormat, columnWidthPoints, TEXT_FORMAT } from "./cellEncoding";
import type { ProgressTotal } from "./progressTotal";
import { fillRange } from "./rangeFill";
import type { OperationQueue } from "./requestBatcher";
import { actionBytes } from "./requestSize";
import { encodeRows, valueRuns } from "./tableRows";
import { dataFill, headerFill, TABLE_STYLE, VERTICAL_ALIGNMENT } from "./tableStyle";
import type { WriteContext } from "./writeContext";

/** Where a table's rows come from as its cells are written: one block at a time (planSource.ts). */
export type BlockFetch = (block: TableBlock) => Promise<PlanCell[][]>;

/**
 * A plan sheet's table in two parts. The cells (header, data rows with formats first so that
 * text stays text, fills) go wherever the run writes its content, a hidden sheet on a re-run;
 * the table object and the column widths belong to the sheet the user sees, as a copy carries
 * neither. Value columns go in as few requests as their size allows, each block of rows fetched
 * and encoded as it is queued; a formula column is one R1C1 text assigned to its whole range, a
 * few bytes however long the table. Without `pull` (the progress bar's estimate, before any row
 * is fetched) the value columns are counted by `total`'s guess instead.
 */
export async function writeTableCells(
  b: OperationQueue,
  w: WriteContext,
  sheet: PlanSheetOutline,
  target: string,
  rows: { pull: BlockFetch | null; total: ProgressTotal },
): Promise<void> {
  const { table } = sheet;
  const width = table.columns.length;
  if (width === 0) return;
  const top = table.anchorRow - 1;
  const left = table.anchorCol - 1;

  const headers = table.columns.map((c) => c.header);
  const headerFormats = headers.map(() => TEXT_FORMAT);
  await b.add(actionBytes(5, target, headers, headerFormats), () => {
    const range = w.sheet(target).getRangeByIndexes(top, left, 1, width);
    range.numberFormat = [headerFormats];
    range.formulas = [headers];
    range.format.font.bold = true;
  });

  for (const run of valueRuns(table)) {
    const key = `${target}\u0001${run.first}`;
    const columns = table.columns.slice(run.first, run.last + 1);
    if (rows.pull === null) {
      rows.total.expect(key, table.rowCount, columns.length);
      continue;
    }
    for await (const block of blocksFrom(rows.pull, table.rowCount, run.first, run.last)) {
      const encoded = encodeRows({ columns, rows: block.cells }, { first: 0, last: columns.length - 1 });
      rows.total.observe(key, block.cells.length, encoded.rowBytes);
      await b.addRows(encoded.rowBytes, actionBytes(4, target), (from, to) => {
        const range = w
          .sheet(target)
          .getRangeByIndexes(top + 1 + block.from + from, left + run.first, to - from, columns.length);
        range.numberFormat = encoded.formats(from, to);
        range.formulas = encoded.entries(from, to);
      });
    }
  }

  if (table.rowCount > 0) {
    for (const [c, column] of table.columns.entries()) {
      if (column.formula === undefined) continue;
      const format = cellFormat({ value: null }, column);
      const r1c1 = `=${toR1C1(column.formula, table.anchorRow + 1, table.anchorCol + c)}`;
      await b.add(actionBytes(3, target, format, r1c1), () => {
        fillRange(w.sheet(target).getRangeByIndexes(top + 1, left + c, table.rowCount, 1), format, r1c1);
      });
    }
  }

  const rowSpan = Math.max(table.rowCount, 1);
  // Alignment on whole ranges, a few bytes however long the table: the header row wraps, and
  // every cell, header and data, wrapped or not, is centred vertically.
  await b.add(actionBytes(6, target, VERTICAL_ALIGNMENT), () => {
    const ws = w.sheet(target);
    ws.getRangeByIndexes(top, left, 1, width).format.wrapText = true;
    ws.getRangeByIndexes(top, left, 1 + rowSpan, width).format.verticalAlignment = VERTICAL_ALIGNMENT;
  });
  for (const [c, column] of table.columns.entries()) {
    const fill = dataFill(column);
    await b.add(actionBytes(3 + (fill === null ? 0 : 2) + (column.wrap === true ? 2 : 0), target), () => {
      const ws = w.sheet(target);
      ws.getRangeByIndexes(top, left + c, 1, 1).format.fill.color = headerFill(column);
      if (fill !== null) ws.getRangeByIndexes(top + 1, left + c, rowSpan, 1).format.fill.color = fill;
      if (column.wrap === true) ws.getRangeByIndexes(top + 1, left + c, rowSpan, 1).format.wrapText = true;
    });
  }
}

/** The Excel table over the header and rows, and the column widths, on the sheet the user sees. */
export async function writeTableFrame(b: OperationQueue, w: WriteContext, sheet: PlanSheetOutline): Promise<void> {
  const { table } = sheet;
  const width = table.columns.length;
  if (width === 0) return;
  const lastRow = table.anchorRow + Math.max(table.rowCount, 1);
  const address = `${a1(table.anchorRow, table.anchorCol)}:${a1(lastRow, table.anchorCol + width - 1)}`;
  await b.add(actionBytes(4, sheet.name, address, table.name, TABLE_STYLE), () => {
    const added = w.sheet(sheet.name).tables.add(address, true);
    added.name = table.name;
    added.style = TABLE_STYLE;
  });
  const widths = table.columns.map((column) => columnWidthPoints(column.width));
  await b.add(actionBytes(widths.length, sheet.name, widths), () => {
    const ws = w.sheet(sheet.name);
    widths.forEach((points, c) => {
      const letter = columnLetters(table.anchorCol + c);
      ws.getRange(`${letter}:${letter}`).format.columnWidth = points;
    });
  });
}

import { a1, columnLetters } from "../../core/model/address";
import type { PlanCell, PlanSheet } from "../../core/plan/writePlan";
import { cellFormat, columnWidthPoints, formulaEntry, TEXT_FORMAT } from "./cellEncoding";
import type { OperationQueue } from "./requestBatcher";
import { actionBytes, payloadBytes } from "./requestSize";
import type { WriteContext } from "./writeContext";

/**
 * Writes a plan sheet's table: header, data rows (formats first, so text stays text), the
 * Excel table over them, column widths and the rows' hyperlinks. Data rows go in as few
 * requests as their size allows.
 */
export async function writeTable(b: OperationQueue, w: WriteContext, sheet: PlanSheet): Promise<void> {
  const { table } = sheet;
  const width = table.columns.length;
  if (width === 0) return;
  const top = table.anchorRow - 1;
  const left = table.anchorCol - 1;

  const headers = table.columns.map((c) => c.header);
  const headerFormats = headers.map(() => TEXT_FORMAT);
  await b.add(actionBytes(5, sheet.name, headers, headerFormats), () => {
    const range = w.sheet(sheet.name).getRangeByIndexes(top, left, 1, width);
    range.numberFormat = [headerFormats];
    range.formulas = [headers];
    range.format.font.bold = true;
  });

  const entries = table.rows.map((row) => row.map(formulaEntry));
  const formats = table.rows.map((row) => row.map((cell, c) => cellFormat(cell, table.columns[c])));
  const rowBytes = entries.map((row, r) => payloadBytes(row) + payloadBytes(formats[r]));
  await b.addRows(rowBytes, actionBytes(4, sheet.name), (from, to) => {
    const range = w.sheet(sheet.name).getRangeByIndexes(top + 1 + from, left, to - from, width);
    range.numberFormat = formats.slice(from, to);
    range.formulas = entries.slice(from, to);
  });

  const lastRow = table.anchorRow + Math.max(table.rows.length, 1);
  const address = `${a1(table.anchorRow, table.anchorCol)}:${a1(lastRow, table.anchorCol + width - 1)}`;
  await b.add(actionBytes(3, sheet.name, address, table.name), () => {
    const added = w.sheet(sheet.name).tables.add(address, true);
    added.name = table.name;
  });

  const widths = table.columns.map((c) => columnWidthPoints(c.width));
  await b.add(actionBytes(3 * width, sheet.name, widths), () => {
    const ws = w.sheet(sheet.name);
    widths.forEach((points, c) => {
      const letter = columnLetters(table.anchorCol + c);
      ws.getRange(`${letter}:${letter}`).format.columnWidth = points;
    });
  });

  await writeTableLinks(b, w, sheet);
}

async function writeTableLinks(b: OperationQueue, w: WriteContext, sheet: PlanSheet): Promise<void> {
  const { table } = sheet;
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell?.link === undefined) continue;
      const address = a1(table.anchorRow + 1 + r, table.anchorCol + c);
      const link = hyperlinkOf(cell, cell.link);
      await b.add(actionBytes(3, sheet.name, address, link), () => {
        w.sheet(sheet.name).getRange(address).hyperlink = link;
      });
    }
  }
}

/**
 * An internal link to `target`. Its text is the cell's value, which it keeps; a formula
 * cell gets no text, so the link does not replace the formula.
 */
export function hyperlinkOf(cell: PlanCell, target: string): Excel.RangeHyperlink {
  const link: Excel.RangeHyperlink = { documentReference: target };
  if (cell.formula === undefined && cell.value !== null) link.textToDisplay = String(cell.value);
  return link;
}

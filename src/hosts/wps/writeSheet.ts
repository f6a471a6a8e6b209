import { a1, columnLetters } from "../../core/model/address";
import { tableFormulas } from "../../core/plan/cellFormula";
import { HEADER_FILL, INPUT_FILL, TABLE_VERTICAL_ALIGNMENT } from "../../core/plan/kaoheSheets";
import { looseRowRanges } from "../../core/plan/looseRowRanges";
import { rowList } from "../../core/plan/planRows";
import type { PlanCell, PlanSheet, PlanTable } from "../../core/plan/writePlan";
import { drawChart } from "./etCharts";
import { blockAddress, type Block, type EtBook } from "./etFacade";
import { columnFormat, entryOf, listSource, textEntry, type Entry } from "./planEntries";

/** Cells per `Formula` write: one call carries a block this size. */
export const CELLS_PER_WRITE = 50_000;

/** The table style the other hosts give Kaohe's tables. */
export const TABLE_STYLE = "TableStyleLight1";

/**
 * One plan sheet written through the facade, as the other hosts write it: the header and data
 * rows as 2-D blocks, number formats and fills per column (or per run of cells that differ from
 * their column), the table, loose cells, formula highlights, drop-downs, frozen panes, the
 * print setup, header notes and charts. `step` is awaited after each block of rows: progress, and a chance to stop.
 */
export async function writeSheet(
  book: EtBook,
  sheet: PlanSheet,
  step: (cells: number) => Promise<void>,
): Promise<void> {
  await writeTable(book, sheet.name, sheet.table, step);
  for (const cell of sheet.loose) {
    const address = a1(cell.row, cell.col);
    if (cell.numFmt !== undefined) book.setNumberFormat(sheet.name, address, cell.numFmt);
    book.writeEntries(sheet.name, { top: cell.row, left: cell.col, rows: 1, cols: 1 }, [[entryOf(cell)]]);
    if (cell.fill !== undefined) book.fill(sheet.name, address, cell.fill);
    if (cell.bold === true) book.bold(sheet.name, address);
    // A wrapped cell sits centred in its tall row, as a table's cells do.
    if (cell.wrap === true) {
      book.wrap(sheet.name, address);
      book.alignVertically(sheet.name, address, TABLE_VERTICAL_ALIGNMENT);
    }
    if (cell.horizontal === "right") book.alignRight(sheet.name, address);
  }
  // The rows the plan makes taller for their wrapped text, fitted by WPS as the Office host has
  // Excel fit them: the table's (one call however long it is), then each of the loose rows.
  const { table } = sheet;
  if (table.rowHeights !== undefined && table.columns.length > 0) {
    const last = table.anchorRow + Math.max(table.rows.length, 1);
    book.autofitRows(
      sheet.name,
      `${a1(table.anchorRow, table.anchorCol)}:${a1(last, table.anchorCol + table.columns.length - 1)}`,
    );
  }
  for (const address of looseRowRanges(sheet)) book.autofitRows(sheet.name, address);
  for (const cf of [...sheet.conditionalFormats].sort((x, y) => x.priority - y.priority)) {
    book.addFormulaRule(sheet.name, cf.ref, cf.formula, cf.fill, cf.fontColor, cf.priority);
  }
  for (const v of sheet.validations) {
    book.addListValidation(sheet.name, v.ref, listSource(v.list), v.prompt, v.error);
  }
  if (sheet.freeze.rows > 0 || sheet.freeze.cols > 0) book.freeze(sheet.name, sheet.freeze.rows, sheet.freeze.cols);
  book.pageSetup(sheet.name, sheet.print);
  for (const [c, column] of sheet.table.columns.entries()) {
    if (column.note !== undefined)
      book.note(sheet.name, a1(sheet.table.anchorRow, sheet.table.anchorCol + c), column.note);
  }
  for (const chart of sheet.charts ?? []) drawChart(book, sheet.name, chart);
}

async function writeTable(
  book: EtBook,
  name: string,
  table: PlanTable,
  step: (cells: number) => Promise<void>,
): Promise<void> {
  const width = table.columns.length;
  if (width === 0) return;
  // Each row made once (PlanRows): its own formats are found before its values are written.
  const list = rowList(table.rows);
  const header: Block = { top: table.anchorRow, left: table.anchorCol, rows: 1, cols: width };
  book.writeEntries(name, header, [table.columns.map((c) => textEntry(c.header))]);
  book.bold(name, blockAddress(header));
  book.wrap(name, blockAddress(header));

  // An empty table keeps one blank data row, as the other hosts write it: the formulas' ranges stay valid.
  const rows = Math.max(table.rows.length, 1);
  const data: Block = { top: table.anchorRow + 1, left: table.anchorCol, rows, cols: width };
  // Header and data in one call: every cell of the table sits alike in a tall row.
  book.alignVertically(name, blockAddress({ ...header, rows: 1 + rows }), TABLE_VERTICAL_ALIGNMENT);
  for (const [c, column] of table.columns.entries()) {
    const letter = columnLetters(table.anchorCol + c);
    book.columnWidth(name, `${letter}:${letter}`, column.width);
    book.fill(name, a1(table.anchorRow, table.anchorCol + c), HEADER_FILL[column.role]);
    const cells = `${letter}${data.top}:${letter}${data.top + rows - 1}`;
    book.setNumberFormat(name, cells, columnFormat(column));
    if (column.role === "input") book.fill(name, cells, INPUT_FILL);
    // Long text (说明, 考核状态, 汇总's units) wraps down its rows, as in the other hosts.
    if (column.wrap === true) book.wrap(name, cells);
    for (const run of ownFormatRuns(list, c)) {
      book.setNumberFormat(name, `${letter}${data.top + run.from}:${letter}${data.top + run.to - 1}`, run.format);
    }
  }

  const formulaAt = table.rows.length > 0 ? tableFormulas(table) : () => undefined;
  const perWrite = Math.max(1, Math.floor(CELLS_PER_WRITE / width));
  for (let from = 0; from < table.rows.length; from += perWrite) {
    const to = Math.min(from + perWrite, table.rows.length);
    const entries: Entry[][] = [];
    for (let r = from; r < to; r++) {
      entries.push((list[r] ?? []).map((cell, c) => entryOf(cell, formulaAt(r, c, cell))));
    }
    book.writeEntries(name, { ...data, top: data.top + from, rows: to - from }, entries);
    await step((to - from) * width);
  }
  book.addTable(
    name,
    `${a1(header.top, header.left)}:${a1(data.top + rows - 1, header.left + width - 1)}`,
    table.name,
    TABLE_STYLE,
  );
}

/** Runs of rows in column `c` whose cells carry their own number format (a month-only date). */
function ownFormatRuns(
  rows: ReadonlyArray<readonly PlanCell[]>,
  c: number,
): { from: number; to: number; format: string }[] {
  const runs: { from: number; to: number; format: string }[] = [];
  rows.forEach((row, r) => {
    const format = row[c]?.numFmt;
    if (format === undefined) return;
    const last = runs[runs.length - 1];
    if (last !== undefined && last.to === r && last.format === format) last.to = r + 1;
    else runs.push({ from: r, to: r + 1, format });
  });
  return runs;
}

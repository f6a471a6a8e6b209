import { fromDayNumber, fromExcelSerial } from "../../core/model/calendarDate";
import type { GridValue } from "../../core/model/sheetGrid";
// The date test of number formats is the same rule for every host that reads serial numbers.
import { isDateFormat } from "../office/gridValues";
import { scanFormats } from "./blockScan";
import type { Block, EtBook } from "./etFacade";
import { errorCodeOf, gridValueOf } from "./etValues";

/**
 * One block of a sheet as grid values, in few calls: `Value2` of the whole block (one call);
 * the shown text of the rare cells whose number looks like an error code; and the number
 * formats of each run of numbers down a column by scanFormats, to tell dates (serial numbers
 * with a date format) from numbers, as the other hosts hand the reader dates. Blank cells'
 * formats do not matter, so they never split a run's question.
 */
export function readBlock(book: EtBook, sheet: string, block: Block, date1904: boolean): GridValue[][] {
  const raw = book.values(sheet, block);
  const rows: GridValue[][] = [];
  /** Per column, runs of consecutive rows holding numbers. */
  const numericRuns = new Map<number, { first: number; last: number }[]>();
  for (let r = 0; r < block.rows; r++) {
    const source = raw[r] ?? [];
    const row: GridValue[] = [];
    for (let c = 0; c < block.cols; c++) {
      const value = source[c];
      if (typeof value === "number") {
        const isError = errorCodeOf(value) !== null && book.isErrorCell(sheet, block.top + r, block.left + c, value);
        row.push(gridValueOf(value, isError));
        if (!isError) {
          const runs = numericRuns.get(c) ?? [];
          const last = runs[runs.length - 1];
          if (last !== undefined && last.last === r - 1) last.last = r;
          else runs.push({ first: r, last: r });
          numericRuns.set(c, runs);
        }
      } else {
        row.push(gridValueOf(value, false));
      }
    }
    rows.push(row);
  }
  for (const [c, span] of [...numericRuns].flatMap(([c, runs]) => runs.map((run) => [c, run] as const))) {
    const column: Block = {
      top: block.top + span.first,
      left: block.left + c,
      rows: span.last - span.first + 1,
      cols: 1,
    };
    for (const run of scanFormats(column, (b) => book.numberFormat(sheet, b))) {
      if (!isDateFormat(run.format)) continue;
      for (let r = run.top - block.top; r < run.top - block.top + run.rows; r++) {
        const row = rows[r];
        const value = row?.[c];
        if (row !== undefined && typeof value === "number") {
          const { y, m, d } = fromDayNumber(fromExcelSerial(value, date1904));
          row[c] = { kind: "date", y, m, d };
        }
      }
    }
  }
  return rows;
}

import { clipText } from "./planCells";
import type { PlanCell, PlanLooseCell, PlanRowHeight, PlanTable } from "./writePlan";

/**
 * The heights a table's wrapped rows need, so that 说明 and 考核状态 read in full on screen and
 * on paper. A column's width counts digit widths; a Chinese character takes about two.
 */
const LINE_POINTS = 15;
/** A row grows to at most this many lines: a longer text is rare and still readable in the cell. */
const MAX_LINES = 8;

function textWidth(text: string, from: number, to: number): number {
  // By UTF-16 unit, a surrogate pair counted as the one wide character it is, as a lone surrogate is.
  let width = 0;
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < to) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    width += unit > 0x2e7f ? 2 : 1;
  }
  return width;
}

/** Lines a text takes in a column `width` characters wide, explicit line breaks included. */
export function linesOf(text: string, width: number): number {
  // A cell's padding takes about one character of its width.
  const room = Math.max(width - 1, 1);
  // Most cells are one short line: no text of at most `room` characters can be wider than `room` / 2 … room.
  if (text.length * 2 <= room && !text.includes("\n")) return 1;
  // Line by line, without splitting the text: the source column's text of each of 100,000 rows comes here.
  let lines = 0;
  for (let from = 0; ;) {
    const end = text.indexOf("\n", from);
    const to = end === -1 ? text.length : end;
    lines += Math.max(1, Math.ceil(textWidth(text, from, to) / room));
    if (end === -1) return lines;
    from = end + 1;
  }
}

/** A text that begins many rows' texts, measured once: its width, or null when it breaks a line. */
export interface MeasuredHead {
  text: string;
  width: number | null;
}

export function measuredHead(text: string): MeasuredHead {
  const last = text.charCodeAt(text.length - 1);
  // A high surrogate last would pair with a tail's low one: such a head is measured with its tail.
  const open = last >= 0xd800 && last <= 0xdbff;
  return { text, width: open || text.includes("\n") ? null : textWidth(text, 0, text.length) };
}

/**
 * Lines of the text `head.text + tail`, as `linesOf` gives them, without putting it together when
 * neither part breaks a line: widths add up (no wide character straddles the two parts, a head's
 * last unit being a whole character), so only the tail is measured for each row.
 */
export function linesAfter(head: MeasuredHead, tail: string, width: number): number {
  if (head.width === null || tail.includes("\n")) return linesOf(head.text + tail, width);
  const room = Math.max(width - 1, 1);
  return Math.max(1, Math.ceil((head.width + textWidth(tail, 0, tail.length)) / room));
}

/**
 * The lines of one wrapped column's text in each data row (0-based), told by the sheet that
 * makes the rows without making their cells: 考核对象's texts read from the subjects
 * (textLines), 测评明细's source text measured from its parts (measuredHead, linesAfter).
 */
export interface ColumnLines {
  /** 0-based column of the table. */
  column: number;
  lines: (index: number, width: number) => number;
}

/**
 * Lines told from each row's text, read without making its cell (a blank as null), for one
 * column: a text equal to the row above's is not measured again, as rowHeights does for the
 * cells it reads.
 */
export function textLines(column: number, textOf: (index: number) => string | null): ColumnLines {
  let last = { text: "", lines: 1 };
  return {
    column,
    lines: (index, width) => {
      const text = textOf(index);
      if (text === null) return 1;
      // What the cell holds: a text longer than a cell holds is cut (planCells.ts).
      const value = clipText(text);
      if (value !== last.text) last = { text: value, lines: linesOf(value, width) };
      return last.lines;
    },
  };
}

function heightOf(lines: number): number | null {
  const capped = Math.min(MAX_LINES, Math.max(1, lines));
  return capped > 1 ? capped * LINE_POINTS : null;
}

export function rowHeights(table: PlanTable, told: readonly ColumnLines[] = []): (number | null)[] {
  // Every header cell wraps.
  const header = heightOf(Math.max(1, ...table.columns.map((c) => linesOf(c.header, c.width))));
  // Only the wrapped columns are looked at, found once: most tables have none or one of dozens.
  // A district's tables have 100,000 rows: each row is measured without building lists.
  // Each keeps its last text's lines: a subject's unit repeats on its rows of 测评明细.
  const wrapped = table.columns.flatMap((column, j) =>
    column.wrap === true && !told.some((t) => t.column === j) ? [{ j, width: column.width, text: "", lines: 1 }] : [],
  );
  const toldWrapped = told.flatMap((t) => {
    const column = table.columns[t.column];
    return column?.wrap === true ? [{ width: column.width, lines: t.lines }] : [];
  });
  // Index loops: an array iterator makes a result object per step until its loop is optimised.
  const { rows } = table;
  // Made at its length: pushing a district's 100,000 heights one by one took 3 to 4 times as long.
  const heights = new Array<number | null>(rows.length + 1);
  heights[0] = header;
  // Rows made as they are read give their wrapped cells alone (PlanRows.cell); a list its rows.
  const cellOf = rows.cell?.bind(rows);
  for (let i = 0; i < rows.length; i++) {
    const row = cellOf === undefined ? (rows.at(i) as readonly PlanCell[]) : null;
    let lines = 1;
    for (let w = 0; w < wrapped.length; w++) {
      const column = wrapped[w] as (typeof wrapped)[number];
      const value = (row === null ? cellOf?.(i, column.j) : row[column.j])?.value;
      if (typeof value !== "string") continue;
      if (value !== column.text) {
        column.text = value;
        column.lines = linesOf(value, column.width);
      }
      lines = Math.max(lines, column.lines);
    }
    for (let t = 0; t < toldWrapped.length; t++) {
      const column = toldWrapped[t] as (typeof toldWrapped)[number];
      lines = Math.max(lines, column.lines(i, column.width));
    }
    heights[i + 1] = heightOf(lines);
  }
  return heights;
}

/** A column without a width of the plan's is the hosts' default, 8.43 characters. */
export const DEFAULT_COLUMN_WIDTH = 8.43;

/** The width of a sheet's column (1-based): its table column's, else the hosts' default. */
export function columnWidthAt(table: Pick<PlanTable, "anchorCol" | "columns">, col: number): number {
  return table.columns[col - table.anchorCol]?.width ?? DEFAULT_COLUMN_WIDTH;
}

/**
 * The heights of the rows outside the table that their wrapped loose cells need (汇总's blocks),
 * each cell measured in the width of the column it sits in. Rows of the table keep its heights.
 */
export function looseRowHeights(table: PlanTable, loose: readonly PlanLooseCell[]): PlanRowHeight[] {
  // The rows the hosts write as the table's: its header to its last row, one blank row when empty.
  const top = table.anchorRow;
  const bottom = top + Math.max(table.rows.length, 1);
  const lines = new Map<number, number>();
  for (const cell of loose) {
    if (cell.wrap !== true || typeof cell.value !== "string" || (cell.row >= top && cell.row <= bottom)) continue;
    const n = linesOf(clipText(cell.value), columnWidthAt(table, cell.col));
    lines.set(cell.row, Math.max(lines.get(cell.row) ?? 1, n));
  }
  return [...lines]
    .sort(([a], [b]) => a - b)
    .flatMap(([row, n]) => {
      const points = heightOf(n);
      return points === null ? [] : [{ row, points }];
    });
}

import type { PlanTable } from "./writePlan";

/**
 * The heights a table's wrapped rows need, so that 说明 and 考核状态 read in full on screen and
 * on paper. A column's width counts digit widths; a Chinese character takes about two.
 */
const LINE_POINTS = 15;
/** A row grows to at most this many lines: a longer text is rare and still readable in the cell. */
const MAX_LINES = 8;

function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
  return width;
}

/** Lines a text takes in a column `width` characters wide, explicit line breaks included. */
function linesOf(text: string, width: number): number {
  // A cell's padding takes about one character of its width.
  const room = Math.max(width - 1, 1);
  // Most cells are one short line: no text of at most `room` characters can be wider than `room` / 2 … room.
  if (text.length * 2 <= room && !text.includes("\n")) return 1;
  return text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(textWidth(line) / room)), 0);
}

function heightOf(lines: number): number | null {
  const capped = Math.min(MAX_LINES, Math.max(1, lines));
  return capped > 1 ? capped * LINE_POINTS : null;
}

export function rowHeights(table: PlanTable): (number | null)[] {
  // Every header cell wraps.
  const header = heightOf(Math.max(1, ...table.columns.map((c) => linesOf(c.header, c.width))));
  // Only the wrapped columns are looked at, found once: most tables have none or one of dozens.
  // A district's tables have 100,000 rows: each row is measured without building lists.
  const wrapped = table.columns.flatMap((column, j) => (column.wrap === true ? [{ j, width: column.width }] : []));
  const heights: (number | null)[] = [header];
  for (const row of table.rows) {
    let lines = 1;
    for (const { j, width } of wrapped) {
      const value = row[j]?.value;
      if (typeof value === "string") lines = Math.max(lines, linesOf(value, width));
    }
    heights.push(heightOf(lines));
  }
  return heights;
}

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
  return text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(textWidth(line) / room)), 0);
}

export function rowHeights(table: PlanTable): (number | null)[] {
  const height = (texts: readonly { text: string; width: number }[]): number | null => {
    const lines = Math.min(MAX_LINES, Math.max(1, ...texts.map((t) => linesOf(t.text, t.width))));
    return lines > 1 ? lines * LINE_POINTS : null;
  };
  // Every header cell wraps.
  const header = height(table.columns.map((c) => ({ text: c.header, width: c.width })));
  // Only the wrapped columns are looked at, found once: most tables have none or one of dozens.
  const wrapped = table.columns.flatMap((column, j) => (column.wrap === true ? [{ j, width: column.width }] : []));
  const data = table.rows.map((row) =>
    height(
      wrapped.flatMap(({ j, width }) => {
        const value = row[j]?.value;
        return typeof value === "string" ? [{ text: value, width }] : [];
      }),
    ),
  );
  return [header, ...data];
}

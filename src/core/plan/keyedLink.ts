import { quoteSheet } from "../model/address";
import { FIRST_DATA_ROW } from "./kaoheSheets";
import { formulaCell } from "./planCells";
import { stringLiteral, type PlanCell } from "./writePlan";

/**
 * A link to a row of one of Kaohe's tables found by the row's key — 考核对象's ID, 单位名额's
 * 单位编号, 测评明细's 行号 — instead of its address. A clerk may sort those tables, and a sort
 * moves the rows without updating the links and references to the cells it moves: a fixed
 * address would then lead to another subject's 建议等次, where an edit changes the wrong person.
 * The keys are Kaohe's own (R1, 3, T12), never a person's typing, so a plain MATCH finds them.
 */
export interface KeyedRow {
  sheet: string;
  /** The linked cell's column letter. */
  column: string;
  /** The key column over the table's data rows, absolute: `'考核对象'!$A$5:$A$20`. */
  keys: string;
  key: string | number;
  /** The row the key is on as written, the link's cached place. */
  row: number;
}

/** The key's place among the table's data rows as the sheet now stands, 1 for the first. */
function keyedIndex(place: Pick<KeyedRow, "keys" | "key">): string {
  const key = typeof place.key === "number" ? String(place.key) : stringLiteral(place.key);
  return `MATCH(${key},${place.keys},0)`;
}

/** The key's row as the sheet now stands. */
export function keyedRow(place: Pick<KeyedRow, "keys" | "key">): string {
  return `${keyedIndex(place)}+${FIRST_DATA_ROW - 1}`;
}

/**
 * The link as a formula cell: it jumps to the key's row, and shows `text`, or else the cell's
 * address as the sheet now stands (`考核对象!T7`), cached as written. `rowAt` is a cell that
 * already holds keyedRow, when a row of the sheet uses it more than once.
 */
export function keyedLinkCell(place: KeyedRow, text?: string, rowAt?: string): PlanCell {
  const row = rowAt ?? `(${keyedRow(place)})`;
  const target = `${stringLiteral(`#${quoteSheet(place.sheet)}!${place.column}`)}&${row}`;
  const shown = text ?? `${place.sheet}!${place.column}${place.row}`;
  const label = text === undefined ? `${stringLiteral(`${place.sheet}!${place.column}`)}&${row}` : stringLiteral(text);
  return formulaCell(`HYPERLINK(${target},${label})`, shown);
}

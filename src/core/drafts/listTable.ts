import type { DraftColumn, DraftTable } from "./draftDocument";

/** A table with its column headers shown and one row per item: the drafts' lists of findings and subjects. */
export function listTable<T>(
  caption: string,
  columns: DraftColumn[],
  items: readonly T[],
  cellsOf: (item: T, index: number) => string[],
): DraftTable {
  return { caption, columns, header: true, rows: items.map((item, i) => ({ cells: cellsOf(item, i) })) };
}

import type { FakeSheet } from "../fakeExcel";
import { a1 } from "../../../src/core/model/address";

/** What a cell holds, as both hosts can say it: a formula (without `=`) or a value. */
export type CellContent = { formula: string } | { value: string | number | boolean };

/** Every non-empty cell of a fake sheet, by A1 address. */
export function fakeCells(sheet: FakeSheet): Map<string, CellContent> {
  const cells = new Map<string, CellContent>();
  for (const [key, cell] of sheet.cells) {
    const [row, col] = key.split(":").map(Number) as [number, number];
    if (cell.formula !== null) cells.set(a1(row, col), { formula: cell.formula });
    else if (cell.value !== null) cells.set(a1(row, col), { value: cell.value });
  }
  return cells;
}

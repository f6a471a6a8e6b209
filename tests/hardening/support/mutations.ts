import fc from "fast-check";
import type { GridValue, MergedArea, SheetGrid } from "../../../src/core/model/sheetGrid";
import { copyGrid } from "./sampleGrids";
import { nastyValue } from "./cellValues";

/**
 * Changes a clerk's copy of a sample workbook goes through: a cell overwritten with anything,
 * header cells swapped or deleted, rows deleted or blank rows inserted, a sheet copied under
 * the same name or renamed, odd merged areas, the table moved. Mutations are data, so that a
 * failing case prints what was done.
 */
export type Mutation =
  | { kind: "set"; grid: number; row: number; col: number; value: GridValue }
  | { kind: "swapHeader"; grid: number; a: number; b: number }
  | { kind: "deleteHeader"; grid: number; col: number }
  | { kind: "deleteRow"; grid: number; row: number }
  | { kind: "blankRows"; grid: number; row: number; count: number }
  | { kind: "duplicateSheet"; grid: number }
  | { kind: "renameSheet"; grid: number; name: string }
  | { kind: "merge"; grid: number; area: MergedArea }
  | { kind: "move"; grid: number; originRow: number; originCol: number };

/** Sheet names a workbook may hold: Kaohe's own, quotes, formula-like, long, empty. */
export const ODD_SHEET_NAMES = [
  "考核对象",
  "考核规则",
  "测评明细 ",
  "名册",
  "民主测评",
  "it's",
  'a"b',
  "=1+1",
  "#REF!",
  "Sheet1",
  "三十一个字符的工作表名称三十一个字符的工作表名称三十一",
  "",
];

/** The row of each sample grid that holds its (lowest) header row. */
export function headerRow(grid: SheetGrid): number {
  const at = grid.values.findIndex((row) => row.some((v) => v === "姓名" || v === "优秀" || v === "票号"));
  return Math.max(0, at);
}

export function mutationArb(grids: readonly SheetGrid[]): fc.Arbitrary<Mutation> {
  const grid = fc.integer({ min: 0, max: grids.length - 1 });
  const index = fc.integer({ min: 0, max: 24 });
  return fc.oneof(
    {
      arbitrary: fc.record({ kind: fc.constant("set" as const), grid, row: index, col: index, value: nastyValue }),
      weight: 6,
    },
    { arbitrary: fc.record({ kind: fc.constant("swapHeader" as const), grid, a: index, b: index }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant("deleteHeader" as const), grid, col: index }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant("deleteRow" as const), grid, row: index }), weight: 1 },
    {
      arbitrary: fc.record({
        kind: fc.constant("blankRows" as const),
        grid,
        row: index,
        count: fc.integer({ min: 1, max: 3 }),
      }),
      weight: 1,
    },
    { arbitrary: fc.record({ kind: fc.constant("duplicateSheet" as const), grid }), weight: 1 },
    {
      arbitrary: fc.record({
        kind: fc.constant("renameSheet" as const),
        grid,
        name: fc.constantFrom(...ODD_SHEET_NAMES),
      }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant("merge" as const),
        grid,
        area: fc.record({
          top: fc.integer({ min: -1, max: 20 }),
          left: fc.integer({ min: -1, max: 22 }),
          bottom: fc.integer({ min: -1, max: 22 }),
          right: fc.integer({ min: -1, max: 24 }),
        }),
      }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant("move" as const),
        grid,
        originRow: fc.integer({ min: 1, max: 1_048_000 }),
        originCol: fc.integer({ min: 1, max: 16_000 }),
      }),
      weight: 1,
    },
  );
}

function withRows(grid: SheetGrid, edit: (rows: GridValue[][]) => void): SheetGrid {
  const copy = copyGrid(grid);
  edit(copy.values as GridValue[][]);
  return copy;
}

/** Applies one mutation; a copied sheet goes right after its original. */
export function mutate(grids: readonly SheetGrid[], m: Mutation): SheetGrid[] {
  const target = grids[m.grid];
  if (target === undefined) return [...grids];
  const replaced = (next: SheetGrid[]) => [...grids.slice(0, m.grid), ...next, ...grids.slice(m.grid + 1)];
  const header = headerRow(target);
  switch (m.kind) {
    case "set":
      return replaced([
        withRows(target, (rows) => {
          while (rows.length <= m.row) rows.push([]);
          const row = rows[m.row] ?? [];
          while (row.length <= m.col) row.push(null);
          row[m.col] = m.value;
        }),
      ]);
    case "swapHeader":
      return replaced([
        withRows(target, (rows) => {
          const row = rows[header];
          if (row === undefined) return;
          [row[m.a], row[m.b]] = [row[m.b] ?? null, row[m.a] ?? null];
        }),
      ]);
    case "deleteHeader":
      return replaced([
        withRows(target, (rows) => {
          const row = rows[header];
          if (row !== undefined && m.col < row.length) row[m.col] = null;
        }),
      ]);
    case "deleteRow":
      return replaced([withRows(target, (rows) => rows.splice(m.row, 1))]);
    case "blankRows":
      return replaced([
        withRows(target, (rows) => rows.splice(m.row, 0, ...Array.from({ length: m.count }, () => []))),
      ]);
    case "duplicateSheet":
      return replaced([target, copyGrid(target)]);
    case "renameSheet":
      return replaced([copyGrid(target, { sheet: m.name })]);
    case "merge":
      return replaced([copyGrid(target, { merges: [...target.merges, m.area] })]);
    case "move":
      return replaced([copyGrid(target, { originRow: m.originRow, originCol: m.originCol })]);
  }
}

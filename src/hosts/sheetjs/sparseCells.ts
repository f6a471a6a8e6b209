import { INPUT_LIMITS } from "../../core/limits";
import type { GridValue } from "../../core/model/sheetGrid";
import type { Bounds, SparseSheet } from "../exceljs/gridFromWorksheet";

/**
 * A sheet of another format as the sparse sheet the ExcelJS readers build (exceljs/
 * gridFromWorksheet.ts), so the same `gridOfSheet` and the same limits make its grid: only
 * cells with a value, cells covered by a merge left out (as Excel shows them: empty), the used
 * range from the first value or merged area to the last, and merges in the order a loaded
 * worksheet meets them (by the first cell each one covers, row by row).
 */
export function sparseSheetOf(
  name: string,
  cells: ReadonlyArray<{ row: number; col: number; value: GridValue }>,
  merges: readonly Bounds[],
): SparseSheet {
  const areas = merges
    .filter((m) => m.bottom > m.top || m.right > m.left)
    .sort((a, b) => firstCovered(a) - firstCovered(b));
  const byRow = mergesByRow(areas);
  const covered = (row: number, col: number) =>
    (byRow.get(row) ?? []).some((m) => col >= m.left && col <= m.right && (row !== m.top || col !== m.left));
  const kept = areas.length === 0 ? [...cells] : cells.filter((c) => !covered(c.row, c.col));
  let used: Bounds | null = null;
  for (const c of kept) used = cover(used, { top: c.row, left: c.col, bottom: c.row, right: c.col });
  for (const m of areas) used = cover(used, m);
  return { name, cells: kept, merges: areas, used };
}

/** The merges over each row. A merge taller than a sheet may be is left out: the limits refuse the sheet anyway. */
function mergesByRow(areas: readonly Bounds[]): Map<number, Bounds[]> {
  const byRow = new Map<number, Bounds[]>();
  for (const m of areas) {
    if (m.bottom - m.top >= INPUT_LIMITS.rowsPerSheet) continue;
    for (let row = m.top; row <= m.bottom; row++) {
      const list = byRow.get(row);
      if (list === undefined) byRow.set(row, [m]);
      else list.push(m);
    }
  }
  return byRow;
}

/** Row-major position of the first cell a merge covers (the one right of, or below, its top-left). */
function firstCovered(m: Bounds): number {
  const row = m.right > m.left ? m.top : m.top + 1;
  const col = m.right > m.left ? m.left + 1 : m.left;
  return row * 20_000 + col;
}

function cover(a: Bounds | null, b: Bounds): Bounds {
  if (a === null) return { top: b.top, left: b.left, bottom: b.bottom, right: b.right };
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

import { parseA1 } from "../core/model/address";
import type { SheetGrid } from "../core/model/sheetGrid";

/**
 * The part of a grid inside `range` (`A3:P200`, a sheet prefix ignored), with its origin and
 * merges moved to match; null when the range is not an address or misses the grid.
 */
export function cropGrid(grid: SheetGrid, range: string): SheetGrid | null {
  const bare = range.slice(range.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [from, to] = bare.split(":");
  const a = parseA1(from ?? "");
  const b = parseA1(to ?? from ?? "");
  if (a === null || b === null) return null;
  const top = Math.max(Math.min(a.row, b.row), grid.originRow);
  const left = Math.max(Math.min(a.col, b.col), grid.originCol);
  const bottom = Math.min(Math.max(a.row, b.row), grid.originRow + grid.values.length - 1);
  const width = Math.max(0, ...grid.values.map((r) => r.length));
  const right = Math.min(Math.max(a.col, b.col), grid.originCol + width - 1);
  if (top > bottom || left > right) return null;
  const r0 = top - grid.originRow;
  const c0 = left - grid.originCol;
  const values = grid.values
    .slice(r0, bottom - grid.originRow + 1)
    .map((row) => row.slice(c0, right - grid.originCol + 1));
  const merges = grid.merges
    .map((m) => ({ top: m.top - r0, left: m.left - c0, bottom: m.bottom - r0, right: m.right - c0 }))
    .filter((m) => m.bottom >= 0 && m.right >= 0 && m.top < values.length && m.left < right - left + 1)
    .map((m) => ({
      top: Math.max(m.top, 0),
      left: Math.max(m.left, 0),
      bottom: Math.min(m.bottom, values.length - 1),
      right: Math.min(m.right, right - left),
    }));
  return { ...grid, originRow: top, originCol: left, values, merges };
}

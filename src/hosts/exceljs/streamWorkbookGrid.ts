import type { GridValue, MergedArea, SheetGrid } from "../../core/model/sheetGrid";
import type { Bounds } from "./gridFromWorksheet";
import { RangeClass, type CellRange } from "./streamWorkbookInternals";
import { DamagedPackageError } from "./streamWorkbookPackage";

/**
 * A sheet's values as its rows were read, and its merged areas, made into the grid
 * `gridOfSheet` makes of a loaded worksheet: from the first used cell to the last, covered
 * cells empty, merges listed in the order a loaded worksheet visits them.
 */
export class SheetCells {
  /** Row number → the columns holding a value and the values, in column order. */
  private readonly rows = new Map<number, { cols: number[]; values: GridValue[] }>();

  /** A row read again under the same number replaces the first, as in a loaded worksheet. */
  setRow(row: number, cols: number[], values: GridValue[]): void {
    if (cols.length === 0) this.rows.delete(row);
    else this.rows.set(row, { cols, values });
  }

  clear(): void {
    this.rows.clear();
  }

  value(row: number, col: number): GridValue {
    const line = this.rows.get(row);
    if (line === undefined) return null;
    const i = line.cols.indexOf(col);
    return i < 0 ? null : (line.values[i] ?? null);
  }

  /** Keeps only the values `keep` accepts (a Kaohe sheet reduced to what a re-run reads). */
  filter(keep: (row: number, col: number) => boolean): void {
    for (const [row, line] of [...this.rows]) {
      const kept = line.cols.flatMap((col, i) => (keep(row, col) ? [i] : []));
      this.setRow(
        row,
        kept.map((i) => line.cols[i] as number),
        kept.map((i) => line.values[i] ?? null),
      );
    }
  }

  /** From the first cell with a value to the last; null when no cell has one. */
  bounds(): Bounds | null {
    let bounds: Bounds | null = null;
    for (const [row, { cols }] of this.rows) {
      const first = cols[0] as number;
      const last = cols[cols.length - 1] as number;
      bounds = cover(bounds, { top: row, left: first, bottom: row, right: last });
    }
    return bounds;
  }

  forEach(visit: (row: number, col: number, value: GridValue) => void): void {
    for (const [row, { cols, values }] of this.rows) {
      for (let i = 0; i < cols.length; i++) visit(row, cols[i] as number, values[i] ?? null);
    }
  }
}

function cover(a: Bounds | null, b: Bounds): Bounds {
  if (a === null) return { ...b };
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

const MAX_COL = 16_384;

/**
 * The sheet's `<mergeCell ref>` list as ExcelJS applies it on loading: each ref read by its range
 * class, a merge overlapping another or reaching past column XFD refused (ExcelJS throws, so the
 * document reader calls the file damaged). Merges of one cell cover nothing and are dropped, and
 * the rest are ordered by the first cell they cover, row by row, as `sparseSheet` meets them.
 */
export function mergedAreas(refs: readonly string[] | undefined): Bounds[] {
  let ranges: CellRange[];
  try {
    ranges = (refs ?? []).map((ref) => new RangeClass([ref]));
  } catch {
    throw new DamagedPackageError("a merged area cannot be read");
  }
  const byTop = [...ranges].sort((a, b) => a.top - b.top);
  byTop.forEach((range, i) => {
    if (range.right > MAX_COL) throw new DamagedPackageError("a merged area reaches past column XFD");
    for (let j = i + 1; j < byTop.length && (byTop[j] as CellRange).top <= range.bottom; j++) {
      if (range.intersects(byTop[j] as CellRange)) throw new DamagedPackageError("merged areas overlap");
    }
  });
  const firstCovered = (m: Bounds): [number, number] => (m.right > m.left ? [m.top, m.left + 1] : [m.top + 1, m.left]);
  return ranges
    .map(({ top, left, bottom, right }) => ({ top, left, bottom, right }))
    .filter((m) => m.bottom > m.top || m.right > m.left)
    .sort((a, b) => {
      const [ra, ca] = firstCovered(a);
      const [rb, cb] = firstCovered(b);
      return ra - rb || ca - cb;
    });
}

/** The used range: every cell with a value and every merged area (its covered cells count as used). */
export function usedBounds(cells: SheetCells, merges: readonly Bounds[]): Bounds | null {
  return merges.reduce<Bounds | null>((used, merge) => cover(used, merge), cells.bounds());
}

/** The grid `gridOfSheet` builds, from the used range down; covered cells are empty, the top-left keeps its value. */
export function sheetGrid(
  sheet: { name: string; cells: SheetCells; merges: readonly Bounds[]; used: Bounds | null },
  file: string,
  date1904: boolean,
): SheetGrid {
  const origin: Bounds = sheet.used ?? { top: 1, left: 1, bottom: 0, right: 0 };
  const width = origin.right - origin.left + 1;
  const values: GridValue[][] = [];
  for (let r = origin.top; r <= origin.bottom; r++) values.push(new Array<GridValue>(width).fill(null));
  sheet.cells.forEach((row, col, value) => {
    const line = values[row - origin.top];
    if (line) line[col - origin.left] = value;
  });
  for (const m of sheet.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const line = values[r - origin.top];
      if (!line) continue;
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) line[c - origin.left] = null;
    }
  }
  const merges: MergedArea[] = sheet.merges.map((m) => ({
    top: m.top - origin.top,
    left: m.left - origin.left,
    bottom: m.bottom - origin.top,
    right: m.right - origin.left,
  }));
  return { file, sheet: sheet.name, originRow: origin.top, originCol: origin.left, values, merges, date1904 };
}

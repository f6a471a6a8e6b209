import { KAOHE_HEAD_ROWS, kaoheSheetKind, keptForRerun, rerunColumns } from "../../core/plan/kaoheSheetContent";
import type { Bounds, SparseSheet } from "./gridFromWorksheet";

/**
 * A loaded worksheet reduced as the streaming reader reduces one while reading (rerunRows.ts):
 * a Kaohe sheet keeps only what a re-run reads and is marked `own`, so that it counts for nothing
 * against INPUT_LIMITS; both readers then give the same grids. A sheet of which a re-run keeps
 * only the head rows loses its merges too: the streaming reader stops below those rows and never
 * meets them. (It also never sees damage further on, which the document reader refuses.)
 */
export function reducedForRerun(sheet: SparseSheet): SparseSheet & { own: boolean } {
  // Cells come row by row: the head rows are the first few.
  const head: SparseSheet["cells"] = [];
  for (const c of sheet.cells) {
    if (c.row > KAOHE_HEAD_ROWS) break;
    head.push(c);
  }
  const byCell = new Map(head.map((c) => [`${c.row},${c.col}`, c.value]));
  const at = (row: number, col: number) => byCell.get(`${row},${col}`) ?? null;
  const kind = kaoheSheetKind(at);
  if (kind === null) return { ...sheet, own: false };
  const columns = rerunColumns(kind, at, sheet.used?.right ?? 0);
  const cells = sheet.cells.filter((c) => keptForRerun(c.row, c.col, columns));
  const merges = columns !== "all" && columns.size === 0 ? [] : sheet.merges;
  const used = [
    ...cells,
    ...merges.flatMap((m) => [
      { row: m.top, col: m.left },
      { row: m.bottom, col: m.right },
    ]),
  ]
    .map(({ row, col }): Bounds => ({ top: row, left: col, bottom: row, right: col }))
    .reduce<Bounds | null>(
      (a, b) =>
        a === null
          ? b
          : {
              top: Math.min(a.top, b.top),
              left: Math.min(a.left, b.left),
              bottom: Math.max(a.bottom, b.bottom),
              right: Math.max(a.right, b.right),
            },
      null,
    );
  return { ...sheet, cells, merges, used, own: true };
}

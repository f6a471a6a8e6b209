/**
 * Merged areas read so that no call covers more than Excel will answer: `getMergedAreasOrNullObject`
 * fails on a range with more than 512 merged areas (a long ballot sheet with each name merged
 * over its evaluator categories has thousands). A range that fails is read again in two halves
 * by rows, and so on, until every piece answers. Excel returns the areas whose top-left cell is
 * in the range, so the pieces' areas together are the whole range's, each once.
 */

/** Rows of a grid, in the sheet's own 0-based coordinates. */
export interface MergePiece {
  grid: number;
  sheet: string;
  rowIndex: number;
  columnIndex: number;
  rows: number;
  columns: number;
}

/**
 * Loads the merged areas of `pieces` in one sync, halving on failure; hands each piece's
 * `RangeAreas.address` to `found`. A failure that halving cannot get past (one row still fails,
 * or the sheet is gone) is thrown after a number of syncs that grows with the log of the rows.
 */
export async function readMerges(
  context: Excel.RequestContext,
  pieces: MergePiece[],
  found: (grid: number, address: string) => void,
): Promise<void> {
  if (pieces.length === 0) return;
  const areas = pieces.map((p) => {
    const range = context.workbook.worksheets
      .getItem(p.sheet)
      .getRangeByIndexes(p.rowIndex, p.columnIndex, p.rows, p.columns)
      .getMergedAreasOrNullObject();
    range.load("address");
    return range;
  });
  try {
    await context.sync();
  } catch (error) {
    if (pieces.length > 1) {
      const middle = Math.ceil(pieces.length / 2);
      await readMerges(context, pieces.slice(0, middle), found);
      await readMerges(context, pieces.slice(middle), found);
      return;
    }
    const piece = pieces[0];
    if (piece === undefined || piece.rows < 2) throw error;
    await readMerges(context, rowHalves(piece), found);
    return;
  }
  areas.forEach((area, i) => {
    const piece = pieces[i];
    if (piece !== undefined && !area.isNullObject) found(piece.grid, area.address);
  });
}

/** A piece in two by rows (one piece when it has a single row). */
export function rowHalves(piece: MergePiece): MergePiece[] {
  if (piece.rows < 2) return [piece];
  const top = Math.ceil(piece.rows / 2);
  return [
    { ...piece, rows: top },
    { ...piece, rowIndex: piece.rowIndex + top, rows: piece.rows - top },
  ];
}

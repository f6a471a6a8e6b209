import type ExcelJS from "exceljs";
import type { GridValue } from "../../core/model/sheetGrid";
import { formulaResultValue, gridValue } from "./gridFromWorksheet";
import type { CellModel } from "./streamWorkbookInternals";
import { DamagedPackageError } from "./streamWorkbookPackage";

/**
 * One parsed and reconciled row reduced to grid values, by the rules ExcelJS's row and cell
 * objects follow when a worksheet is loaded (doc/row.js `set model`, doc/cell.js), so that the
 * values are those `sparseSheet` would read, without building a cell object per cell (those
 * objects were a fifth of the reading time and most of its garbage):
 * - a cell parsed as a merge placeholder (no value, no style) is skipped;
 * - a cell without `r` is the column after the previous one; a first cell without `r` fails;
 * - a cell's address must be a valid A1 address when its column is first met in the row;
 * - a later cell of the same column replaces the earlier one;
 * - an empty styled cell exists but is not visited;
 * - a formula cell shows its cached result only when both the formula (or shared formula) and
 *   the result are truthy: ExcelJS copies a formula's fields only when truthy, so a cached 0,
 *   FALSE or empty text reads as empty;
 * - a link cell shows its text, any other cell its value.
 */
const NULL_TYPE = 0;
const MERGE_TYPE = 1;
const HYPERLINK_TYPE = 5;
const FORMULA_TYPE = 6;

/** Reconciled cell fields this reads (ExcelJS's cell parser and `reconcile` set them). */
interface ReconciledCell extends CellModel {
  value?: ExcelJS.CellValue;
  text?: ExcelJS.CellValue;
  formula?: string;
  sharedFormula?: string;
  result?: ExcelJS.CellValue;
}

/** A cell that exists in the row but, having no value, is not visited. */
const EMPTY = Symbol("empty cell");

function valueOf(cell: ReconciledCell): GridValue | typeof EMPTY {
  switch (cell.type) {
    case NULL_TYPE:
      return EMPTY;
    case FORMULA_TYPE:
      return formulaResultValue(Boolean(cell.formula || cell.sharedFormula), cell.result);
    case HYPERLINK_TYPE:
      return gridValue(cell.text);
    default:
      return gridValue(cell.value);
  }
}

function refuse(reason: string): never {
  throw new DamagedPackageError(reason);
}

const MAX_COL = 16_384;

/**
 * ExcelJS's `colCache.decodeAddress`, without its cache (an object looked up by the address,
 * which makes V8 intern every address string): capital letters before the first digit make the
 * column, digits the row, `$` is skipped, anything else after both ends it. The address is valid
 * for a new cell (`/^[A-Z]+\d+$/` on letters and digits kept) when it has both.
 */
function decodeAddress(address: string, into: Position): void {
  let col: number | undefined;
  let row: number | undefined;
  for (let i = 0; i < address.length; i++) {
    const char = address.charCodeAt(i);
    if (row === undefined && char >= 65 && char <= 90) col = (col ?? 0) * 26 + char - 64;
    else if (char >= 48 && char <= 57) row = (row ?? 0) * 10 + char - 48;
    else if (row !== undefined && col !== undefined && char !== 36) break;
  }
  if (col !== undefined && col > MAX_COL) refuse(`a column past XFD: ${address}`);
  into.col = col;
  into.row = row;
}

/** A cell's place, filled in for each cell in turn rather than made anew (a district has millions of cells). */
interface Position {
  col: number | undefined;
  row: number | undefined;
}

export function rowValues(row: { number: number; cells: readonly CellModel[] }): {
  cols: number[];
  values: GridValue[];
} {
  // ExcelJS checks a row's number against itself: NaN (no `r`, or not a number) fails.
  if (Number.isNaN(row.number)) refuse("a row without a number");
  const byCol: Array<GridValue | typeof EMPTY> = [];
  const previous: Position = { col: undefined, row: undefined };
  let first = true;
  for (const cell of row.cells as readonly ReconciledCell[]) {
    if (cell.type === MERGE_TYPE) continue;
    if (cell.address) decodeAddress(cell.address, previous);
    // A cell without `r` follows the previous one; its address is written out again, which fails past XFD.
    else if (!first) previous.col = (previous.col ?? Number.NaN) + 1;
    else refuse("a first cell without an address");
    first = false;
    const { col, row: rowNumber } = previous;
    if (col === undefined || !(col >= 1) || col > MAX_COL) return refuse("a cell without a column");
    if (byCol[col] === undefined && rowNumber === undefined) refuse("a cell address without a row");
    byCol[col] = valueOf(cell);
  }
  const cols: number[] = [];
  const values: GridValue[] = [];
  byCol.forEach((value, col) => {
    if (value === EMPTY) return;
    cols.push(col);
    values.push(value);
  });
  return { cols, values };
}

import { columnLetters } from "../../core/model/address";
import { formulaTemplate, isSafelyShareable, movedFormula } from "../../core/plan/formulaMove";
import { HEADER_FILL, INPUT_FILL, TABLE_VERTICAL_ALIGNMENT } from "../../core/plan/kaoheSheets";
import type { PlanCell, PlanColumn, PlanTable } from "../../core/plan/writePlan";
import { cellOpening, fullFormulaXml, writeFormulaCell, writePlanCell, writeValueCell } from "./cellXml";
import type { StyleRegistry } from "./styleRegistry";
import { tableBounds, type TableBounds } from "./tableXml";
import { asciiBytes, type XmlBytes } from "./xmlBytes";
import { xmlText } from "./xmlText";

/**
 * The cells of a plan table, one sheet row at a time: the header row (bold, the fill of what the
 * column holds, wrapped) and the data rows (the number format of the cell or its column, the input
 * fill on the clerk's column, wrapped where the column is), every cell centred vertically. Styles and formula texts are worked out
 * once per column, so a row costs little more than its cells' text.
 */

const BLANK: PlanCell = { value: null };

interface ColumnWriter {
  /** `<c r="` and the column's letters (cellXml.ts). */
  opening: Uint8Array;
  column: PlanColumn;
  style: number;
  /** No number format, fill or wrap: its blank cells are not written. */
  plain: boolean;
  /** The `<f>` of data row `i` (0-based), for a formula column of a table with rows; as bytes where every row repeats it. */
  formula: ((i: number) => string | Uint8Array) | null;
}

export interface TableCellWriter {
  bounds: TableBounds;
  /** Writes the cell of sheet row `row` (inside the table) in the table's column `j` (0-based), if it has one. */
  writeCell(out: XmlBytes, row: number, j: number): void;
}

/**
 * A formula column's `<f>` per row: a shared formula (the first row holds the text, the rows
 * below refer to it, as Excel stores a filled-down column) when every reader moves it alike,
 * else each row's own formula moved down. `nextSharedId` gives the sheet-unique `si`.
 */
function columnFormula(formula: string, letter: string, firstRow: number, count: number, nextSharedId: () => number) {
  if (count > 1 && isSafelyShareable(formula)) {
    const si = nextSharedId();
    const master = `<f t="shared" ref="${letter}${firstRow}:${letter}${firstRow + count - 1}" si="${si}">${xmlText(formula)}</f>`;
    const follower = asciiBytes(`<f t="shared" si="${si}"/>`);
    return (i: number) => (i === 0 ? master : follower);
  }
  const template = formulaTemplate(formula);
  return (i: number) => fullFormulaXml(movedFormula(template, i));
}

export function tableCellWriter(table: PlanTable, styles: StyleRegistry): TableCellWriter {
  const bounds = tableBounds(table);
  const firstDataRow = bounds.headerRow + 1;
  const dataStyles = new Map<string, number>();
  const dataStyle = (numFmt: string | undefined, input: boolean, wrap: boolean): number => {
    const key = `${input ? "input" : ""}|${wrap ? "wrap" : ""}|${numFmt ?? ""}`;
    let style = dataStyles.get(key);
    if (style === undefined) {
      style = styles.cellStyle({
        numFmt,
        fill: input ? INPUT_FILL : undefined,
        wrap: wrap ? true : undefined,
        vertical: TABLE_VERTICAL_ALIGNMENT,
      });
      dataStyles.set(key, style);
    }
    return style;
  };
  let sharedIds = 0;
  const nextSharedId = () => sharedIds++;
  const writers: ColumnWriter[] = table.columns.map((column, j) => {
    const letter = columnLetters(bounds.firstCol + j);
    // An empty table's blank row holds no formula: it would compute a row for nobody.
    const formula =
      column.formula === undefined || table.rows.length === 0
        ? null
        : columnFormula(column.formula, letter, firstDataRow, table.rows.length, nextSharedId);
    const plain = column.numFmt === undefined && column.role !== "input" && column.wrap !== true;
    return {
      opening: cellOpening(letter),
      column,
      style: dataStyle(column.numFmt, column.role === "input", column.wrap === true),
      plain,
      formula,
    };
  });
  const headerStyles = writers.map((w) =>
    styles.cellStyle({ bold: true, fill: HEADER_FILL[w.column.role], wrap: true, vertical: TABLE_VERTICAL_ALIGNMENT }),
  );

  // The row whose cells are being written, looked up once for its columns.
  let rowCells: readonly PlanCell[] | undefined;
  let cellsRow = -1;

  const writeCell = (out: XmlBytes, row: number, j: number): void => {
    const w = writers[j];
    if (w === undefined) return;
    if (row === bounds.headerRow) {
      writeValueCell(out, w.opening, row, headerStyles[j] ?? 0, w.column.header);
      return;
    }
    const i = row - firstDataRow;
    if (cellsRow !== row) {
      rowCells = table.rows.at(i);
      cellsRow = row;
    }
    const cell = rowCells?.[j] ?? BLANK;
    const style =
      cell.numFmt === undefined ? w.style : dataStyle(cell.numFmt, w.column.role === "input", w.column.wrap === true);
    // A blank cell of a plain column is left out, as before the centring: its look would be the
    // centring alone, and writing it was 4 % of a district's reviewed workbook.
    const blank = w.plain && cell.value === null && cell.formula === undefined && cell.link === undefined;
    if (w.formula === null) writePlanCell(out, w.opening, row, blank && cell.numFmt === undefined ? 0 : style, cell);
    else writeFormulaCell(out, w.opening, row, style, w.formula(i), cell.value);
  };

  return { bounds, writeCell };
}

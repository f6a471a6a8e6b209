import type ExcelJS from "exceljs";
import { HEADER_FILL, INPUT_FILL, TABLE_VERTICAL_ALIGNMENT } from "../../core/plan/kaoheSheets";
import type { PlanCell, PlanColumn, PlanSheet, PlanTable } from "../../core/plan/writePlan";
import { columnLetters } from "../../core/model/address";
import { tableFormulas } from "../../core/plan/cellFormula";
import { isSafelyShareable } from "../../core/plan/formulaMove";
import { rowList } from "../../core/plan/planRows";
import { argb, cellValue, resultOf, solidFill } from "./applyPlanCells";
import { shareColumnFormulas, sharedFormulaValue } from "./sharedFormulas";

/**
 * One plan sheet written with ExcelJS: the table (header, rows, number formats), the loose
 * cells, header notes, highlights, drop-downs, frozen panes, print setup. Nothing here decides anything:
 * every value, formula and colour comes from the plan.
 */
export function writeSheet(workbook: ExcelJS.Workbook, sheet: PlanSheet, sharedFormulas = false): void {
  const ws = workbook.addWorksheet(sheet.name, {
    properties: { tabColor: argb(sheet.tabColor) },
    views: [{ state: "frozen", xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }],
  });
  writeTable(ws, sheet, sharedFormulas);
  writePrint(ws, sheet);
  for (const cell of sheet.loose) {
    const target = ws.getCell(cell.row, cell.col);
    target.value = cellValue(cell);
    if (cell.numFmt !== undefined) target.numFmt = cell.numFmt;
    if (cell.fill !== undefined) target.fill = solidFill(cell.fill);
    if (cell.bold === true) target.font = { bold: true };
    // A wrapped cell sits centred in its tall row, as a table's cells do.
    if (cell.wrap === true || cell.horizontal !== undefined) {
      target.alignment = {
        ...(cell.horizontal === undefined ? {} : { horizontal: cell.horizontal }),
        ...(cell.wrap === true ? { wrapText: true, vertical: VERTICAL } : {}),
      };
    }
  }
  for (const { row, points } of sheet.looseRowHeights ?? []) ws.getRow(row).height = points;
  for (const cf of sheet.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: cf.ref,
      rules: [
        {
          type: "expression",
          priority: cf.priority,
          formulae: [cf.formula],
          style: { fill: solidFill(cf.fill), ...(cf.fontColor ? { font: { color: argb(cf.fontColor) } } : {}) },
        },
      ],
    });
  }
  for (const v of sheet.validations) {
    // ExcelJS's typings omit the range-keyed collection it writes as one sqref.
    (
      ws as unknown as { dataValidations: { add(ref: string, validation: ExcelJS.DataValidation): void } }
    ).dataValidations.add(v.ref, {
      type: "list",
      allowBlank: true,
      formulae: [v.list],
      showErrorMessage: v.error !== undefined,
      ...(v.error !== undefined ? { errorStyle: "stop", error: v.error } : {}),
      showInputMessage: v.prompt !== undefined,
      ...(v.prompt !== undefined ? { prompt: v.prompt } : {}),
    });
  }
}

/**
 * The rows written, each made once (PlanRows): a table needs one data row; an empty one keeps the
 * header and the formulas' ranges valid.
 */
function dataRows(table: PlanTable): ReadonlyArray<readonly PlanCell[]> {
  return table.rows.length > 0 ? rowList(table.rows) : [table.columns.map(() => ({ value: null }))];
}

function writeTable(ws: ExcelJS.Worksheet, sheet: PlanSheet, sharedFormulas: boolean): void {
  const { table } = sheet;
  const rows = dataRows(table);
  ws.addTable({
    name: table.name,
    ref: ws.getCell(table.anchorRow, table.anchorCol).address,
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleLight1", showRowStripes: true },
    columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: tableValues(table, sharedFormulas, rows),
  });
  const styleOf = dataStyles();
  table.columns.forEach((column, j) => {
    const col = table.anchorCol + j;
    ws.getColumn(col).width = column.width;
    styleHeader(ws.getCell(table.anchorRow, col), column);
    const wrap = column.wrap === true;
    // As the package writer (tableCellsXml.ts): a blank cell whose only look would be the centring is left as it is.
    // An empty table's one blank row holds no formulas (tableValues).
    const noFormula = column.formula === undefined || table.rows.length === 0;
    const plain = column.numFmt === undefined && column.role !== "input" && !wrap && noFormula;
    rows.forEach((r, i) => {
      const cell = r[j];
      const blank =
        cell === undefined || (cell.value === null && cell.formula === undefined && cell.link === undefined);
      if (plain && blank && cell?.numFmt === undefined) return;
      ws.getCell(table.anchorRow + 1 + i, col).style = styleOf(
        cell?.numFmt ?? column.numFmt,
        column.role === "input",
        wrap,
      );
    });
  });
  // The plan's heights start at the header row.
  table.rowHeights?.forEach((height, i) => {
    if (height !== null) ws.getRow(table.anchorRow + i).height = height;
  });
}

/** The plan's print setup: A4 landscape fitted to the page width, rows repeated, header and footer. */
function writePrint(ws: ExcelJS.Worksheet, sheet: PlanSheet): void {
  const { print } = sheet;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER_SIZE[print.paper],
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    fitToHeight: print.fitToHeight,
    margins: print.margins,
    printTitlesRow: `${print.titleRows.first}:${print.titleRows.last}`,
    ...(print.area === undefined ? {} : { printArea: print.area }),
  };
  ws.headerFooter = { ...ws.headerFooter, oddHeader: `&C${print.header}`, oddFooter: `&C${print.footer}` };
  // ExcelJS breaks the page after the row it is given: the row above each row that starts a page.
  for (const row of print.rowBreaks ?? []) ws.getRow(row - 1).addPageBreak();
}

/** The plan's vertical alignment of table cells in ExcelJS's words: its `middle` is the format's `center`. */
const VERTICALS: Record<typeof TABLE_VERTICAL_ALIGNMENT, ExcelJS.Alignment["vertical"]> = { center: "middle" };
const VERTICAL = VERTICALS[TABLE_VERTICAL_ALIGNMENT];

// ExcelJS's PaperSize enum is a const enum the typings only declare: A4 is 9.
const PAPER_SIZE = { A4: 9 } as const;

/**
 * One style object per look of a data cell (its number format, the fill of an input column,
 * wrapped or not; centred vertically, as every table cell is). ExcelJS turns a style object into
 * a style id once and remembers the object, so shared objects save rendering a style for each of
 * a district's several hundred thousand cells (about a quarter of writing the file). Frozen: a
 * later `cell.font = …` on one cell would otherwise restyle every cell sharing the object; frozen,
 * it throws instead.
 */
function dataStyles(): (numFmt: string | undefined, input: boolean, wrap: boolean) => Partial<ExcelJS.Style> {
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  return (numFmt, input, wrap) => {
    const key = `${input ? "input" : ""}|${wrap ? "wrap" : ""}|${numFmt ?? ""}`;
    let style = styles.get(key);
    if (style === undefined) {
      style = Object.freeze({
        ...(numFmt === undefined ? {} : { numFmt }),
        ...(input ? { fill: solidFill(INPUT_FILL) } : {}),
        alignment: { ...(wrap ? { wrapText: true } : {}), vertical: VERTICAL },
      });
      styles.set(key, style);
    }
    return style;
  };
}

/**
 * The table's data cells as ExcelJS values (an empty table's one blank row has no formulas).
 * Shared, a formula column is written as its formula in the first row and a reference to it in
 * every row below, without putting each row's formula together; a formula whose quoted text a
 * reader would move (isSafelyShareable) is written out in full on each row. Cells that carry
 * their own formulas are shared where they repeat (shareColumnFormulas).
 */
export function tableValues(
  table: PlanTable,
  shared: boolean,
  rows: ReadonlyArray<readonly PlanCell[]> = dataRows(table),
): ExcelJS.CellValue[][] {
  const top = table.anchorRow + 1;
  const letters = table.columns.map((_, j) => columnLetters(table.anchorCol + j));
  const hasRows = table.rows.length > 0;
  const formulaAt = hasRows ? tableFormulas(table) : () => undefined;
  const masters = table.columns.map((c, j) =>
    shared && hasRows && c.formula !== undefined && isSafelyShareable(c.formula) ? `${letters[j]}${top}` : undefined,
  );
  const values = rows.map((r, i) =>
    r.map((cell, j): ExcelJS.CellValue => {
      const master = masters[j];
      if (master !== undefined && i > 0) return sharedFormulaValue(master, resultOf(cell));
      return cellValue(cell, formulaAt(i, j, cell));
    }),
  );
  if (shared) shareColumnFormulas(values, top, letters);
  return values;
}

function styleHeader(cell: ExcelJS.Cell, column: PlanColumn): void {
  cell.font = { bold: true };
  cell.fill = solidFill(HEADER_FILL[column.role]);
  cell.alignment = { wrapText: true, vertical: VERTICAL };
  if (column.note !== undefined) cell.note = column.note;
}

import { HyperFormula, type CellValue, type RawCellContent } from "hyperformula";
import { a1 } from "../../src/core/model/address";
import { tableFormulas } from "../../src/core/plan/cellFormula";
import type { PlanCell, PlanSheetContent, PlanValue, WritePlan } from "../../src/core/plan/writePlan";
import { rowList } from "../../src/core/plan/planRows";

/**
 * An independent check of the plan's formulas: HyperFormula recomputes every formula of the
 * plan from its values and the rules' defined names, and each result is compared with the
 * value the plan caches (the core's decision).
 */
export interface Mismatch {
  sheet: string;
  cell: string;
  formula: string;
  cached: PlanValue;
  computed: unknown;
}

export interface FormulaCell {
  sheet: string;
  row: number;
  col: number;
  cell: PlanCell & { formula: string };
}

/**
 * Every cell of a sheet with its 1-based row and column: loose cells, the header row, the data
 * rows. A formula column's cells carry the column's formula moved to their row, as hosts write them.
 */
export function sheetCells(sheet: PlanSheetContent): Array<{ row: number; col: number; cell: PlanCell }> {
  const { table } = sheet;
  const formulaAt = tableFormulas(table);
  const cells: Array<{ row: number; col: number; cell: PlanCell }> = sheet.loose.map((c) => ({
    row: c.row,
    col: c.col,
    cell: c,
  }));
  table.columns.forEach((c, j) =>
    cells.push({ row: table.anchorRow, col: table.anchorCol + j, cell: { value: c.header } }),
  );
  rowList(table.rows).forEach((r, i) =>
    r.forEach((cell, j) => {
      const formula = formulaAt(i, j, cell);
      const written = formula === undefined ? cell : { ...cell, formula };
      cells.push({ row: table.anchorRow + 1 + i, col: table.anchorCol + j, cell: written });
    }),
  );
  return cells;
}

export function formulaCells(plan: WritePlan): FormulaCell[] {
  return plan.sheets.flatMap((sheet) =>
    sheetCells(sheet)
      .filter(
        (c): c is { row: number; col: number; cell: PlanCell & { formula: string } } => c.cell.formula !== undefined,
      )
      .map((c) => ({ sheet: sheet.name, ...c })),
  );
}

/**
 * HyperFormula has no INDEX(array,0), Excel's way to hand an array to MATCH without array entry
 * (exactMatch.ts); with array arithmetic on, the array itself is what INDEX passes on.
 */
export function forHyperFormula(formula: string): string {
  return formula.replace(/INDEX\((EXACT\([^()]*\)),0\)/g, "$1");
}

function content(cell: PlanCell): RawCellContent {
  if (cell.formula !== undefined) return `=${forHyperFormula(cell.formula)}`;
  // A leading apostrophe makes HyperFormula keep any text as text, as the hosts do.
  return typeof cell.value === "string" ? `'${cell.value}` : cell.value;
}

function grid(sheet: PlanSheetContent): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  for (const { row, col, cell } of sheetCells(sheet)) {
    while (rows.length < row) rows.push([]);
    const r = rows[row - 1] ?? [];
    while (r.length < col) r.push(null);
    r[col - 1] = content(cell);
  }
  return rows;
}

export function buildEngine(plan: WritePlan, date1904 = false): HyperFormula {
  const sheets = Object.fromEntries(plan.sheets.map((s) => [s.name, grid(s)]));
  const names = [
    // HyperFormula reads bare TRUE and FALSE as names (TOOLCHAIN.md): define them as Excel does.
    { name: "TRUE", expression: "=TRUE()" },
    { name: "FALSE", expression: "=FALSE()" },
    ...plan.names.map((n) => ({ name: n.name, expression: `=${n.refersTo}` })),
  ];
  // Serials count from the workbook's epoch: 1899-12-30, or 1904-01-01 in the 1904 date system.
  const nullDate = date1904 ? { year: 1904, month: 1, day: 1 } : { year: 1899, month: 12, day: 30 };
  // Accent-sensitive as Excel's criteria and comparisons are ("é" is not "e"); HyperFormula's
  // default strips accents from every text it compares, which was a seventh of a generated
  // district's recompute.
  return HyperFormula.buildFromSheets(
    sheets,
    { licenseKey: "gpl-v3", smartRounding: false, nullDate, useArrayArithmetic: true, accentSensitive: true },
    names,
  );
}

function same(cached: PlanValue, computed: CellValue): boolean {
  if (cached === null) return computed === null || computed === "";
  return cached === computed;
}

export function recompute(plan: WritePlan, date1904 = false): { checked: number; mismatches: Mismatch[] } {
  const hf = buildEngine(plan, date1904);
  const mismatches: Mismatch[] = [];
  const cells = formulaCells(plan);
  for (const { sheet, row, col, cell } of cells) {
    const id = hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`HyperFormula has no sheet ${sheet}`);
    const computed = hf.getCellValue({ sheet: id, row: row - 1, col: col - 1 });
    if (!same(cell.value, computed)) {
      mismatches.push({ sheet, cell: a1(row, col), formula: cell.formula, cached: cell.value, computed });
    }
  }
  hf.destroy();
  return { checked: cells.length, mismatches };
}

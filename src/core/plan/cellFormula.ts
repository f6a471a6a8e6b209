import { formulaTemplate, movedFormula, type FormulaTemplate } from "./formulaMove";
import type { PlanCell, PlanTable } from "./writePlan";

/**
 * The formula of a table's data cell, without `=`: the column's formula moved to the row, or the
 * cell's own; undefined for a cell that holds a value. Built for reading a whole table: each
 * column's formula is cut once, then every row's is put together without a regex. The cell is
 * the one the caller read from the row: a table's rows may be made as they are read (PlanRows).
 */
export function tableFormulas(
  table: Pick<PlanTable, "columns">,
): (rowIndex: number, colIndex: number, cell: PlanCell | undefined) => string | undefined {
  const templates: (FormulaTemplate | undefined)[] = table.columns.map((c) =>
    c.formula === undefined ? undefined : formulaTemplate(c.formula),
  );
  return (rowIndex, colIndex, cell) => {
    const template = templates[colIndex];
    if (template !== undefined) return movedFormula(template, rowIndex);
    return cell?.formula;
  };
}

import type ExcelJS from "exceljs";
import { formulaTemplate, isMovedFormula, isSafelyShareable, type FormulaTemplate } from "../../core/plan/formulaMove";

/**
 * Formulas that repeat down a column, stored once as a shared formula: the master cell keeps
 * its text and every cell below that is the same formula moved down (its relative rows shifted
 * by the distance, formulaMove.ts) refers to the master, as Excel itself stores a filled-down
 * column. The reviewed workbook's tally and subject sheets are mostly such columns; shared,
 * their XML is about a tenth of the size and ExcelJS writes it in a fraction of the time. Every
 * cell keeps its own cached result.
 */

type FormulaResult = ExcelJS.CellFormulaValue["result"];
type FormulaValue = { formula: string; result?: FormulaResult };

/** A cell below its master (`C5`) in a shared formula, with its own cached result. */
export function sharedFormulaValue(master: string, result: FormulaResult): ExcelJS.CellSharedFormulaValue {
  return result === undefined ? { sharedFormula: master } : { sharedFormula: master, result };
}

function isFormula(value: ExcelJS.CellValue): value is ExcelJS.CellValue & FormulaValue {
  return typeof value === "object" && value !== null && "formula" in value && typeof value.formula === "string";
}

/**
 * Rewrites a block of cell values in place (`rows[i][j]` is the cell at `top + i`, column
 * `columnLetters[j]`): in each column a formula equal to the nearest formula above it moved down
 * becomes a shared-formula reference to that cell. A formula that differs starts a new master,
 * so every shared range is a run of consecutive rows. For cells that each carry their own
 * formula; a plan's formula column is shared without this search (applyPlanSheet.ts).
 */
export function shareColumnFormulas(rows: ExcelJS.CellValue[][], top: number, columnLetters: readonly string[]): void {
  columnLetters.forEach((letter, j) => {
    let master: { template: FormulaTemplate; row: number } | null = null;
    rows.forEach((cells, i) => {
      const value = cells[j];
      const row = top + i;
      if (value === undefined || !isFormula(value)) {
        master = null;
        return;
      }
      if (master !== null && isMovedFormula(master.template, value.formula, row - master.row)) {
        cells[j] = sharedFormulaValue(`${letter}${master.row}`, value.result);
        return;
      }
      master = isSafelyShareable(value.formula) ? { template: formulaTemplate(value.formula), row } : null;
    });
  });
}

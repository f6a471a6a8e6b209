import type ExcelJS from "exceljs";
import { linkFormula, type PlanCell } from "../../core/plan/writePlan";

/**
 * A plan cell as an ExcelJS value; `formula` is the cell's formula (a table cell's from
 * `tableFormulas`, which knows its column's). A formula is written with the plan's value as its
 * cached result (ExcelJS writes none otherwise), so a viewer that does not recalculate shows the
 * core's numbers. Text is always a string value, which ExcelJS writes as text whatever it
 * starts with, never as a formula.
 */
export function cellValue(cell: PlanCell, formula = cell.formula): ExcelJS.CellValue {
  if (formula !== undefined) return formulaValue(formula, resultOf(cell));
  if (cell.link !== undefined) {
    // ExcelJS writes an internal link as an external relationship too, which LibreOffice and WPS
    // follow to a missing file; HYPERLINK("#…") jumps inside the workbook in every program.
    const text = cell.value === null ? cell.link : String(cell.value);
    return formulaValue(linkFormula(cell.link, text), text);
  }
  return cell.value;
}

function formulaValue(formula: string, result: string | number | boolean): ExcelJS.CellValue {
  // date1904 is only set by ExcelJS when it reads a file.
  const value: Omit<ExcelJS.CellFormulaValue, "date1904"> = { formula, result };
  return value;
}

/** The cached result ExcelJS writes for a formula cell: an empty text for none. */
export function resultOf(cell: PlanCell): string | number | boolean {
  return cell.value === null ? "" : cell.value;
}

/** `RRGGBB` as ExcelJS's ARGB. */
export function argb(rgb: string): { argb: string } {
  return { argb: `FF${rgb.toUpperCase()}` };
}

export function solidFill(rgb: string): ExcelJS.FillPattern {
  return { type: "pattern", pattern: "solid", fgColor: argb(rgb), bgColor: argb(rgb) };
}

import type ExcelJS from "exceljs";
import { linkFormula, type PlanCell } from "../../core/plan/writePlan";

/**
 * A plan cell as an ExcelJS value. A formula is written with the plan's value as its cached
 * result (ExcelJS writes none otherwise), so a viewer that does not recalculate shows the
 * core's numbers. Text is always a string value, which ExcelJS writes as text whatever it
 * starts with, never as a formula.
 */
export function cellValue(cell: PlanCell): ExcelJS.CellValue {
  if (cell.formula !== undefined) return formulaValue(cell.formula, resultOf(cell));
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

function resultOf(cell: PlanCell): string | number | boolean {
  return cell.value === null ? "" : cell.value;
}

/** `RRGGBB` as ExcelJS's ARGB. */
export function argb(rgb: string): { argb: string } {
  return { argb: `FF${rgb.toUpperCase()}` };
}

export function solidFill(rgb: string): ExcelJS.FillPattern {
  return { type: "pattern", pattern: "solid", fgColor: argb(rgb), bgColor: argb(rgb) };
}

import type ExcelJS from "exceljs";

/**
 * Formulas that repeat down a column, stored once as a shared formula: the master cell keeps
 * its text and every cell below that is the same formula moved down (its relative rows shifted
 * by the distance) refers to the master, as Excel itself stores a filled-down column. The
 * reviewed workbook's tally and subject sheets are mostly such columns; shared, their XML is
 * about a tenth of the size and ExcelJS writes it in a fraction of the time. Every cell keeps its
 * own cached result.
 */

// A string literal, a quoted sheet name, an A1 reference (not followed by `(`, `!` or more name
// characters, so that LOG10( or a sheet named A1 stays whole), or any other name (a function,
// a defined name such as KH_DAYS, TRUE): names are matched whole so that no reference is found
// inside one.
const TOKEN =
  /"(?:[^"]|"")*"|'(?:[^']|'')*'|(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_.(!])|[A-Za-z_\\][A-Za-z0-9_.]*/g;

/**
 * A formula cut at the row numbers of its relative references: `parts[0]` row `rows[0]`
 * `parts[1]` … `parts[n]`. Cut once per master, it checks each cell below without a regex.
 */
interface FormulaTemplate {
  parts: string[];
  rows: number[];
}

function templateOf(formula: string): FormulaTemplate {
  const parts: string[] = [];
  const rows: number[] = [];
  let from = 0;
  for (const match of formula.matchAll(TOKEN)) {
    const [token, , col, rowAbs, row] = match;
    if (col === undefined || row === undefined || rowAbs === "$") continue;
    const rowStart = match.index + token.length - row.length;
    parts.push(formula.slice(from, rowStart));
    rows.push(Number(row));
    from = rowStart + row.length;
  }
  parts.push(formula.slice(from));
  return { parts, rows };
}

/** Whether `formula` is the template's formula moved `down` rows: relative rows moved, the rest the same. */
function isMovedDown(template: FormulaTemplate, formula: string, down: number): boolean {
  let at = 0;
  for (let i = 0; i < template.rows.length; i++) {
    const part = template.parts[i] ?? "";
    const row = String((template.rows[i] ?? 0) + down);
    if (!formula.startsWith(part, at)) return false;
    at += part.length;
    if (!formula.startsWith(row, at)) return false;
    at += row.length;
  }
  const last = template.parts[template.rows.length] ?? "";
  return formula.length === at + last.length && formula.endsWith(last);
}

// Text inside quotes that looks like a cell reference: ExcelJS, reading a shared formula back,
// would move it as if it were one, so a formula holding such text is never shared.
const QUOTED = /"(?:[^"]|"")*"|'(?:[^']|'')*'/g;
const REFERENCE_LIKE = /[A-Za-z]{1,3}\$?\d/;

function canShare(formula: string): boolean {
  return !(formula.match(QUOTED) ?? []).some((quoted) => REFERENCE_LIKE.test(quoted));
}

type FormulaValue = { formula: string; result?: ExcelJS.CellFormulaValue["result"] };

function isFormula(value: ExcelJS.CellValue): value is ExcelJS.CellValue & FormulaValue {
  return typeof value === "object" && value !== null && "formula" in value && typeof value.formula === "string";
}

/**
 * Rewrites a block of cell values in place (`rows[i][j]` is the cell at `top + i`, column
 * `columnLetters[j]`): in each column a formula equal to the nearest formula above it moved down
 * becomes a shared-formula reference to that cell. A formula that differs starts a new master,
 * so every shared range is a run of consecutive rows.
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
      if (master !== null && isMovedDown(master.template, value.formula, row - master.row)) {
        cells[j] = { sharedFormula: `${letter}${master.row}`, result: value.result } as ExcelJS.CellValue;
        return;
      }
      master = canShare(value.formula) ? { template: templateOf(value.formula), row } : null;
    });
  });
}

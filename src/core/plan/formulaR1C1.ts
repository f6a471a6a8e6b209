import { parseA1 } from "../model/address";

/**
 * A formula written for one cell, in R1C1 notation: the same text then means the same formula in
 * every cell of a column, so a host can assign one string to a whole column range (Office.js
 * `Range.formulasR1C1`) instead of one text per cell. Relative references become offsets from the
 * cell (`R[-1]C[2]`, `RC` for itself), absolute ones stay numbers (`R5C3`); whole columns
 * (`$F:$F`, `F:F`) become `C6:C6` or `C[k]:C[k]`. Text in quotes, quoted sheet names and names
 * (functions, defined names such as KH_DAYS) are kept as written, as in formulaMove.ts.
 */

// A string literal, a quoted sheet name, a number with an exponent, a whole-column range, a cell
// reference (not followed by `(`, `!` or name characters), or any other name, matched whole so
// that no reference is found inside one.
const TOKEN =
  /"(?:[^"]|"")*"|'(?:[^']|'')*'|(?:\d+\.?\d*|\.\d+)[eE][+-]?\d+|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_.(!])|(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_.(!])|[A-Za-z_\\][A-Za-z0-9_.]*/g;

function part(axis: "R" | "C", absolute: boolean, target: number, base: number): string {
  if (absolute) return `${axis}${target}`;
  const offset = target - base;
  return offset === 0 ? axis : `${axis}[${offset}]`;
}

function columnPart(absolute: string | undefined, letters: string, baseCol: number): string {
  return part("C", absolute === "$", parseA1(`${letters}1`)?.col ?? baseCol, baseCol);
}

/** `formula` (A1, without `=`) as written in the cell at 1-based `row`, `col`, in R1C1 notation. */
export function toR1C1(formula: string, row: number, col: number): string {
  return formula.replace(
    TOKEN,
    (
      token,
      wideFromAbs?: string,
      wideFrom?: string,
      wideToAbs?: string,
      wideTo?: string,
      colAbs?: string,
      letters?: string,
      rowAbs?: string,
      digits?: string,
    ) => {
      if (wideFrom !== undefined && wideTo !== undefined) {
        return `${columnPart(wideFromAbs, wideFrom, col)}:${columnPart(wideToAbs, wideTo, col)}`;
      }
      if (letters === undefined || digits === undefined) return token;
      return part("R", rowAbs === "$", Number(digits), row) + columnPart(colAbs, letters, col);
    },
  );
}

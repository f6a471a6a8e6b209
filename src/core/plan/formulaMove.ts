/**
 * A formula moved down a column, as Excel fills one down: relative row numbers grow by the
 * distance, absolute rows (`$5`), text in quotes, quoted sheet names and names (functions,
 * defined names such as KH_DAYS, TRUE) stay. The plan stores a formula column once, written for
 * its first data row; hosts and tests move it to each row with this, so the same rule gives every
 * row's formula everywhere.
 */

// A string literal, a quoted sheet name, a number with an exponent (`1E5` is no reference to E5),
// an A1 reference (not followed by `(`, `!` or more name characters, so that LOG10( or a sheet
// named A1 stays whole), or any other name: names are matched whole so that no reference is
// found inside one.
const TOKEN =
  /"(?:[^"]|"")*"|'(?:[^']|'')*'|(?:\d+\.?\d*|\.\d+)[eE][+-]?\d+|(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_.(!])|[A-Za-z_\\][A-Za-z0-9_.]*/g;

/**
 * A formula cut at the row numbers of its relative references: `parts[0]` row `rows[0]`
 * `parts[1]` … `parts[n]`. Cut once per column, it gives each row's formula without a regex.
 */
export interface FormulaTemplate {
  readonly parts: readonly string[];
  readonly rows: readonly number[];
}

export function formulaTemplate(formula: string): FormulaTemplate {
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

/** The template's formula moved `down` rows (0: the formula itself). */
export function movedFormula(template: FormulaTemplate, down: number): string {
  let text = template.parts[0] ?? "";
  for (let i = 0; i < template.rows.length; i++) {
    text += String((template.rows[i] ?? 0) + down) + (template.parts[i + 1] ?? "");
  }
  return text;
}

/** Whether `formula` is the template's formula moved `down` rows. */
export function isMovedFormula(template: FormulaTemplate, formula: string, down: number): boolean {
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

// Text inside quotes that looks like a cell reference (`"A1"`): a reader of a shared formula that
// moves every reference-like token (ExcelJS does) would move it too.
const QUOTED = /"(?:[^"]|"")*"|'(?:[^']|'')*'/g;
const REFERENCE_LIKE = /[A-Za-z]{1,3}\$?\d/;

/** Whether a file may store the formula as a shared formula that every reader moves correctly. */
export function isSafelyShareable(formula: string): boolean {
  return !(formula.match(QUOTED) ?? []).some((quoted) => REFERENCE_LIKE.test(quoted));
}

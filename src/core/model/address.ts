/** A1 addresses from 1-based row and column numbers, and back. */

/**
 * Letters by column, made once each: the reader records the address of every cell it reads and
 * the plan builds formulas per row, millions of calls at 20,000 cadres over a few dozen columns.
 */
const LETTERS: string[] = [];
// Excel's last column is XFD (16,384); a larger number is still spelled, just not kept.
const MAX_COLUMN = 16384;

export function columnLetters(col: number): string {
  const known = LETTERS[col];
  if (known !== undefined) return known;
  const letters = spellColumn(col);
  if (Number.isInteger(col) && col > 0 && col <= MAX_COLUMN) LETTERS[col] = letters;
  return letters;
}

function spellColumn(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(address.toUpperCase());
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** A sheet name quoted for use in a formula or hyperlink: `'测评 明细'!A1`. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

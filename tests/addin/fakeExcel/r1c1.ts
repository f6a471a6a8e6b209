import { columnLetters } from "../../../src/core/model/address";

/**
 * An R1C1 formula as Excel reads it in one cell, back in A1 notation: how the fake fills a range
 * from one `formulasR1C1` string, and how tests check the core's `toR1C1`. Written apart from the
 * core's converter so that a mistake in one is not repeated in the other.
 */
const NUM = String.raw`(?:(\d+)|\[(-?\d+)\])?`;
const TOKEN = new RegExp(
  String.raw`"(?:[^"]|"")*"|'(?:[^']|'')*'|C${NUM}:C${NUM}(?![A-Za-z0-9_(])|R${NUM}C${NUM}(?![A-Za-z0-9_(])|[A-Za-z_][A-Za-z0-9_.]*`,
  "g",
);

/** One axis of a reference: `$n` when absolute, else the cell's own row or column moved by the offset. */
function axis(absolute: string | undefined, offset: string | undefined, show: (n: number) => string) {
  if (absolute !== undefined) {
    const fixed = `$${show(Number(absolute))}`;
    return () => fixed;
  }
  const by = Number(offset ?? 0);
  return (base: number) => show(base + by);
}

type Piece = string | ((row: number, col: number) => string);

/** A formula split once into its text and its references, each a function of the cell it is read in. */
function compile(formula: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of formula.matchAll(TOKEN)) {
    const [token] = match;
    const g = match.slice(1);
    pieces.push(formula.slice(last, match.index));
    last = match.index + token.length;
    if (/^C[\d[]?[^:]*:C/.test(token)) {
      const [from, to] = [axis(g[0], g[1], columnLetters), axis(g[2], g[3], columnLetters)];
      pieces.push((_row, col) => `${from(col)}:${to(col)}`);
    } else if (!/^R(\d|\[|C)/.test(token) || !/C/.test(token)) {
      pieces.push(token);
    } else {
      const [colPart, rowPart] = [axis(g[6], g[7], columnLetters), axis(g[4], g[5], String)];
      pieces.push((row, col) => colPart(col) + rowPart(row));
    }
  }
  pieces.push(formula.slice(last));
  return pieces;
}

/**
 * One R1C1 string fills a whole column of a plan's table: it is split once, not once per cell
 * (the split took a sixth of the CPU of the suites that write a plan through the fake).
 */
const compiled = new Map<string, Piece[]>();

export function fromR1C1(formula: string, row: number, col: number): string {
  let pieces = compiled.get(formula);
  if (pieces === undefined) {
    pieces = compile(formula);
    compiled.set(formula, pieces);
  }
  let a1 = "";
  for (const piece of pieces) a1 += typeof piece === "string" ? piece : piece(row, col);
  return a1;
}

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

function axis(absolute: string | undefined, offset: string | undefined, base: number, show: (n: number) => string) {
  return absolute !== undefined ? `$${show(Number(absolute))}` : show(base + Number(offset ?? 0));
}

export function fromR1C1(formula: string, row: number, col: number): string {
  return formula.replace(TOKEN, (token, ...g: Array<string | undefined>) => {
    if (/^C[\d[]?[^:]*:C/.test(token)) {
      return `${axis(g[0], g[1], col, columnLetters)}:${axis(g[2], g[3], col, columnLetters)}`;
    }
    if (!/^R(\d|\[|C)/.test(token) || !/C/.test(token)) return token;
    return axis(g[6], g[7], col, columnLetters) + axis(g[4], g[5], row, String);
  });
}

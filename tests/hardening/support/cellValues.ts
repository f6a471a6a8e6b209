import fc from "fast-check";
import type { GridValue } from "../../../src/core/model/sheetGrid";
import { binaryString } from "./binaryUnit";

/**
 * Cell values officers' workbooks really hold, and the worst of them: formula-looking text,
 * error values, numbers at the edge of what a double holds, 10,000-character cells, control
 * and direction characters. MARK is a name no formula of Kaohe's uses: were any cell text ever
 * written as a formula, MARK would stand in that formula outside a string literal.
 */
export const MARK = "KHQZ";

export const FORMULA_TEXT = [
  `=HYPERLINK("http://x","y")`,
  `=HYPERLINK("http://x/${MARK}","点击查看")`,
  `=${MARK}()`,
  `=1+1`,
  `+${MARK}`,
  `-1+${MARK}`,
  `@SUM(${MARK})`,
  `=cmd|' /C calc'!${MARK}`,
  `"),${MARK}("`,
  `'${MARK}'!A1`,
  `=${MARK}!A1`,
  `#${MARK}`,
] as const;

/**
 * Text that COUNTIFS, SUMIF or MATCH would read as a pattern were it ever a criterion —
 * wildcards, a leading operator, an escape — and look-alikes a clerk types: the same name in
 * another case, full-width or half-width, with a trailing space (ASCII or U+3000).
 */
export const CRITERIA_TEXT = [
  "*",
  "?",
  "~",
  "~*",
  "胜利路街道*",
  "胜利路街?",
  "*街道",
  "=胜利路街道",
  "<>胜利路街道",
  ">0",
  "<1",
  "=1+1",
  "1+1",
  "优?",
  "*优秀",
  "=优秀",
  "<>优秀",
  "优秀 ",
  "优秀\u3000",
  "称职~",
  "ABC局",
  "abc局",
  "Abc局",
  "ＡＢＣ局",
  "ＡＢＣ局 ",
  "胜利路街道 ",
  "胜利路街道\u3000",
  "胜利路街道＊",
  "＝优秀",
  "优？",
  "～",
] as const;

export const LONG_TEXT = "考".repeat(10_000);

export const ERROR_CODES = ["#REF!", "#N/A", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"];

export const EDGE_NUMBERS = [
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  -0,
  0.5,
  -1,
  2 ** 53 + 2,
  1e-300,
  99_999_999_999,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
];

const ODD_TEXT = [
  "",
  " ",
  "\u3000",
  "\t\n",
  "\u0000\u0007\u001f",
  "\u202e反向",
  "👩‍💼",
  "\ud800",
  "NaN",
  "Infinity",
  "1e308",
  "-0",
  "０１２",
  "１２张",
  "十二",
  "null",
  "undefined",
  "<b>&amp;</b>",
  "合计",
  "小计",
  "领导班子",
  "张　三",
  "2020.13.45",
  "2020年2月30日",
  "410902198001011234",
];

export const textArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...FORMULA_TEXT), weight: 3 },
  { arbitrary: fc.constantFrom(...CRITERIA_TEXT), weight: 3 },
  { arbitrary: fc.constantFrom(...ODD_TEXT), weight: 3 },
  { arbitrary: fc.constant(LONG_TEXT), weight: 1 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 2 },
  { arbitrary: binaryString(8), weight: 1 },
);

export const numberArb: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.constantFrom(...EDGE_NUMBERS), weight: 2 },
  { arbitrary: fc.integer({ min: -5, max: 200 }), weight: 3 },
  { arbitrary: fc.double(), weight: 1 },
);

export const errorArb: fc.Arbitrary<GridValue> = fc
  .constantFrom(...ERROR_CODES)
  .map((code): GridValue => ({ kind: "error", code }));

export const dateArb: fc.Arbitrary<GridValue> = fc
  .record({
    y: fc.integer({ min: 1899, max: 9999 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ y, m, d }): GridValue => ({ kind: "date", y, m, d }));

/** Any value a host could hand the reader, bad ones often. */
export const nastyValue: fc.Arbitrary<GridValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 2 },
  { arbitrary: textArb, weight: 5 },
  { arbitrary: numberArb, weight: 3 },
  { arbitrary: errorArb, weight: 2 },
  { arbitrary: dateArb, weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
);

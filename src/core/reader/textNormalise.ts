import { formatCalDate } from "../model/calendarDate";
import { isGridDate, isGridError, type GridValue } from "../model/sheetGrid";

/**
 * Text as clerks type it, made comparable: full-width ASCII to half-width, every kind of
 * space dropped. Chinese input methods produce full-width digits and U+3000 ideographic spaces
 * (张, U+3000, 三) that are invisible on screen but make two names differ.
 */
const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
// \s covers U+3000 and U+00A0; the zero-width characters arrive from copied web pages.
const ALL_SPACES = /[\s\u200b-\u200d\u2060\ufeff]/g;

// Tested before replacing: most text has neither, and the reader normalises every name and unit.
const HAS_FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
const HAS_SPACE = /[\s\u200b-\u200d\u2060\ufeff]/;

export function toHalfWidth(text: string): string {
  if (!HAS_FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH_ASCII, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

export function dropSpaces(text: string): string {
  return HAS_SPACE.test(text) ? text.replace(ALL_SPACES, "") : text;
}

// A bracketed qualifier that tells two columns apart (职务（主职）, 职务（兼职1）, 工作单位及职务（简称）).
const QUALIFIER = /^(主职|兼职\d*|兼任\d*|全称|简称|\d)$/;
const TRAILING_BRACKETS = /\(([^()]*)\)$/;

/**
 * A header as the vocabulary knows it: half-width, no spaces, no `*` required-field marks,
 * no `（天）` / `(张)` suffixes (CONTRACT.md §1). A qualifier such as `（主职）` or `（兼职1）`
 * is kept, so that such columns never collapse into one.
 */
export function normaliseHeader(text: string): string {
  // Every row's first cells are normalised (is it a total? a header again?): most hold neither mark nor bracket.
  let key = dropSpaces(toHalfWidth(text));
  if (key.includes("*")) key = key.replace(/\*/g, "");
  if (!key.endsWith(")")) return key;
  for (let match = TRAILING_BRACKETS.exec(key); match; match = TRAILING_BRACKETS.exec(key)) {
    if (QUALIFIER.test(match[1] ?? "")) break;
    key = key.slice(0, match.index);
  }
  return key;
}

/** A person's or subject's name: half-width, every space dropped (张, U+3000, 三 is `张三`). */
export function normaliseName(text: string): string {
  return dropSpaces(toHalfWidth(text));
}

/**
 * A unit's name: spaces dropped, full-width letters and digits half-width, and brackets in the
 * Chinese full-width form, so that `区委办(档案局)` and `区委办（档案局）` are one unit.
 */
export function normaliseUnit(text: string): string {
  const name = normaliseName(text);
  return name.includes("(") || name.includes(")") ? name.replace(/\(/g, "（").replace(/\)/g, "）") : name;
}

/** The text a cell shows; errors read as empty (their own findings report them). */
export function cellText(value: GridValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isGridDate(value)) return formatCalDate(value);
  return "";
}

const SHOWN_MAX = 30;

/** A cell's content quoted in a finding's message, shortened so that a long note stays readable. */
export function shownValue(value: GridValue): string {
  if (isGridError(value)) return value.code;
  const text = cellText(value).trim();
  return text.length > SHOWN_MAX ? `${text.slice(0, SHOWN_MAX)}…` : text;
}

/** True when a cell holds nothing a person would see as content. */
export function isBlank(value: GridValue): boolean {
  if (value === null) return true;
  if (typeof value === "string") return value === "" || (!startsWithContent(value) && dropSpaces(value) === "");
  return false;
}

/**
 * A text whose first character is plainly no space (a letter, a digit, a CJK character): the
 * reader asks whether every label cell of every row is blank, and most are not.
 */
function startsWithContent(text: string): boolean {
  const code = text.charCodeAt(0);
  return (code > 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff);
}

/**
 * Text as SpreadsheetML stores it. Cell text, formulas, notes and table column names are all
 * "escaped strings" (ECMA-376 Part 1, §22.9.2.19 ST_Xstring): XML's own escapes, plus `_xHHHH_`
 * for the characters XML 1.0 cannot carry (a roster cell may hold a stray control character
 * pasted from another system), and `_x005F_` before a literal `_xHHHH_` so that a reader does not
 * decode the clerk's own text. That underscore is escaped before any `_xHHHH`, closed or not: the
 * character after it may itself be written as an escape starting with `_` (`_x0041` then a
 * carriage return would otherwise read back as `A`). A lone surrogate has no character to stand for and is dropped:
 * UTF-8 cannot encode it, and a reader would refuse the whole part.
 */

// Everything that is not written as it stands. Element content keeps tabs and line feeds; a
// carriage return is escaped, as Excel writes it, because an XML parser turns a raw one into a
// line feed. Checked first so that the common text (no markup, no controls) is returned as is.
/* eslint-disable no-control-regex -- finding the control characters XML 1.0 forbids is these patterns' purpose */
const NEEDS_ESCAPE = /[&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}/;
const CONTENT_PARTS =
  /[&<>"\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4})|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;
// In an attribute a raw tab or line feed would become a space (attribute-value normalisation).
const ATTRIBUTE_PARTS =
  /[&<>"\u0000-\u001F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4})|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

/* eslint-enable no-control-regex */

const NAMED: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  _: "_x005F_",
  "\t": "&#9;",
  "\n": "&#10;",
};

function escapePart(part: string): string {
  const named = NAMED[part];
  if (named !== undefined) return named;
  // A surrogate pair (one character beyond the Basic Multilingual Plane) stays as it is.
  if (part.length === 2) return part;
  const code = part.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return "";
  return `_x${code.toString(16).toUpperCase().padStart(4, "0")}_`;
}

/** Text for element content (`<t>`, `<f>`, `<v>`, `<formula>`). */
export function xmlText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(CONTENT_PARTS, escapePart) : text;
}

/** Text for a double-quoted attribute value (a table column's name, a drop-down's prompt). */
export function xmlAttribute(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ATTRIBUTE_PARTS, escapePart) : text;
}

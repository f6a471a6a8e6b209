import { linkFormula, type PlanCell, type PlanValue } from "../../core/plan/writePlan";
import { asciiBytes, type XmlBytes } from "./xmlBytes";
import { xmlText } from "./xmlText";

/**
 * One `<c>` element. Text is an inline string, so the package needs no shared-string table
 * (which would have to hold every distinct text of a district before the first sheet is done).
 * A formula carries the plan's value as its cached result, so a viewer that does not recalculate
 * shows the core's numbers; a null result is written without one and the program computes it.
 * Cells are written into the sheet's bytes (xmlBytes.ts): a district writes millions of them.
 */

/** `<c r="` and a column's letters: made once per column (cellOpening), copied into each of its cells. */
export function cellOpening(letters: string): Uint8Array {
  return asciiBytes(`<c r="${letters}`);
}

/** The markup every cell repeats, as bytes made once (a district writes millions of cells). */
const STYLE_OPEN = asciiBytes('" s="');
const QUOTE = asciiBytes('"');
const EMPTY_END = asciiBytes("/>");
const INLINE_OPEN = asciiBytes(' t="inlineStr"><is><t xml:space="preserve">');
const INLINE_END = asciiBytes("</t></is></c>");
const V_OPEN = asciiBytes("<v>");
const V_END = asciiBytes("</v>");
const CELL_END = asciiBytes("</c>");
const TRUE_V = asciiBytes("<v>1</v>");
const FALSE_V = asciiBytes("<v>0</v>");
const ERROR_V = asciiBytes("<v>#NUM!</v>");
/** The `t` attribute of a value and the start tag's end: text, boolean, a number the format cannot hold, a number. */
const STRING_TYPE = asciiBytes(' t="str">');
const BOOLEAN_TYPE = asciiBytes(' t="b">');
const ERROR_TYPE = asciiBytes(' t="e">');
const TAG_END = asciiBytes(">");

/** `<c r="B7" s="3"`: the element opened, its type and content still to come. */
function openCell(out: XmlBytes, opening: Uint8Array, row: number, style: number): void {
  out.bytes(opening);
  out.int(row);
  if (style === 0) out.bytes(QUOTE);
  else {
    out.bytes(STYLE_OPEN);
    out.int(style);
    out.bytes(QUOTE);
  }
}

/** The `t` attribute of a value (none for a number), with the `>` that ends the start tag. */
function valueType(value: string | number | boolean): Uint8Array {
  if (typeof value === "string") return STRING_TYPE;
  if (typeof value === "boolean") return BOOLEAN_TYPE;
  return Number.isFinite(value) ? TAG_END : ERROR_TYPE;
}

/** The `<v>` element of a value. */
function writeV(out: XmlBytes, value: string | number | boolean): void {
  if (typeof value === "string") {
    out.bytes(V_OPEN);
    out.text(xmlText(value));
    out.bytes(V_END);
  } else if (typeof value === "boolean") out.bytes(value ? TRUE_V : FALSE_V);
  // String(n) is the shortest text that reads back as the same double. A number the format
  // cannot hold (the plan never makes one) shows as Excel's own error instead of breaking the
  // part: `<v>NaN</v>` would make Excel refuse the whole file.
  else if (!Number.isFinite(value)) out.bytes(ERROR_V);
  else {
    out.bytes(V_OPEN);
    // The counts most cells hold, without a string each; String(-0) is "0" too.
    if (value >= 0 && value <= 0x7fffffff && (value | 0) === value) out.int(value);
    else out.ascii(String(value));
    out.bytes(V_END);
  }
}

/** A cell holding a value at the column `opening` opens, row `row`; an empty cell is written only when it has a style. */
export function writeValueCell(out: XmlBytes, opening: Uint8Array, row: number, style: number, value: PlanValue): void {
  if (value === null) {
    if (style === 0) return;
    openCell(out, opening, row, style);
    out.bytes(EMPTY_END);
    return;
  }
  openCell(out, opening, row, style);
  if (typeof value === "string") {
    out.bytes(INLINE_OPEN);
    out.text(xmlText(value));
    out.bytes(INLINE_END);
    return;
  }
  out.bytes(valueType(value));
  writeV(out, value);
  out.bytes(CELL_END);
}

/**
 * A formula cell: `formulaXml` is its whole `<f>` element (as bytes when the column repeats it:
 * a shared formula's follower), `cached` the plan's result.
 */
export function writeFormulaCell(
  out: XmlBytes,
  opening: Uint8Array,
  row: number,
  style: number,
  formulaXml: string | Uint8Array,
  cached: PlanValue,
): void {
  openCell(out, opening, row, style);
  out.bytes(cached === null ? TAG_END : valueType(cached));
  if (typeof formulaXml === "string") out.text(formulaXml);
  else out.bytes(formulaXml);
  if (cached !== null) writeV(out, cached);
  out.bytes(CELL_END);
}

/** `<f>` holding a whole formula. */
export function fullFormulaXml(formula: string): string {
  return `<f>${xmlText(formula)}</f>`;
}

/**
 * A plan cell that carries its own content: a value, a formula with its cached result, or an
 * internal link written as a HYPERLINK formula showing its text (as every host writes it).
 */
export function writePlanCell(out: XmlBytes, opening: Uint8Array, row: number, style: number, cell: PlanCell): void {
  if (cell.formula !== undefined) {
    writeFormulaCell(out, opening, row, style, fullFormulaXml(cell.formula), cell.value);
  } else if (cell.link !== undefined) {
    const text = cell.value === null ? cell.link : String(cell.value);
    writeFormulaCell(out, opening, row, style, fullFormulaXml(linkFormula(cell.link, text)), text);
  } else writeValueCell(out, opening, row, style, cell.value);
}

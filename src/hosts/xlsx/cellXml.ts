import { linkFormula, type PlanCell, type PlanValue } from "../../core/plan/writePlan";
import type { XmlBytes } from "./xmlBytes";
import { xmlText } from "./xmlText";

/**
 * One `<c>` element. Text is an inline string, so the package needs no shared-string table
 * (which would have to hold every distinct text of a district before the first sheet is done).
 * A formula carries the plan's value as its cached result, so a viewer that does not recalculate
 * shows the core's numbers; a null result is written without one and the program computes it.
 * Cells are written into the sheet's bytes (xmlBytes.ts): a district writes millions of them.
 */

/** `<c r="B7" s="3"`: the element opened, its type and content still to come. */
function openCell(out: XmlBytes, letters: string, row: number, style: number): void {
  out.ascii('<c r="');
  out.ascii(letters);
  out.int(row);
  if (style === 0) out.ascii('"');
  else {
    out.ascii('" s="');
    out.int(style);
    out.ascii('"');
  }
}

/** The `t` attribute of a value (none for a number). */
function valueType(value: string | number | boolean): string {
  if (typeof value === "string") return ' t="str"';
  if (typeof value === "boolean") return ' t="b"';
  return Number.isFinite(value) ? "" : ' t="e"';
}

/** The `<v>` element of a value. */
function writeV(out: XmlBytes, value: string | number | boolean): void {
  if (typeof value === "string") {
    out.ascii("<v>");
    out.text(xmlText(value));
    out.ascii("</v>");
  } else if (typeof value === "boolean") out.ascii(value ? "<v>1</v>" : "<v>0</v>");
  // String(n) is the shortest text that reads back as the same double. A number the format
  // cannot hold (the plan never makes one) shows as Excel's own error instead of breaking the
  // part: `<v>NaN</v>` would make Excel refuse the whole file.
  else if (!Number.isFinite(value)) out.ascii("<v>#NUM!</v>");
  else {
    out.ascii("<v>");
    // The counts most cells hold, without a string each; String(-0) is "0" too.
    if (value >= 0 && value <= 0x7fffffff && (value | 0) === value) out.int(value);
    else out.ascii(String(value));
    out.ascii("</v>");
  }
}

/** A cell holding a value at column `letters`, row `row`; an empty cell is written only when it has a style. */
export function writeValueCell(out: XmlBytes, letters: string, row: number, style: number, value: PlanValue): void {
  if (value === null) {
    if (style === 0) return;
    openCell(out, letters, row, style);
    out.ascii("/>");
    return;
  }
  openCell(out, letters, row, style);
  if (typeof value === "string") {
    out.ascii(' t="inlineStr"><is><t xml:space="preserve">');
    out.text(xmlText(value));
    out.ascii("</t></is></c>");
    return;
  }
  out.ascii(valueType(value));
  out.ascii(">");
  writeV(out, value);
  out.ascii("</c>");
}

/** A formula cell: `formulaXml` is its whole `<f>` element, `cached` the plan's result. */
export function writeFormulaCell(
  out: XmlBytes,
  letters: string,
  row: number,
  style: number,
  formulaXml: string,
  cached: PlanValue,
): void {
  openCell(out, letters, row, style);
  if (cached !== null) out.ascii(valueType(cached));
  out.ascii(">");
  out.text(formulaXml);
  if (cached !== null) writeV(out, cached);
  out.ascii("</c>");
}

/** `<f>` holding a whole formula. */
export function fullFormulaXml(formula: string): string {
  return `<f>${xmlText(formula)}</f>`;
}

/**
 * A plan cell that carries its own content: a value, a formula with its cached result, or an
 * internal link written as a HYPERLINK formula showing its text (as every host writes it).
 */
export function writePlanCell(out: XmlBytes, letters: string, row: number, style: number, cell: PlanCell): void {
  if (cell.formula !== undefined) {
    writeFormulaCell(out, letters, row, style, fullFormulaXml(cell.formula), cell.value);
  } else if (cell.link !== undefined) {
    const text = cell.value === null ? cell.link : String(cell.value);
    writeFormulaCell(out, letters, row, style, fullFormulaXml(linkFormula(cell.link, text)), text);
  } else writeValueCell(out, letters, row, style, cell.value);
}

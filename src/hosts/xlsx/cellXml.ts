import { linkFormula, type PlanCell, type PlanValue } from "../../core/plan/writePlan";
import { xmlText } from "./xmlText";

/**
 * One `<c>` element. Text is an inline string, so the package needs no shared-string table
 * (which would have to hold every distinct text of a district before the first sheet is done).
 * A formula carries the plan's value as its cached result, so a viewer that does not recalculate
 * shows the core's numbers; a null result is written without one and the program computes it.
 */

function styleAttribute(style: number): string {
  return style === 0 ? "" : ` s="${style}"`;
}

/** The `t` attribute and the `<v>` element of a value. */
function typedValue(value: string | number | boolean): [type: string, v: string] {
  if (typeof value === "string") return [' t="str"', `<v>${xmlText(value)}</v>`];
  if (typeof value === "boolean") return [' t="b"', value ? "<v>1</v>" : "<v>0</v>"];
  // String(n) is the shortest text that reads back as the same double. A number the format
  // cannot hold (the plan never makes one) shows as Excel's own error instead of breaking the
  // part: `<v>NaN</v>` would make Excel refuse the whole file.
  return Number.isFinite(value) ? ["", `<v>${String(value)}</v>`] : [' t="e"', "<v>#NUM!</v>"];
}

/** A cell holding a value; an empty cell is written only when it has a style. */
export function valueCellXml(ref: string, style: number, value: PlanValue): string {
  const open = `<c r="${ref}"${styleAttribute(style)}`;
  if (value === null) return style === 0 ? "" : `${open}/>`;
  if (typeof value === "string") {
    return `${open} t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
  }
  const [type, v] = typedValue(value);
  return `${open}${type}>${v}</c>`;
}

/** A formula cell: `formulaXml` is its whole `<f>` element, `cached` the plan's result. */
export function formulaCellXml(ref: string, style: number, formulaXml: string, cached: PlanValue): string {
  const open = `<c r="${ref}"${styleAttribute(style)}`;
  if (cached === null) return `${open}>${formulaXml}</c>`;
  const [type, v] = typedValue(cached);
  return `${open}${type}>${formulaXml}${v}</c>`;
}

/** `<f>` holding a whole formula. */
export function fullFormulaXml(formula: string): string {
  return `<f>${xmlText(formula)}</f>`;
}

/**
 * A plan cell that carries its own content: a value, a formula with its cached result, or an
 * internal link written as a HYPERLINK formula showing its text (as every host writes it).
 */
export function planCellXml(ref: string, style: number, cell: PlanCell): string {
  if (cell.formula !== undefined) return formulaCellXml(ref, style, fullFormulaXml(cell.formula), cell.value);
  if (cell.link !== undefined) {
    const text = cell.value === null ? cell.link : String(cell.value);
    return formulaCellXml(ref, style, fullFormulaXml(linkFormula(cell.link, text)), text);
  }
  return valueCellXml(ref, style, cell.value);
}

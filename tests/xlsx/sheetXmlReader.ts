import { execFileSync } from "node:child_process";
import { formulaTemplate, movedFormula, type FormulaTemplate } from "../../src/core/plan/formulaMove";

/**
 * A small reader of the parts the sheet writer makes, for checking them against the plan: the
 * cells of a worksheet with their shared formulas expanded, and text decoded as Excel decodes
 * it (XML entities, then `_xHHHH_` from left to right).
 */

export interface ReadCell {
  style: number;
  type: string | null;
  /** The cell's formula, a shared one moved to the cell. */
  formula: string | null;
  /** `<v>` or the inline string's text, decoded; null when the cell has neither. */
  value: string | null;
}

export function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[name] ?? "";
  });
}

export function decodeXstring(xml: string): string {
  return decodeXml(xml).replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const CELL = /<c r="([A-Z]+)(\d+)"(?: s="(\d+)")?(?: t="(\w+)")?(?:\/>|>([\s\S]*?)<\/c>)/g;
const FORMULA = /<f(?: t="shared"(?: ref="([A-Z]+\d+:[A-Z]+\d+)")? si="(\d+)")?(?:\/>|>([\s\S]*?)<\/f>)/;

/** Every cell of a worksheet part by address. Throws on a shared formula that has no master above it. */
export function readCells(xml: string): Map<string, ReadCell> {
  const cells = new Map<string, ReadCell>();
  const masters = new Map<string, { template: FormulaTemplate; col: string; row: number; last: number }>();
  for (const [, col = "", rowText = "", style, type, body = ""] of xml.matchAll(CELL)) {
    const row = Number(rowText);
    let formula: string | null = null;
    const f = FORMULA.exec(body);
    if (f !== null) {
      const [, ref, si, text] = f;
      if (si === undefined) formula = decodeXstring(text ?? "");
      else if (ref !== undefined) {
        formula = decodeXstring(text ?? "");
        const last = Number(/\d+$/.exec(ref)?.[0]);
        masters.set(si, { template: formulaTemplate(formula), col, row, last });
      } else {
        const master = masters.get(si);
        if (master === undefined || master.col !== col || row > master.last) {
          throw new Error(`${col}${row}: shared formula ${si} outside its master's range`);
        }
        formula = movedFormula(master.template, row - master.row);
      }
    }
    const v = /<v>([\s\S]*?)<\/v>/.exec(body) ?? /<t xml:space="preserve">([\s\S]*?)<\/t>/.exec(body);
    cells.set(`${col}${row}`, {
      style: style === undefined ? 0 : Number(style),
      type: type ?? null,
      formula,
      value: v === null ? null : decodeXstring(v[1] ?? ""),
    });
  }
  return cells;
}

/** Throws with xmllint's message when `xml` is not well-formed. */
export function assertWellFormed(xml: string): void {
  execFileSync("xmllint", ["--noout", "--nonet", "-"], { input: xml, stdio: ["pipe", "ignore", "pipe"] });
}

/** The names of the root element's children, in order. */
export function rootChildren(xml: string): string[] {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*<[^>]+>/, "").replace(/<\/\w+>$/, "");
  const names: string[] = [];
  let depth = 0;
  for (const [tag, close, name = "", selfClosing] of body.matchAll(/<(\/?)([A-Za-z:]+)[^>]*?(\/?)>/g)) {
    if (close === "/") depth--;
    else {
      if (depth === 0) names.push(name);
      if (selfClosing !== "/" && !tag.endsWith("/>")) depth++;
    }
  }
  return names;
}

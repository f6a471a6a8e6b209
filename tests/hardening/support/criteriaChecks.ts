import { parseA1 } from "../../../src/core/model/address";
import * as LABELS from "../../../src/core/plan/labels";
import type { WritePlan } from "../../../src/core/plan/writePlan";
import { rowList } from "../../../src/core/plan/planRows";

/**
 * No text a person typed is ever a criterion. COUNTIF(S), SUMIF(S) and AVERAGEIF(S) read their
 * criteria, and MATCH, LOOKUP and SEARCH their lookup values, as patterns (`*`, `?`, `~`, a
 * leading operator, either case). In Kaohe's formulas a criterion may only be a number, TRUE, one
 * of Kaohe's own labels (labels.ts) or a reference to a column of keys Kaohe writes: 考核对象's ID
 * and the unit numbers (单位编号). Checked on the plan itself, so it holds for every host.
 */
const KEY_HEADERS = new Set(["ID", "单位编号"]);

/** Function → the 0-based argument positions that are criteria or lookup values. */
const CRITERIA: Record<string, (args: number) => number[]> = {
  COUNTIF: () => [1],
  SUMIF: () => [1],
  AVERAGEIF: () => [1],
  COUNTIFS: (n) => range(n).filter((i) => i % 2 === 1),
  SUMIFS: (n) => range(n).filter((i) => i >= 2 && i % 2 === 0),
  AVERAGEIFS: (n) => range(n).filter((i) => i >= 2 && i % 2 === 0),
  MATCH: () => [0],
  VLOOKUP: () => [0],
  HLOOKUP: () => [0],
  LOOKUP: () => [0],
  SEARCH: () => [0],
  SEARCHB: () => [0],
};

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** Every text constant of labels.ts: the words Kaohe writes and compares with. */
function kaoheLabels(): Set<string> {
  const out = new Set<string>([""]);
  const visit = (v: unknown): void => {
    if (typeof v === "string") out.add(v);
    else if (v !== null && typeof v === "object") Object.values(v).forEach(visit);
  };
  Object.values(LABELS).forEach(visit);
  return out;
}
const LABEL_TEXT = kaoheLabels();

export interface Call {
  name: string;
  args: string[];
}

/** Every function call of a formula, nested ones too, with its arguments' text (trimmed). */
export function calls(formula: string): Call[] {
  const out: Call[] = [];
  const stack: Array<{ name: string | null; args: string[]; start: number }> = [];
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A string literal or a quoted sheet name: its brackets and commas are text.
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      i = j;
    } else if (ch === "(") {
      let k = i;
      while (k > 0 && /[A-Za-z0-9_.]/.test(formula[k - 1] ?? "")) k--;
      const name = formula.slice(k, i);
      stack.push({ name: /^[A-Za-z_]/.test(name) ? name.toUpperCase() : null, args: [], start: i + 1 });
    } else if (ch === "," || ch === ")") {
      const top = ch === ")" ? stack.pop() : stack[stack.length - 1];
      if (top === undefined) continue;
      top.args.push(formula.slice(top.start, i).trim());
      top.start = i + 1;
      if (ch === ")" && top.name !== null) out.push({ name: top.name, args: top.args });
    }
  }
  return out;
}

/** A cell reference, `'考核对象'!$A$5` or `A5`, as its sheet and column; null for anything else. */
function referenceOf(text: string, sheet: string): { sheet: string; col: number } | null {
  const m = /^(?:'((?:[^']|'')+)'!|([^'!]+)!)?\$?([A-Z]{1,3})\$?(\d+)$/.exec(text);
  if (m === null) return null;
  const at = parseA1(`${m[3] ?? ""}${m[4] ?? ""}`);
  if (at === null) return null;
  const named = m[1] === undefined ? m[2] : m[1].replace(/''/g, "'");
  return { sheet: named ?? sheet, col: at.col };
}

function headerOf(plan: WritePlan, sheet: string, col: number): string | undefined {
  const s = plan.sheets.find((x) => x.name === sheet);
  return s?.table.columns[col - s.table.anchorCol]?.header;
}

function allowedCriterion(plan: WritePlan, sheet: string, arg: string, fn: string): boolean {
  if (/^-?\d+(\.\d+)?$/.test(arg)) return true;
  if (arg === "TRUE" && (fn === "MATCH" || fn === "LOOKUP")) return true;
  // A subject's or a tally row's ID as the reader makes it (R or T and a number): links and
  // 汇总's special-report rows find their row by it (keyedLink.ts).
  if (fn === "MATCH" && /^"[RT]\d+"$/.test(arg)) return true;
  const literal = /^"((?:[^"]|"")*)"$/.exec(arg);
  if (literal !== null) {
    const text = (literal[1] ?? "").replace(/""/g, '"');
    return LABEL_TEXT.has(text) && !/[*?~]/.test(text) && !/^[=<>]/.test(text);
  }
  const ref = referenceOf(arg, sheet);
  if (ref === null) return false;
  return KEY_HEADERS.has(headerOf(plan, ref.sheet, ref.col) ?? "");
}

/** Each formula of the plan once per column (a formula column's is the same on every row), with its sheet. */
function planFormulas(plan: WritePlan): Array<{ sheet: string; formula: string }> {
  const out: Array<{ sheet: string; formula: string }> = [];
  for (const s of plan.sheets) {
    for (const c of s.table.columns) if (c.formula !== undefined) out.push({ sheet: s.name, formula: c.formula });
    for (const row of rowList(s.table.rows))
      for (const cell of row) if (cell.formula) out.push({ sheet: s.name, formula: cell.formula });
    for (const cell of s.loose) if (cell.formula !== undefined) out.push({ sheet: s.name, formula: cell.formula });
    for (const cf of s.conditionalFormats) out.push({ sheet: s.name, formula: cf.formula });
    for (const v of s.validations) out.push({ sheet: s.name, formula: v.list });
  }
  return out;
}

/** Throws, naming the formula, when any criterion of the plan is not a number, a label of Kaohe's or a key. */
export function checkCriteria(plan: WritePlan): number {
  let checked = 0;
  for (const { sheet, formula } of planFormulas(plan)) {
    for (const call of calls(formula)) {
      const positions = CRITERIA[call.name];
      if (positions === undefined) continue;
      for (const i of positions(call.args.length)) {
        const arg = call.args[i] ?? "";
        checked++;
        if (!allowedCriterion(plan, sheet, arg, call.name)) {
          throw new Error(`${sheet}: ${call.name} takes ${arg} as a criterion: ${formula.slice(0, 300)}`);
        }
      }
    }
  }
  return checked;
}

import { parseA1 } from "../core/model/address";

/**
 * The conditional formats Kaohe writes, evaluated on the cached values of the reviewed workbook
 * so the preview shows the same colours Excel would. It reads the plan's own formulas and
 * understands what they are made of: cell references (with `$`), text and numbers, comparisons,
 * and AND / OR / NOT. Anything else makes the formula unreadable (null), and no colour is shown
 * rather than a guessed one.
 */
export type CellValueAt = (row: number, col: number) => string | number | boolean | null;

type Token =
  | { kind: "ref"; row: number; col: number; absRow: boolean; absCol: boolean }
  | { kind: "text"; value: string }
  | { kind: "number"; value: number }
  | { kind: "op"; value: string }
  | { kind: "name"; value: string }
  | { kind: "punct"; value: "(" | ")" | "," };

type Node =
  | { kind: "ref"; row: number; col: number; absRow: boolean; absCol: boolean }
  | { kind: "literal"; value: string | number }
  | { kind: "compare"; op: string; left: Node; right: Node }
  | { kind: "call"; name: "AND" | "OR" | "NOT"; args: Node[] };

const TOKEN =
  /\s*(?:(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])|"((?:[^"]|"")*)"|(\d+(?:\.\d+)?)|(<>|<=|>=|=|<|>)|([A-Z]+)(?=\()|([(),]))/y;

function tokenize(formula: string): Token[] | null {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    if (formula.slice(TOKEN.lastIndex).trim() === "") break;
    const m = TOKEN.exec(formula);
    if (m === null) return null;
    if (m[2] !== undefined && m[4] !== undefined) {
      const at = parseA1(`${m[2]}${m[4]}`);
      if (at === null) return null;
      tokens.push({ kind: "ref", row: at.row, col: at.col, absCol: m[1] === "$", absRow: m[3] === "$" });
    } else if (m[5] !== undefined) tokens.push({ kind: "text", value: m[5].replace(/""/g, '"') });
    else if (m[6] !== undefined) tokens.push({ kind: "number", value: Number(m[6]) });
    else if (m[7] !== undefined) tokens.push({ kind: "op", value: m[7] });
    else if (m[8] !== undefined) tokens.push({ kind: "name", value: m[8] });
    else if (m[9] !== undefined) tokens.push({ kind: "punct", value: m[9] as "(" | ")" | "," });
  }
  return tokens;
}

/** Parses a highlight formula, or returns null when it uses anything outside the small language above. */
export function parseHighlight(formula: string): Node | null {
  const tokens = tokenize(formula.replace(/^=/, ""));
  if (tokens === null) return null;
  let at = 0;
  const operand = (): Node | null => {
    const t = tokens[at++];
    if (t === undefined) return null;
    if (t.kind === "ref") return t;
    if (t.kind === "text" || t.kind === "number") return { kind: "literal", value: t.value };
    if (t.kind === "punct" && t.value === "(") {
      const inner = comparison();
      return tokens[at++]?.kind === "punct" ? inner : null;
    }
    if (t.kind === "name" && (t.value === "AND" || t.value === "OR" || t.value === "NOT")) {
      if (tokens[at++]?.kind !== "punct") return null;
      const args: Node[] = [];
      for (;;) {
        const arg = comparison();
        if (arg === null) return null;
        args.push(arg);
        const sep = tokens[at++];
        if (sep?.kind === "punct" && sep.value === ",") continue;
        if (sep?.kind === "punct" && sep.value === ")") break;
        return null;
      }
      return { kind: "call", name: t.value, args };
    }
    return null;
  };
  const comparison = (): Node | null => {
    const left = operand();
    const t = tokens[at];
    if (left === null || t?.kind !== "op") return left;
    at++;
    const right = operand();
    return right === null ? null : { kind: "compare", op: t.value, left, right };
  };
  const tree = comparison();
  return tree !== null && at === tokens.length ? tree : null;
}

/**
 * Whether a parsed formula holds for the cell (row, col) of a range whose top-left cell is
 * (top, left): relative references move with the cell, as in Excel.
 */
export function holds(
  tree: Node,
  at: { row: number; col: number; top: number; left: number },
  value: CellValueAt,
): boolean {
  return truthy(evaluate(tree, at, value));
}

function evaluate(
  node: Node,
  at: { row: number; col: number; top: number; left: number },
  value: CellValueAt,
): string | number | boolean | null {
  switch (node.kind) {
    case "ref":
      return value(
        node.absRow ? node.row : node.row + at.row - at.top,
        node.absCol ? node.col : node.col + at.col - at.left,
      );
    case "literal":
      return node.value;
    case "compare":
      return compare(node.op, evaluate(node.left, at, value), evaluate(node.right, at, value));
    case "call": {
      const args = node.args.map((a) => truthy(evaluate(a, at, value)));
      if (node.name === "AND") return args.every(Boolean);
      if (node.name === "OR") return args.some(Boolean);
      return !args[0];
    }
  }
}

/** Excel's comparison: a blank is 0 next to a number and "" next to text; text compares without case. */
function compare(op: string, a: string | number | boolean | null, b: string | number | boolean | null): boolean {
  const numeric = typeof a === "number" || typeof b === "number";
  const x = numeric ? (a === null ? 0 : a) : String(a ?? "").toLowerCase();
  const y = numeric ? (b === null ? 0 : b) : String(b ?? "").toLowerCase();
  if (numeric && typeof x !== typeof y) return op === "<>";
  switch (op) {
    case "=":
      return x === y;
    case "<>":
      return x !== y;
    case "<":
      return x < y;
    case ">":
      return x > y;
    case "<=":
      return x <= y;
    default:
      return x >= y;
  }
}

function truthy(v: string | number | boolean | null): boolean {
  return v === true || (typeof v === "number" && v !== 0);
}

import { parseA1 } from "../model/address";
import { kaoheSheetKind } from "./kaoheSheetContent";
import type { PlanLayout } from "./planOutline";

/**
 * Which of a workbook's sheets a run replaces, decided the same way by every host: the sheets
 * the marker name (`KAOHE_SHEETS`) lists whose content is Kaohe's (a marker may point anywhere),
 * and those the plan writes. A sheet with the name of one the plan writes that is not Kaohe's is
 * the user's, and the run refuses to touch it (the core names its sheets around the user's).
 */

/** The cells `KAOHE_SHEETS` refers to: `'考核规则'!$C$2:$G$2`. */
export interface MarkerRange {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function markerRange(refersTo: string): MarkerRange | null {
  const bang = refersTo.lastIndexOf("!");
  if (bang < 0) return null;
  const sheet = sheetOfReference(refersTo);
  const [from = "", to = from] = refersTo
    .slice(bang + 1)
    .replace(/\$/g, "")
    .split(":");
  const start = parseA1(from);
  const end = parseA1(to);
  if (start === null || end === null || sheet === "") return null;
  return { sheet, top: start.row, left: start.col, bottom: end.row, right: end.col };
}

/** The sheet of `'考核 规则'!$C$2` or `Sheet1!$A$1` (quotes undone), whatever follows the `!`. */
export function sheetOfReference(refersTo: string): string {
  const quoted = refersTo.slice(0, Math.max(0, refersTo.lastIndexOf("!")));
  return quoted.startsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
}

/** The sheet names the marker's cells hold, read through the host's `text(sheet, row, col)`. */
export function markedSheetNames(
  range: MarkerRange | null,
  text: (sheet: string, row: number, col: number) => unknown,
): string[] {
  if (range === null) return [];
  const names: string[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    for (let col = range.left; col <= range.right; col++) {
      const value = text(range.sheet, row, col);
      if (typeof value === "string" && value !== "") names.push(value);
    }
  }
  return names;
}

/**
 * The marked names whose sheets hold Kaohe's content (kaoheSheetContent.ts), read through the
 * host's `text(sheet, row, col)`: a marker naming a user's sheet must not make a run replace it.
 */
export function kaoheMarkedSheets(
  marked: readonly string[],
  text: (sheet: string, row: number, col: number) => unknown,
): string[] {
  return marked.filter((sheet) => kaoheSheetKind((row, col) => text(sheet, row, col)) !== null);
}

/**
 * Excel compares sheet names without regard to case, and the reader ignores spaces around a
 * Kaohe name, so `考核对象 ` is Kaohe's name too: it would be read as Kaohe's sheet, and writing
 * 考核对象 beside it would leave two.
 */
export function sameSheetName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The first sheet with the name of a sheet the plan writes that no earlier run marked as Kaohe's, or null. */
export function foreignKaoheSheet(
  sheetNames: readonly string[],
  marked: readonly string[],
  plan: PlanLayout,
): string | null {
  for (const name of sheetNames) {
    if (plan.sheets.some((s) => sameSheetName(s.name, name)) && !marked.includes(name)) return name;
  }
  return null;
}

/** The sheets a run removes before writing its own: the marked ones and those the plan writes. */
export function ownedSheetNames(marked: readonly string[], plan: PlanLayout): Set<string> {
  return new Set([...marked, ...plan.sheets.map((s) => s.name)]);
}

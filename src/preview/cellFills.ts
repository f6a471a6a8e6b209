import type { GridValue, SheetGrid } from "../core/model/sheetGrid";
import type { PlanSheet } from "../core/plan/writePlan";
import { holds, parseHighlight } from "./highlightFormula";

/** `row:col` (1-based sheet coordinates) → `RRGGBB`. */
export type FillMap = Map<string, string>;

/**
 * The colours a reviewed sheet shows, from its plan: each conditional format evaluated on the
 * workbook's cached values, the highest priority winning, then the fills of the loose cells
 * (the legend). Only rows up to `lastRow` are computed: the page shows no more.
 */
export function cellFills(grid: SheetGrid, plan: PlanSheet, lastRow: number): FillMap {
  const fills: FillMap = new Map();
  const value = (row: number, col: number) =>
    plainValue(grid.values[row - grid.originRow]?.[col - grid.originCol] ?? null);
  for (const cf of [...plan.conditionalFormats].sort((a, b) => a.priority - b.priority)) {
    const tree = parseHighlight(cf.formula);
    const area = rangeOf(cf.ref);
    if (tree === null || area === null) continue;
    for (let row = area.top; row <= Math.min(area.bottom, lastRow); row++) {
      for (let col = area.left; col <= area.right; col++) {
        const key = `${row}:${col}`;
        if (fills.has(key)) continue;
        if (holds(tree, { row, col, top: area.top, left: area.left }, value)) fills.set(key, cf.fill);
      }
    }
  }
  for (const cell of plan.loose) {
    if (cell.fill !== undefined && !fills.has(`${cell.row}:${cell.col}`))
      fills.set(`${cell.row}:${cell.col}`, cell.fill);
  }
  return fills;
}

function plainValue(v: GridValue): string | number | boolean | null {
  return typeof v === "object" && v !== null ? null : v;
}

function rangeOf(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(ref);
  if (m === null) return null;
  const toCol = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const top = Number(m[2]);
  const left = toCol(m[1] ?? "A");
  return { top, left, bottom: Number(m[4] ?? top), right: m[3] === undefined ? left : toCol(m[3]) };
}

import { HIGHLIGHT, LEGEND_ROW } from "./kaoheSheets";
import type { PlanConditionalFormat, PlanLooseCell } from "./writePlan";

/**
 * Highlights: each is one conditional format over a whole table range (never per cell), and
 * one entry of the legend above the table, so every colour on a sheet explains itself.
 * When several apply to a row, the more urgent colour wins (red, orange, yellow, purple).
 */
export type HighlightColor = keyof typeof HIGHLIGHT;

export interface Highlight {
  color: HighlightColor;
  /** Relative to the top-left cell of the range, with the column fixed: `$AF5="是"`. */
  formula: string;
  meaning: string;
}

const URGENCY: readonly HighlightColor[] = ["red", "orange", "yellow", "purple"];

const COLOR_NAME: Record<HighlightColor, string> = { red: "红色", orange: "橙色", yellow: "黄色", purple: "紫色" };

export function conditionalFormats(ref: string, highlights: readonly Highlight[]): PlanConditionalFormat[] {
  return [...highlights]
    .sort((a, b) => URGENCY.indexOf(a.color) - URGENCY.indexOf(b.color))
    .map((h, i) => ({ ref, formula: h.formula, fill: HIGHLIGHT[h.color], priority: i + 1, meaning: h.meaning }));
}

/**
 * The legend in row 2: for each colour a filled swatch naming it, and its meaning beside it,
 * four columns apart so the meaning has room to spill over the empty cells to its right.
 */
export function legendCells(highlights: readonly Highlight[]): PlanLooseCell[] {
  const seen = new Set<string>();
  const entries = highlights.filter((h) => {
    const key = `${h.color}:${h.meaning}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [
    { row: LEGEND_ROW, col: 1, value: "图例", bold: true },
    ...entries.flatMap((h, i) => [
      { row: LEGEND_ROW, col: 2 + 4 * i, value: COLOR_NAME[h.color], fill: HIGHLIGHT[h.color] },
      { row: LEGEND_ROW, col: 3 + 4 * i, value: h.meaning },
    ]),
  ];
}

/** The meanings shared by every sheet, so that one colour means one thing throughout. */
export const MEANING = {
  red: "需专题报告（第四档票超过有效票三分之一）",
  orange: "超出名额或等次不允许",
  yellow: "缺少建议等次或缺少名额分配",
  purple: "数据错误（详见问题清单）",
} as const satisfies Record<HighlightColor, string>;

import type { SheetGrid } from "../model/sheetGrid";
import { KAOHE_SUMMARY_TITLE } from "../reader/vocabulary";
import {
  FINDINGS_SHEET,
  HEADER_ROW,
  LEGEND_ROW,
  QUOTAS_SHEET,
  RULES_SHEET,
  SUBJECTS_SHEET,
  SUMMARY_SHEET,
  TALLIES_SHEET,
  TITLE_ROW,
} from "./kaoheSheets";

/**
 * Tells Kaohe's own sheets by what they hold, never by their names: a clerk renames and copies
 * sheets (`考核对象 (2)`), keeps a tally of their own called 汇总, or a workbook carries a
 * `KAOHE_SHEETS` name pointing anywhere. Every Kaohe sheet has the same frame (kaoheSheets.ts):
 * its title in A1 and its table's header in row 4, whose first columns never change with the
 * rules (the level columns come later). A sheet that has both is Kaohe's, of that kind.
 */
export type KaoheSheetKind = "summary" | "subjects" | "quotas" | "findings" | "tallies" | "rules";

/** The name each kind is written under when nothing in the workbook takes it. */
export const KIND_SHEET_NAME: Record<KaoheSheetKind, string> = {
  summary: SUMMARY_SHEET,
  subjects: SUBJECTS_SHEET,
  quotas: QUOTAS_SHEET,
  findings: FINDINGS_SHEET,
  tallies: TALLIES_SHEET,
  rules: RULES_SHEET,
};

export const KAOHE_SHEET_KINDS = Object.keys(KIND_SHEET_NAME) as KaoheSheetKind[];

interface Signature {
  /** How A1 starts (the year or a count follows it). */
  title: string;
  /** Row 2, column A: the legend's label, or the marker's on 考核规则. */
  legend: string;
  /** The first header cells of row 4, from column A. */
  header: readonly string[];
}

const SIGNATURES: Record<KaoheSheetKind, Signature> = {
  summary: { title: `${KAOHE_SUMMARY_TITLE}（`, legend: "图例", header: ["单位", "参加定等人数", "名额"] },
  subjects: { title: "考核对象（", legend: "图例", header: ["ID", "姓名", "单位", "类别", "职务", "考核状态"] },
  quotas: { title: "单位名额（", legend: "图例", header: ["单位", "参加定等人数", "理论名额", "分配名额"] },
  findings: { title: "问题清单（", legend: "图例", header: ["序号", "级别", "类型", "代码", "问题说明"] },
  tallies: { title: "民主测评明细", legend: "图例", header: ["行号", "对象ID", "姓名", "单位", "评价主体"] },
  rules: { title: "考核规则（", legend: "考核助手标记", header: ["键", "规则", "值"] },
};

/** A cell of one sheet by its 1-based row and column, as a host or a grid holds it. */
export type SheetCellAt = (row: number, col: number) => unknown;

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** The rows a host must have read before it can tell: the title down to the header. */
export const KAOHE_HEAD_ROWS = HEADER_ROW;
/** The columns of those rows it must have read: the longest signature's. */
export const KAOHE_HEAD_COLS = Math.max(...Object.values(SIGNATURES).map((s) => s.header.length));

export function kaoheSheetKind(cell: SheetCellAt): KaoheSheetKind | null {
  const title = text(cell(TITLE_ROW, 1));
  if (title === "") return null;
  for (const kind of KAOHE_SHEET_KINDS) {
    const s = SIGNATURES[kind];
    if (!title.startsWith(s.title) || text(cell(LEGEND_ROW, 1)) !== s.legend) continue;
    if (s.header.every((header, i) => text(cell(HEADER_ROW, i + 1)) === header)) return kind;
  }
  return null;
}

export function gridCellAt(grid: SheetGrid): SheetCellAt {
  return (row, col) => grid.values[row - grid.originRow]?.[col - grid.originCol] ?? null;
}

export function kindOfGrid(grid: SheetGrid): KaoheSheetKind | null {
  return kaoheSheetKind(gridCellAt(grid));
}

/**
 * What a re-run reads of a Kaohe sheet below its head rows: all of 考核规则 (the rules and 列映射
 * a clerk edits), the columns of 考核对象 that carry an edited grade back to its person, and
 * nothing of the others, which are written again from the inputs. A host may leave out every
 * other cell of a Kaohe sheet while reading, and count none of them against INPUT_LIMITS.
 */
export const RERUN_HEADERS: Record<KaoheSheetKind, "all" | readonly string[]> = {
  rules: "all",
  subjects: ["ID", "姓名", "单位", "建议等次"],
  summary: [],
  quotas: [],
  findings: [],
  tallies: [],
};

/** The 1-based columns of `RERUN_HEADERS` in a Kaohe sheet's header row; "all" for every column. */
export function rerunColumns(kind: KaoheSheetKind, cell: SheetCellAt, lastCol: number): "all" | Set<number> {
  const wanted = RERUN_HEADERS[kind];
  if (wanted === "all") return "all";
  const cols = new Set<number>();
  for (let col = 1; col <= lastCol; col++) if (wanted.includes(text(cell(HEADER_ROW, col)))) cols.add(col);
  return cols;
}

/** Whether a value is kept when a host reduces a Kaohe sheet to what a re-run reads. */
export function keptForRerun(row: number, col: number, columns: "all" | ReadonlySet<number>): boolean {
  return row <= KAOHE_HEAD_ROWS || columns === "all" || columns.has(col);
}

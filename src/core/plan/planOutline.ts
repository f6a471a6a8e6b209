import type { PlanCell, PlanName, PlanSheet, PlanTable, WritePlan } from "./writePlan";

/**
 * A plan without its tables' rows: what a host needs to lay a review out (sheets, columns,
 * loose cells, formats, names), small at any district size. The rows, nearly all of a plan's
 * bytes, are fetched in blocks as they are written (`cutBlock`), so that the task pane never
 * receives a district's plan in one message (src/taskpane/review/planSource.ts).
 */
export interface PlanTableOutline extends Omit<PlanTable, "rows" | "rowHeights"> {
  /** How many data rows the table has. */
  rowCount: number;
  /**
   * `rowHeights` run-length coded, as [height, rows] pairs: a district's 测评明细 has a hundred
   * thousand rows of one height, one pair here.
   */
  heightRuns?: Array<[number | null, number]>;
}

export interface PlanSheetOutline extends Omit<PlanSheet, "table"> {
  table: PlanTableOutline;
}

export interface PlanOutline extends Omit<WritePlan, "sheets"> {
  sheets: PlanSheetOutline[];
}

/** What the owned-sheet rules read of a plan: its names and its sheets' names and loose cells. */
export interface PlanLayout {
  readonly names: readonly PlanName[];
  readonly sheets: ReadonlyArray<Pick<PlanSheet, "name" | "loose">>;
}

export function planOutline(plan: WritePlan): PlanOutline {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({ ...sheet, table: outlineOf(sheet.table) })),
  };
}

function outlineOf({ rows, rowHeights, ...table }: PlanTable): PlanTableOutline {
  return { ...table, rowCount: rows.length, ...(rowHeights === undefined ? {} : { heightRuns: runsOf(rowHeights) }) };
}

function runsOf(heights: readonly (number | null)[]): Array<[number | null, number]> {
  const runs: Array<[number | null, number]> = [];
  for (const height of heights) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[0] === height) last[1] += 1;
    else runs.push([height, 1]);
  }
  return runs;
}

/** A block of a table: data rows `from` to `to` (0-based, `to` excluded), columns `first` to `last` (0-based, inclusive). */
export interface TableBlock {
  from: number;
  to: number;
  first: number;
  last: number;
}

/** A row's cells of a block's columns. */
export function blockRow(row: readonly PlanCell[] | undefined, block: Pick<TableBlock, "first" | "last">): PlanCell[] {
  return row === undefined ? [] : row.slice(block.first, block.last + 1);
}

/** The whole plan again from its outline and every table's rows. */
export function planFromOutline(outline: PlanOutline, rows: ReadonlyArray<PlanCell[][]>): WritePlan {
  return {
    ...outline,
    sheets: outline.sheets.map((sheet, i) => ({ ...sheet, table: withRows(sheet.table, rows[i] ?? []) })),
  };
}

function withRows({ rowCount: _rowCount, heightRuns, ...table }: PlanTableOutline, rows: PlanCell[][]): PlanTable {
  if (heightRuns === undefined) return { ...table, rows };
  return {
    ...table,
    rows,
    rowHeights: heightRuns.flatMap(([height, count]) => new Array<number | null>(count).fill(height)),
  };
}

import type { PlanCell, PlanName, PlanSheet, PlanTable, WritePlan } from "./writePlan";

/**
 * A plan without its tables' rows: what a host needs to lay a review out (sheets, columns,
 * loose cells, formats, names), small at any district size. The rows, nearly all of a plan's
 * bytes, are fetched in blocks as they are written (`tableBlock`), so that the task pane never
 * receives a district's plan in one message (src/taskpane/review/planSource.ts).
 */
export interface PlanTableOutline extends Omit<PlanTable, "rows"> {
  /** How many data rows the table has. */
  rowCount: number;
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
    sheets: plan.sheets.map((sheet) => {
      const { rows, ...table } = sheet.table;
      return { ...sheet, table: { ...table, rowCount: rows.length } };
    }),
  };
}

/** A block of a table: data rows `from` to `to` (0-based, `to` excluded), columns `first` to `last` (0-based, inclusive). */
export interface TableBlock {
  from: number;
  to: number;
  first: number;
  last: number;
}

export function tableBlock(table: Pick<PlanTable, "rows">, block: TableBlock): PlanCell[][] {
  return table.rows.slice(block.from, block.to).map((row) => row.slice(block.first, block.last + 1));
}

/** The whole plan again from its outline and every table's rows. */
export function planFromOutline(outline: PlanOutline, rows: ReadonlyArray<PlanCell[][]>): WritePlan {
  return {
    ...outline,
    sheets: outline.sheets.map((sheet, i) => ({ ...sheet, table: withRows(sheet.table, rows[i] ?? []) })),
  };
}

function withRows({ rowCount: _rowCount, ...table }: PlanTableOutline, rows: PlanCell[][]): PlanTable {
  return { ...table, rows };
}

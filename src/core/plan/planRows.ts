import type { PlanCell, PlanRows, WritePlan } from "./writePlan";

/**
 * A table's rows with `change` applied to each: a list stays a list, changed at once; rows made
 * as they are read (测评明细's) are changed as they are read, so that none is kept.
 */
export function mapRows(rows: PlanRows, change: (row: readonly PlanCell[]) => readonly PlanCell[]): PlanRows {
  if (Array.isArray(rows)) return (rows as readonly (readonly PlanCell[])[]).map(change);
  return {
    length: rows.length,
    at: (index) => {
      const row = rows.at(index);
      return row === undefined ? undefined : change(row);
    },
  };
}

/**
 * Every row as a list, for a host that holds the whole sheet at once anyway (ExcelJS builds its
 * workbook in memory): a list is itself, rows made as they are read are each made once here.
 */
export function rowList(rows: PlanRows): ReadonlyArray<readonly PlanCell[]> {
  if (Array.isArray(rows)) return rows as ReadonlyArray<readonly PlanCell[]>;
  const list: Array<readonly PlanCell[]> = [];
  for (let i = 0; i < rows.length; i++) list.push(rows.at(i) ?? []);
  return list;
}

/**
 * The plan with every table's rows as a list: what structured cloning and deep comparison can
 * read (a source's rows are made by a function). For the bench's whole-outcome message and tests.
 */
export function listedPlan(plan: WritePlan): WritePlan & { sheets: Array<{ table: { rows: PlanCell[][] } }> } {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      table: { ...sheet.table, rows: rowList(sheet.table.rows) as PlanCell[][] },
    })),
  };
}

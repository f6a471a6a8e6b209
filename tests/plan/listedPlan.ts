import { rowList } from "../../src/core/plan/planRows";
import type { PlanCell, WritePlan } from "../../src/core/plan/writePlan";

/**
 * The plan with every table's rows as a list, as a plan pulled block by block arrives
 * (planFromOutline): 测评明细's rows are made as they are read (PlanRows), which neither
 * `toEqual` nor structured cloning reads as rows.
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

import type { PlanOutline, PlanSheetOutline } from "../../core/plan/planOutline";
import type { OperationQueue } from "./requestBatcher";
import { actionBytes } from "./requestSize";
import { deleteCharts, writeCharts } from "./sheetCharts";
import { writeSheetRules } from "./sheetDecor";
import { deleteVeryHidden, planExtent, stagingName } from "./stagingSheets";
import { writeTableFrame } from "./tableWriter";
import type { WriteContext } from "./writeContext";

/** Where a run writes each plan sheet, decided from what the workbook held before it. */
export interface RunLayout {
  /** Plan sheets an earlier run wrote: plan name → the sheet's name as the workbook spells it. */
  staged: Map<string, string>;
  /** Plan sheets new to the workbook, written very hidden under their own names. */
  fresh: string[];
  /** Staging sheets of an earlier run that could not finish. */
  leftovers: string[];
  /** Sheets an earlier run wrote that this plan no longer has. */
  stale: string[];
  /** Tables on each sheet with a Kaohe name. */
  tables: Map<string, string[]>;
  /** Charts on each sheet with a Kaohe name. */
  charts: Map<string, string[]>;
  /** Kaohe's names already in the workbook. */
  oldNames: string[];
}

/**
 * Step 2 of a run: each earlier sheet's cells are replaced in place by a copy of its staging
 * sheet — its tables turned back into ranges, everything cleared, the staging cells copied, then
 * the table, widths, conditional formats and validations written again — so the sheet itself
 * stays and every reference to it keeps working; its old charts are deleted first. New sheets
 * are shown, staging and dropped sheets removed, names brought up to date, and the workbook
 * recalculated once: calculation was suspended while the cells were written. Last, the plan's
 * charts are drawn on the sheets the user sees (never on a staging sheet, so the copy carries none).
 */
export async function queueSwap(
  b: OperationQueue,
  w: WriteContext,
  plan: PlanOutline,
  layout: RunLayout,
): Promise<void> {
  for (const sheet of plan.sheets) {
    const old = layout.staged.get(sheet.name);
    if (old !== undefined) await replaceCells(b, w, sheet, old, layout);
    await writeTableFrame(b, w, sheet);
    if (old !== undefined) await writeSheetRules(b, w, sheet);
    // New sheets were very hidden while written, and so were those of a run that could not finish.
    await b.add(actionBytes(1, sheet.name), () => {
      w.sheet(sheet.name).visibility = "Visible";
    });
  }
  const staging = [...layout.staged.keys()].map(stagingName);
  const names = plan.names.filter((n) => layout.oldNames.includes(n.name));
  const dropped = layout.oldNames.filter((n) => !plan.names.some((p) => p.name === n));
  await b.add(actionBytes(staging.length + layout.stale.length + names.length + dropped.length + 1, names), () => {
    const { worksheets } = w.context.workbook;
    for (const name of staging) deleteVeryHidden(worksheets.getItem(name));
    for (const name of layout.stale) worksheets.getItem(name).delete();
    for (const name of dropped) w.context.workbook.names.getItem(name).delete();
    for (const { name, refersTo } of names) w.context.workbook.names.getItem(name).formula = `=${refersTo}`;
    w.context.application.calculate("Full" as Excel.CalculationType);
  });
  // After the recalculation, so that Excel makes each chart over computed values.
  for (const sheet of plan.sheets) await writeCharts(b, w, sheet);
}

async function replaceCells(
  b: OperationQueue,
  w: WriteContext,
  sheet: PlanSheetOutline,
  old: string,
  layout: RunLayout,
): Promise<void> {
  const { rows, cols } = planExtent(sheet);
  const tables = layout.tables.get(old) ?? [];
  const charts = layout.charts.get(old) ?? [];
  await b.add(actionBytes(7 + tables.length + charts.length, old, tables, charts, sheet.tabColor), () => {
    const ws = w.sheet(old);
    // Clearing cells leaves charts where they are: they go by name.
    deleteCharts(ws, charts);
    // Turned into a range, not deleted: a table's delete may take its cells along.
    for (const name of tables) ws.tables.getItem(name).convertToRange();
    const all = ws.getRange();
    all.conditionalFormats.clearAll();
    all.dataValidation.clear();
    all.clear("All" as Excel.ClearApplyTo);
    ws.freezePanes.unfreeze();
    const source = w.sheet(stagingName(sheet.name)).getRangeByIndexes(0, 0, rows, cols);
    ws.getRangeByIndexes(0, 0, rows, cols).copyFrom(source, "All" as Excel.RangeCopyType);
    ws.tabColor = `#${sheet.tabColor}`;
  });
}

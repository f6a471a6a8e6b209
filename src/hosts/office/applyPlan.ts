import { a1 } from "../../core/model/address";
import { ownedSheetsMarker } from "../../core/plan/planMarker";
import { isKaoheName } from "../../core/plan/rulesNames";
import type { WritePlan } from "../../core/plan/writePlan";
import { HostError, type ApplyOutcome, type ApplyProgress } from "../../taskpane/host";
import type { ExcelFeatures } from "./features";
import { formulaEntry } from "./cellEncoding";
import { toHostError } from "./officeErrors";
import { ByteTally, RequestBatcher, type OperationQueue } from "./requestBatcher";
import { actionBytes, REQUEST_BUDGET_BYTES } from "./requestSize";
import { writeDecor } from "./sheetDecor";
import { writeTable } from "./tableWriter";
import { makeWriteContext, type WriteContext } from "./writeContext";
import { inspectWorkbook, type WorkbookState } from "./workbookState";

export interface ApplyOptions {
  features: ExcelFeatures;
  onProgress?: (p: ApplyProgress) => void;
  signal?: AbortSignal;
  /** Largest estimated request; the default keeps a fifth under Excel on the web's 5 MB. */
  budget?: number;
}

/**
 * Writes a plan into the open workbook: one sync to see what is there, then everything queued
 * and sent in as few requests as the 5 MB limit allows, with calculation suspended in each.
 * Kaohe's sheets and names of an earlier run are replaced; no other sheet is touched. Cancelled
 * or failed halfway, it removes what it added, so no half-written sheet is left for anyone to
 * trust; and as the new sheets are marked as Kaohe's in the request that adds them, a next run
 * replaces whatever could not be removed.
 */
export async function applyPlanToExcel(
  context: Excel.RequestContext,
  plan: WritePlan,
  options: ApplyOptions,
): Promise<ApplyOutcome> {
  const w = makeWriteContext(context, options.features);
  const budget = options.budget ?? REQUEST_BUDGET_BYTES;
  const tally = new ByteTally();
  await queuePlan(tally, w, plan, emptyState());
  const total = tally.total;
  const batcher = new RequestBatcher(context, {
    budget,
    onRequestStart: () => {
      context.application.suspendApiCalculationUntilNextSync();
      if (options.features.screenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
    },
    onSynced: (done) => options.onProgress?.({ done: Math.min(done, total), total }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  try {
    const state = await inspectWorkbook(context, () => batcher.syncNow());
    checkWritable(plan, state);
    await queuePlan(batcher, w, plan, state);
    await batcher.flush();
    options.onProgress?.({ done: total, total });
    return { sheets: plan.sheets.map((s) => s.name), syncs: batcher.syncs };
  } catch (error) {
    const failure = toHostError(error);
    // Before the first write reaches Excel, dropping the queue is enough: Excel.run never sends it.
    if (batcher.writeSyncs > 0) await removeAdded(w, () => batcher.syncNow());
    throw failure;
  }
}

function emptyState(): WorkbookState {
  return { sheets: [], names: [], ownedSheets: [], protectedSheets: [], workbookProtected: false };
}

async function queuePlan(b: OperationQueue, w: WriteContext, plan: WritePlan, state: WorkbookState): Promise<void> {
  const oldSheets = state.sheets.filter((name) => state.ownedSheets.includes(name));
  const oldNames = state.names.filter(isKaoheName);
  await b.add(actionBytes(2 * (oldSheets.length + oldNames.length), oldSheets, oldNames), () => {
    for (const name of oldNames) w.context.workbook.names.getItem(name).delete();
    for (const name of oldSheets) w.sheet(name).delete();
  });
  const marker = ownedSheetsMarker(plan);
  const markerRow = marker === null ? [] : [marker.values.map((value) => formulaEntry({ value }))];
  const added = plan.sheets.map((s) => [s.name, s.tabColor]);
  // One step, so one request: the sheets never exist without the marker that says they are Kaohe's.
  await b.add(actionBytes(3 * plan.sheets.length + 1, added, markerRow), () => {
    for (const sheet of plan.sheets) {
      const ws = w.context.workbook.worksheets.add(sheet.name);
      ws.tabColor = `#${sheet.tabColor}`;
      w.remember(sheet.name, ws);
    }
    if (marker !== null) {
      const last = a1(marker.row, marker.col + marker.values.length - 1);
      w.sheet(marker.sheet).getRange(`${a1(marker.row, marker.col)}:${last}`).formulas = markerRow;
    }
  });
  await b.add(actionBytes(plan.names.length + 1, plan.names), () => {
    for (const { name, refersTo } of plan.names) {
      w.context.workbook.names.add(name, `=${refersTo}`);
      w.added.names.push(name);
    }
  });
  for (const sheet of plan.sheets) {
    await writeTable(b, w, sheet);
    await writeDecor(b, w, sheet);
  }
}

/** Stops before anything is written when a sheet would be overwritten that is not Kaohe's, or cannot be. */
function checkWritable(plan: WritePlan, state: WorkbookState): void {
  if (state.workbookProtected) {
    throw new HostError("sheet_protected", {
      zh: "工作簿结构受保护，无法添加工作表。请在“审阅 › 保护工作簿”中撤销保护后再试。",
      en: "The workbook structure is protected, so no sheet can be added. Unprotect it (Review › Protect Workbook), then try again.",
    });
  }
  for (const sheet of plan.sheets) {
    if (state.sheets.includes(sheet.name) && !state.ownedSheets.includes(sheet.name)) {
      throw new HostError("name_taken", {
        zh: `工作簿中已有名为“${sheet.name}”的工作表，但它不是考核助手生成的。为免覆盖您的数据，请先将其改名后再试。`,
        en: `The workbook already has a sheet named "${sheet.name}" that Kaohe did not write. Rename it so it is not overwritten, then try again.`,
      });
    }
  }
  const locked = state.protectedSheets.find((name) => state.ownedSheets.includes(name));
  if (locked !== undefined) {
    throw new HostError("sheet_protected", {
      zh: `工作表“${locked}”受保护，无法替换。请在“审阅 › 撤销工作表保护”后再试。`,
      en: `The sheet "${locked}" is protected and cannot be replaced. Unprotect it (Review › Unprotect Sheet), then try again.`,
    });
  }
}

/**
 * Removes the sheets and names this run added. After a failed request Excel has dropped what it
 * carried, so what exists is looked up first (after a cancel, that sync also sends what was
 * still queued). When even this fails, Excel is out of reach; the marker then leads the next
 * run to replace the sheets, and the first failure is the one to report.
 */
async function removeAdded(w: WriteContext, sync: () => Promise<void>): Promise<void> {
  try {
    const state = await inspectWorkbook(w.context, sync);
    // Fresh proxies: those made in a failed request may not resolve in a new one.
    const { worksheets, names } = w.context.workbook;
    for (const name of w.added.sheets.filter((n) => state.sheets.includes(n))) worksheets.getItem(name).delete();
    for (const name of w.added.names.filter((n) => state.names.includes(n))) names.getItem(name).delete();
    await sync();
  } catch {
    // Nothing more can be done here: the user sees the original failure, and a re-run repairs.
  }
}

import { a1 } from "../../core/model/address";
import { foreignKaoheSheet, sameSheetName } from "../../core/plan/ownedSheets";
import { ownedSheetsMarker } from "../../core/plan/planMarker";
import type { PlanOutline, TableBlock } from "../../core/plan/planOutline";
import { OWNED_SHEETS_NAME, type PlanName } from "../../core/plan/writePlan";
import { isKaoheName } from "../../core/plan/rulesNames";
import { HostError, type ApplyOutcome, type ApplyProgress } from "../../taskpane/host";
import { planSourceOf, type PlanInput, type PlanSource } from "../../taskpane/review/planSource";
import { formulaEntry } from "./cellEncoding";
import type { ExcelFeatures } from "./features";
import { toHostError } from "./officeErrors";
import { ProgressTotal } from "./progressTotal";
import { ByteTally, RequestBatcher, type OperationQueue } from "./requestBatcher";
import { actionBytes, REQUEST_BUDGET_BYTES } from "./requestSize";
import { writeLooseCells, writeSheetRules } from "./sheetDecor";
import { sheetHead } from "./sheetHead";
import { queueSwap, type RunLayout } from "./sheetSwap";
import { deleteVeryHidden, stagingName, VERY_HIDDEN } from "./stagingSheets";
import { writeTableCells } from "./tableWriter";
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
 * Writes a plan into the open workbook in two steps, so that no run can lose a review.
 * 1. Out of sight and cancellable: every cell of the new review goes into very hidden sheets —
 *    staging sheets where an earlier review exists, the new sheets themselves where none does —
 *    in as few requests as the 5 MB limit allows, with calculation suspended in each. Cancelled
 *    or failed here, what was added is removed and the workbook is as it was.
 * 2. The swap, a few small requests with screen updating suspended: the old sheets' cells are
 *    replaced in place by a copy of the staging sheets (so the user's formulas that point at
 *    Kaohe's sheets keep working, as they do after the command line), the tables, formats and
 *    validations are written on them, new sheets are shown, and the workbook is recalculated.
 * No other sheet is touched. The plan's table rows are fetched a block at a time as they are
 * queued (a PlanSource: from the review worker in the pages), so the pane never holds them all.
 */
export async function applyPlanToExcel(
  context: Excel.RequestContext,
  input: PlanInput,
  options: ApplyOptions,
): Promise<ApplyOutcome> {
  const source = planSourceOf(input);
  const plan = source.outline;
  const w = makeWriteContext(context, options.features);
  const budget = options.budget ?? REQUEST_BUDGET_BYTES;
  const total = await estimatedBytes(w, plan);
  let doneBefore = 0;
  // The total is refined as the rows are fetched; until the end, it stays above what is done.
  const progress = (done: number) => {
    const sent = doneBefore + done;
    options.onProgress?.({ done: sent, total: Math.max(total.value, sent + 1) });
  };
  const staging = new RequestBatcher(context, {
    budget,
    onRequestStart: () => context.application.suspendApiCalculationUntilNextSync(),
    onSynced: progress,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  let layout: RunLayout;
  try {
    const state = await inspectWorkbook(context, () => staging.syncNow(), plan);
    checkWritable(plan, state);
    layout = runLayout(plan, state);
    await queueContent(staging, w, source, layout, total);
    await staging.flush();
  } catch (error) {
    const failure = toHostError(error);
    // Before the first write reaches Excel, dropping the queue is enough: Excel.run never sends it.
    if (staging.writeSyncs > 0) await removeAdded(w, () => staging.syncNow());
    throw failure;
  }
  doneBefore = staging.sentBytes;
  // The swap is short and is not stopped halfway: a cancel now would leave less than either review.
  const swap = new RequestBatcher(context, {
    budget,
    onRequestStart: () => {
      if (options.features.screenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
    },
    onSynced: progress,
  });
  try {
    await queueSwap(swap, w, plan, layout);
    await swap.flush();
  } catch (error) {
    const failure = toHostError(error);
    // A first run has nothing to lose: what it added goes. Over an earlier review, the staging
    // sheets stay very hidden; the next run removes them and writes the review again.
    if (layout.staged.size === 0) await removeAdded(w, () => swap.syncNow());
    throw failure;
  }
  const sent = doneBefore + swap.sentBytes;
  options.onProgress?.({ done: sent, total: sent });
  return { sheets: plan.sheets.map((s) => s.name), syncs: staging.syncs + swap.syncs };
}

/** The progress bar's total: everything but the value cells counted, those guessed until fetched. */
async function estimatedBytes(w: WriteContext, plan: PlanOutline): Promise<ProgressTotal> {
  const tally = new ByteTally();
  const total = new ProgressTotal();
  const layout = runLayout(plan, emptyState());
  await queueContent(tally, w, { outline: plan, block: null }, layout, total);
  await queueSwap(tally, w, plan, layout);
  total.addFixed(tally.total);
  return total;
}

function emptyState(): WorkbookState {
  return {
    sheets: [],
    names: [],
    ownedSheets: [],
    protectedSheets: [],
    workbookProtected: false,
    leftovers: [],
    tables: new Map(),
    charts: new Map(),
  };
}

/** Where each plan sheet's content goes, and what an earlier run left. */
function runLayout(plan: PlanOutline, state: WorkbookState): RunLayout {
  const existing = (name: string) => state.sheets.find((s) => sameSheetName(s, name));
  const staged = new Map<string, string>();
  const fresh: string[] = [];
  for (const sheet of plan.sheets) {
    const old = existing(sheet.name);
    if (old !== undefined && state.ownedSheets.some((o) => sameSheetName(o, old))) staged.set(sheet.name, old);
    else fresh.push(sheet.name);
  }
  const planned = (name: string) => plan.sheets.some((s) => sameSheetName(s.name, name));
  return {
    staged,
    fresh,
    leftovers: state.leftovers,
    stale: state.sheets.filter((s) => state.ownedSheets.some((o) => sameSheetName(o, s)) && !planned(s)),
    tables: state.tables,
    charts: state.charts,
    oldNames: state.names.filter(isKaoheName),
  };
}

/** The target of a plan sheet's cells in step 1. */
function contentTarget(layout: RunLayout, sheet: string): string {
  return layout.staged.has(sheet) ? stagingName(sheet) : sheet;
}

/** The plan whose content is queued; without `block`, only counted for the progress bar. */
type ContentSource = Pick<PlanSource, "outline"> & { block: PlanSource["block"] | null };

async function queueContent(
  b: OperationQueue,
  w: WriteContext,
  source: ContentSource,
  layout: RunLayout,
  total: ProgressTotal,
): Promise<void> {
  const plan = source.outline;
  const marker = ownedSheetsMarker(plan);
  const markerRow = marker === null ? [] : [marker.values.map((value) => formulaEntry({ value }))];
  const targets = plan.sheets.map((s) => [contentTarget(layout, s.name), s.tabColor]);
  const heads = new Map(plan.sheets.filter((s) => !layout.staged.has(s.name)).map((s) => [s.name, sheetHead(s)]));
  const headCount = [...heads.values()].reduce((n, blocks) => n + blocks.length, 0);
  // One step, so one request: the new sheets never exist without the marker that says they are
  // Kaohe's, nor without the head that shows it (a marker names only sheets with Kaohe's content).
  // Where the marker's sheet is an old one, its marker cells are brought up to date at once, so
  // that a new sheet left by a run that fails is known as Kaohe's too. The marker's defined name
  // goes in this request as well, or a run failing before the other names leaves sheets unmarked.
  const added = plan.names.filter((n) => !layout.oldNames.includes(n.name));
  const markerName = added.filter((n) => n.name === OWNED_SHEETS_NAME);
  const actions = 4 * plan.sheets.length + 2 * headCount + layout.leftovers.length + markerName.length + 1;
  await b.add(actionBytes(actions, targets, markerRow, [...heads.values()], markerName), () => {
    for (const name of layout.leftovers) deleteVeryHidden(w.context.workbook.worksheets.getItem(name));
    for (const sheet of plan.sheets) {
      const target = contentTarget(layout, sheet.name);
      const ws = w.context.workbook.worksheets.add(target);
      ws.visibility = VERY_HIDDEN;
      if (!layout.staged.has(sheet.name)) ws.tabColor = `#${sheet.tabColor}`;
      w.remember(target, ws);
      for (const { top, left, formulas } of heads.get(sheet.name) ?? []) {
        ws.getRangeByIndexes(top, left, formulas.length, formulas[0]?.length ?? 0).formulas = formulas;
      }
    }
    if (marker !== null && markerNow(layout, marker.sheet)) {
      const last = a1(marker.row, marker.col + marker.values.length - 1);
      const sheet = layout.staged.get(marker.sheet) ?? marker.sheet;
      w.sheet(sheet).getRange(`${a1(marker.row, marker.col)}:${last}`).formulas = markerRow;
    }
    addNames(w, markerName);
  });
  const others = added.filter((n) => n.name !== OWNED_SHEETS_NAME);
  await b.add(actionBytes(others.length + 1, others), () => addNames(w, others));
  for (const [i, sheet] of plan.sheets.entries()) {
    const target = contentTarget(layout, sheet.name);
    const { block } = source;
    const pull = block === null ? null : (cells: TableBlock) => block(i, cells);
    await writeTableCells(b, w, sheet, target, { pull, total });
    await writeLooseCells(b, w, sheet, target);
    if (!layout.staged.has(sheet.name)) await writeSheetRules(b, w, sheet);
  }
}

function addNames(w: WriteContext, names: readonly PlanName[]): void {
  for (const { name, refersTo } of names) {
    w.context.workbook.names.add(name, `=${refersTo}`);
    w.added.names.push(name);
  }
}

/**
 * Whether the marker is written with the new sheets. On a new marker sheet, always. On an old one,
 * only when this run adds sheets and drops none: the new list then holds every sheet the old one
 * did, so an earlier review's sheets stay Kaohe's should this run fail.
 */
function markerNow(layout: RunLayout, markerSheet: string): boolean {
  return !layout.staged.has(markerSheet) || (layout.fresh.length > 0 && layout.stale.length === 0);
}

/** Stops before anything is written when a sheet would be overwritten that is not Kaohe's, or cannot be. */
function checkWritable(plan: PlanOutline, state: WorkbookState): void {
  if (state.workbookProtected) {
    throw new HostError("sheet_protected", {
      zh: "工作簿结构受保护，无法添加工作表。请在“审阅 › 保护工作簿”中撤销保护后再试。",
      en: "The workbook structure is protected, so no sheet can be added. Unprotect it (Review › Protect Workbook), then try again.",
    });
  }
  const foreign = foreignKaoheSheet(state.sheets, state.ownedSheets, plan);
  if (foreign !== null) {
    throw new HostError("name_taken", {
      // The review names Kaohe's sheets around every sheet it was told of: this one came after it.
      zh: `工作簿中已有名为“${foreign}”的工作表，但它不是考核助手生成的（可能是在“读取并识别”之后添加的）。为免覆盖您的数据，未作任何改动：请重新“读取并识别”，考核助手会把自己的工作表写在它旁边。`,
      en: `The workbook has a sheet named "${foreign}" that Kaohe did not write (perhaps added after the workbook was read). Nothing was changed, so as not to overwrite it: click “Read and detect” again, and Kaohe writes its own sheet beside it.`,
    });
  }
  const staging = plan.sheets.map((s) => stagingName(s.name));
  const blocking = state.sheets.find((s) => staging.some((t) => sameSheetName(t, s)) && !state.leftovers.includes(s));
  if (blocking !== undefined) {
    throw new HostError("name_taken", {
      zh: `工作簿中已有名为“${blocking}”的工作表，考核助手需要用这个名称暂存结果。请先将其改名后再试。`,
      en: `The workbook has a sheet named "${blocking}", a name Kaohe needs for its staging sheet. Rename it, then try again.`,
    });
  }
  const locked = state.protectedSheets.find((name) => state.ownedSheets.some((o) => sameSheetName(o, name)));
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
 * run to replace the new sheets, and staging sheets are very hidden leftovers it removes; the
 * first failure is the one to report.
 */
async function removeAdded(w: WriteContext, sync: () => Promise<void>): Promise<void> {
  try {
    const state = await inspectWorkbook(w.context, sync);
    // Fresh proxies: those made in a failed request may not resolve in a new one.
    const { worksheets, names } = w.context.workbook;
    for (const name of w.added.sheets.filter((n) => state.sheets.includes(n)))
      deleteVeryHidden(worksheets.getItem(name));
    for (const name of w.added.names.filter((n) => state.names.includes(n))) names.getItem(name).delete();
    await sync();
  } catch {
    // Nothing more can be done here: the user sees the original failure, and a re-run repairs.
  }
}

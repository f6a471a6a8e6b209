// Slow: a 20,000-subject session through the review worker, every message structured-cloned and measured.
import { districtShape } from "../../bench/district/shape";
import { districtGrids } from "../../bench/district/writeDistrict";
import type { SheetGrid } from "../../src/core/model/sheetGrid";
import type { WritePlan } from "../../src/core/plan/writePlan";
import { applyPlanToExcel } from "../../src/hosts/office/applyPlan";
import { BLOCK_BYTES, type PlanInput } from "../../src/taskpane/review/planSource";
import { createWorkerReviewer } from "../../src/taskpane/review/workerReviewer";
import { runReview } from "../../src/taskpane/session/reviewRun";
import { FakeExcel, FakeRequestContext } from "./fakeExcel";
import { cloneFigures, tappedWorkers, type TappedWorkers } from "./support/messageTap";
import { districtBasis, paneFlow, phaseFigures } from "./support/paneFlow";
import { fakeCells } from "./support/fakeCells";
import { EXCEL_1_20 } from "./support/excelFeatures";
import { listedPlan } from "../../src/core/plan/planRows";

/**
 * What crosses from the review worker to the task pane's thread, measured as structured clones
 * (messageTap.ts): the pane receives what it shows and the plan in blocks, never the result.
 * Sizes are asserted here; the pane's deserialize times are `npm run bench`'s (paneStage.ts).
 */
const MB = 1024 * 1024;

const opened: TappedWorkers[] = [];
afterEach(() => opened.splice(0).forEach((t) => t.close()));

function applied(plan: PlanInput, budget: number, signal?: AbortSignal) {
  const excel = new FakeExcel();
  excel.addSheet("名册", [["姓名"]]);
  const ctx = new FakeRequestContext(excel.state);
  const progress: Array<{ done: number; total: number }> = [];
  const outcome = applyPlanToExcel(ctx as unknown as Excel.RequestContext, plan, {
    features: EXCEL_1_20,
    budget,
    onProgress: (p) => progress.push(p),
    ...(signal === undefined ? {} : { signal }),
  });
  return { excel, outcome, progress };
}

function cellsOf(excel: FakeExcel, plan: WritePlan) {
  return plan.sheets.map((s) => [...fakeCells(excel.sheet(s.name))].sort(([a], [b]) => a.localeCompare(b)));
}

describe("a district of 300 through the worker", () => {
  const grids = districtGrids(districtShape(300));
  const basis = districtBasis(grids);
  const inHand = runReview(basis);
  if (!inHand.ok) throw new Error(inHand.messageEn);
  const plan = inHand.result.plan;

  async function workerPlan() {
    const tap = tappedWorkers();
    opened.push(tap);
    const outcome = await createWorkerReviewer(tap.start).review(basis, {
      signal: new AbortController().signal,
      onProgress: () => undefined,
    });
    if (!outcome.ok) throw new Error(outcome.messageEn);
    return { tap, source: await outcome.result.plan() };
  }

  test("Excel gets the same cells from the plan pulled block by block as from the plan in hand", async () => {
    const { tap, source } = await workerPlan();
    const before = tap.figures.length;
    const pulled = applied(source, 200_000);
    await pulled.outcome;
    const blocks = tap.figures.slice(before).filter((f) => f.call === "block");
    expect(blocks.length).toBeGreaterThan(plan.sheets.length);
    const direct = applied(plan, 200_000);
    await direct.outcome;
    expect(cellsOf(pulled.excel, plan)).toEqual(cellsOf(direct.excel, plan));
    // The total is refined as the blocks come; the bar ends full and never runs backwards.
    const last = pulled.progress[pulled.progress.length - 1];
    expect(last?.done).toBe(last?.total);
    for (let i = 1; i < pulled.progress.length; i++) {
      expect(pulled.progress[i]?.done).toBeGreaterThanOrEqual(pulled.progress[i - 1]?.done ?? 0);
      expect(pulled.progress[i]?.done).toBeLessThanOrEqual(pulled.progress[i]?.total ?? 0);
    }
  });

  test("a cancel between blocks stops the run and leaves the workbook as it was", async () => {
    const { tap, source } = await workerPlan();
    const abort = new AbortController();
    const before = tap.figures.length;
    const run = applied(source, 60_000, abort.signal);
    // Cancelled as the first request of cells comes back: the blocks still to come are never asked for.
    const stopped = run.outcome.catch((e: unknown) => e);
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (run.progress.some((p) => p.done > 0)) {
          abort.abort();
          clearInterval(check);
          resolve();
        }
      }, 1);
    });
    expect(await stopped).toMatchObject({ reason: "cancelled" });
    expect(run.excel.state.sheets.map((s) => s.name)).toEqual(["名册"]);
    const asked = tap.figures.slice(before).filter((f) => f.call === "block").length;
    const all = applied(source, 60_000);
    await all.outcome;
    expect(asked).toBeLessThan(tap.figures.slice(before).filter((f) => f.call === "block").length - asked);
  });
});

/** The session's messages to the pane at a district's size, phase by phase. */
async function measured(grids: { roster: SheetGrid; ballots: SheetGrid }) {
  const flow = await paneFlow(grids);
  const figures = Object.fromEntries(Object.entries(flow.phases).map(([k, v]) => [k, phaseFigures(v)]));
  const answers = (call: string) => flow.phases.apply.filter((f) => f.direction === "in" && f.call === call);
  return { flow, figures, blocks: answers("block"), outline: answers("openPlan") };
}

const largest = (figures: ReadonlyArray<{ bytes: number }>) => Math.max(0, ...figures.map((f) => f.bytes));

// The whole result, structured-cloned, was 19 MB before session 6 and 12.4 MB since its rows keep compact addresses.
test("2,000 subjects: the pane receives a few hundred kilobytes where the whole result is over 10 MB", async () => {
  const grids = districtGrids(districtShape(2000));
  const whole = runReview(districtBasis(grids));
  if (!whole.ok) throw new Error(whole.messageEn);
  // Its plan with every row made, as the pane would receive it in one message.
  expect(
    cloneFigures({ ...whole, result: { ...whole.result, plan: listedPlan(whole.result.plan) } }).bytes,
  ).toBeGreaterThan(10 * MB);
  const { flow, figures, blocks, outline } = await measured(grids);
  expect(flow.subjects).toBe(2100);
  for (const phase of ["review", "page", "edit"]) expect(figures[phase]?.inBytes).toBeLessThan(0.5 * MB);
  // The edit sends one row and asks for the changes: a few hundred bytes, not the grids.
  expect(figures.edit?.outBytes).toBeLessThan(2000);
  expect(flow.editChanges).toEqual({ added: 1, resolved: 0 });
  // Writing the plan: its outline once, then blocks of at most BLOCK_BYTES (estimated) in their envelope.
  expect(outline).toHaveLength(1);
  expect(largest(outline)).toBeLessThan(0.2 * MB);
  expect(blocks.length).toBeGreaterThan(20);
  expect(largest(blocks)).toBeLessThan(1.5 * BLOCK_BYTES);
}, 240_000);

test("20,000 subjects: no message to the pane passes half a megabyte, no block of the plan 150 KB", async () => {
  const { flow, figures, blocks, outline } = await measured(districtGrids(districtShape(20000)));
  expect(flow.subjects).toBe(21000);
  for (const phase of ["review", "page", "edit"]) expect(figures[phase]?.maxInBytes).toBeLessThan(0.5 * MB);
  expect(figures.edit?.outBytes).toBeLessThan(2000);
  expect(largest(outline)).toBeLessThan(0.5 * MB);
  expect(blocks.length).toBeGreaterThan(200);
  expect(largest(blocks)).toBeLessThan(1.5 * BLOCK_BYTES);
  // Nor does any grid upload message pass 100 KB: the pane serializes those.
  expect(figures.review?.maxOutBytes).toBeLessThan(0.1 * MB);
  console.log(`20,000 subjects, pane messages: ${JSON.stringify(figures)}`);
}, 900_000);

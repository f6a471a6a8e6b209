import { readWorkbookFile } from "../../src/hosts/exceljs/readWorkbook";
import { createInThreadReviewer } from "../../src/taskpane/review/inThreadReviewer";
import { wholePlan } from "../../src/taskpane/review/planSource";
import { ReviewCancelled, type PaneResult, type ReviewProgress } from "../../src/taskpane/review/reviewer";
import { reviewPage, reviewView } from "../../src/taskpane/review/reviewView";
import { createWorkerReviewer, type ReviewWorker } from "../../src/taskpane/review/workerReviewer";
import { runReview, withGrid, type ReviewBasis } from "../../src/taskpane/session/reviewRun";
import { patchGrid } from "../../src/hosts/office/gridPatch";
import { BALLOT_SAMPLES, ROSTER_SAMPLE } from "../hardening/support/sampleGrids";
import { tappedWorkers, type TappedWorkers } from "./support/messageTap";
import { listedPlan } from "../../src/core/plan/planRows";

/**
 * The worker reviewer over a real message channel: the worker's side is the worker's own keeper,
 * so the grids, the view and every answer really are structured-cloned on the way.
 */
async function sampleBasis(): Promise<ReviewBasis> {
  const roster = await readWorkbookFile(ROSTER_SAMPLE);
  const ballots = await Promise.all(BALLOT_SAMPLES.map((path) => readWorkbookFile(path)));
  const grids = [
    ...roster.grids.map((grid) => ({ id: `r:${grid.sheet}`, grid })),
    ...ballots.flatMap((b, i) => b.grids.map((grid) => ({ id: `b${i}:${grid.sheet}`, grid }))),
  ];
  return {
    grids,
    destinations: Object.fromEntries(grids.map((g) => [g.id, g.id.startsWith("r:") ? "roster" : "ballots"])),
    overrides: [],
    rules: null,
    year: null,
    notKept: [],
  };
}

/** Every channel opened, closed after each test so that jest can exit. */
const opened: TappedWorkers[] = [];
afterEach(() => opened.splice(0).forEach((t) => t.close()));

function workers(): TappedWorkers {
  const tap = tappedWorkers();
  opened.push(tap);
  return tap;
}

const quiet = () => ({ signal: new AbortController().signal, onProgress: () => undefined });

async function reviewed(reviewer: ReturnType<typeof createWorkerReviewer>, basis: ReviewBasis): Promise<PaneResult> {
  const outcome = await reviewer.review(basis, quiet());
  if (!outcome.ok) throw new Error(outcome.messageEn);
  return outcome.result;
}

function inThread(basis: ReviewBasis) {
  const outcome = runReview(basis);
  if (!outcome.ok) throw new Error(outcome.messageEn);
  return outcome.result;
}

/** The grid upload messages the pane posted since figure `from`. */
function uploadedRows(tap: TappedWorkers, from: number): number {
  return tap.figures.slice(from).filter((f) => f.direction === "out" && f.call === "putGrid").length;
}

let basis: ReviewBasis;
beforeAll(async () => {
  basis = await sampleBasis();
});

test("through the worker, the pane gets the view the in-thread review gives, with every step reported in order", async () => {
  const tap = workers();
  const reviewer = createWorkerReviewer(tap.start);
  const progress: ReviewProgress[] = [];
  const outcome = await reviewer.review(basis, {
    signal: new AbortController().signal,
    onProgress: (p) => progress.push(p),
  });
  const expected = inThread(basis);
  expect(outcome.ok && outcome.result.view).toEqual(reviewView(expected));
  expect(outcome.ok && outcome.result.view.subjects).toBe(16);
  // Progress comes back asynchronously; give the last step's message its turn.
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(progress).toEqual([0, 1, 2, 3, 4].map((done) => ({ done, total: 5 })));
  // One worker serves the next review too, and the grids it holds are not sent again.
  const sent = tap.figures.length;
  expect(uploadedRows(tap, 0)).toBeGreaterThan(0);
  await reviewer.review(basis, quiet());
  expect(tap.started).toHaveLength(1);
  expect(uploadedRows(tap, sent)).toBe(0);
});

test("an edited row is all the pane sends again; the changes at the edited rows are counted in the worker", async () => {
  const tap = workers();
  const reviewer = createWorkerReviewer(tap.start);
  const before = await reviewed(reviewer, basis);
  const roster = basis.grids.find((g) => g.id === "r:名册");
  if (roster === undefined) throw new Error("no roster");
  // D6, 任现职时间 of a subject, becomes an impossible date, as a user would type it.
  const row = [...(roster.grid.values[6 - roster.grid.originRow] ?? [])];
  row[4 - roster.grid.originCol] = "1985年13月";
  const edited = withGrid(basis, { id: roster.id, grid: patchGrid(roster.grid, 6, [row]) });
  const sent = tap.figures.length;
  const after = await reviewed(reviewer, edited);
  const uploads = tap.figures.slice(sent).filter((f) => f.direction === "out" && f.call === "putGrid");
  expect(uploads).toHaveLength(1);
  expect(uploads[0]?.bytes).toBeLessThan(1000);
  expect(after.view).toEqual(reviewView(inThread(edited)));
  const where = { file: roster.grid.file, sheet: roster.grid.sheet, firstRow: 6, lastRow: 6 };
  expect(await after.changesSince(before, [where])).toEqual([{ added: 1, resolved: 0 }]);
});

test("pages, the plan block by block and the drafts come from the worker as the in-thread review has them", async () => {
  const tap = workers();
  const reviewer = createWorkerReviewer(tap.start);
  const result = await reviewed(reviewer, basis);
  const expected = inThread(basis);
  const filter = { severities: ["error" as const, "info" as const], code: null, text: "胜利路" };
  expect(await result.page(filter)).toEqual(reviewPage(expected, filter));
  const source = await result.plan();
  expect(await wholePlan(source)).toEqual(listedPlan(expected.plan));
  source.close();
  const drafts = await result.drafts();
  const local = await createInThreadReviewer().review(basis, quiet());
  if (!local.ok) throw new Error(local.messageEn);
  const made = await local.result.drafts();
  // Two special reports (李娜, 陈东) and the 考核情况报告, zipped in the worker and transferred.
  expect(drafts.files).toBe(3);
  expect(drafts.fileName).toBe(made.fileName);
  expect(drafts.data.byteLength).toBeGreaterThan(1000);
}, 60_000);

test("cancelling terminates the worker and rejects; the next review starts a fresh worker", async () => {
  const tap = workers();
  const reviewer = createWorkerReviewer(tap.start);
  const abort = new AbortController();
  const running = reviewer.review(basis, { signal: abort.signal, onProgress: () => undefined });
  abort.abort();
  await expect(running).rejects.toBeInstanceOf(ReviewCancelled);
  expect(tap.started.map((w) => w.terminated)).toEqual([true]);
  const again = await reviewer.review(basis, quiet());
  expect(again.ok).toBe(true);
  expect(tap.started.map((w) => w.terminated)).toEqual([true, false]);
});

test("a review whose worker was stopped by a later cancel is computed again when the pane asks about it", async () => {
  const tap = workers();
  const reviewer = createWorkerReviewer(tap.start);
  const shown = await reviewed(reviewer, basis);
  const abort = new AbortController();
  const running = reviewer.review(basis, { signal: abort.signal, onProgress: () => undefined });
  abort.abort();
  await expect(running).rejects.toBeInstanceOf(ReviewCancelled);
  const filter = { severities: ["warning" as const], code: null, text: "" };
  expect(await shown.page(filter)).toEqual(reviewPage(inThread(basis), filter));
  expect(tap.started.map((w) => w.terminated)).toEqual([true, false]);
});

test("a review whose signal has already aborted starts no worker", async () => {
  const tap = workers();
  const abort = new AbortController();
  abort.abort();
  await expect(
    createWorkerReviewer(tap.start).review(basis, { signal: abort.signal, onProgress: () => undefined }),
  ).rejects.toBeInstanceOf(ReviewCancelled);
  expect(tap.started).toHaveLength(0);
});

test("the in-thread reviewer (WPS, jest) keeps the same edges: asynchronous, refusing once aborted", async () => {
  const reviewer = createInThreadReviewer();
  const progress: ReviewProgress[] = [];
  const outcome = await reviewer.review(basis, {
    signal: new AbortController().signal,
    onProgress: (p) => progress.push(p),
  });
  const expected = inThread(basis);
  expect(outcome.ok && outcome.result.view).toEqual(reviewView(expected));
  expect(outcome.ok && listedPlan(await wholePlan(await outcome.result.plan()))).toEqual(listedPlan(expected.plan));
  expect(progress.map((p) => p.done)).toEqual([0, 1, 2, 3, 4]);
  const abort = new AbortController();
  const late = reviewer.review(basis, { signal: abort.signal, onProgress: () => undefined });
  abort.abort();
  await expect(late).rejects.toBeInstanceOf(ReviewCancelled);
});

/** A worker that takes messages and never answers, whose `error` and `messageerror` events the test fires. */
function silentWorkers() {
  const started: Array<{ terminated: boolean; fire: (event: Event) => void }> = [];
  const start = (): ReviewWorker => {
    const target = new EventTarget();
    const record = {
      terminated: false,
      fire: (event: Event) => target.dispatchEvent(event),
    };
    started.push(record);
    return Object.assign(target, {
      postMessage: () => undefined,
      terminate: () => {
        record.terminated = true;
      },
    });
  };
  return { started, start };
}

/** What a review rejected with, for its message's words. */
async function rejection(review: Promise<unknown>): Promise<{ reason?: string; zh?: string }> {
  try {
    await review;
  } catch (error) {
    return error as { reason?: string; zh?: string };
  }
  throw new Error("the review did not fail");
}

test.each([
  [
    "error",
    () => Object.assign(new Event("error", { cancelable: true }), { message: "Uncaught ReferenceError: x" }),
    /计算线程出错（Uncaught ReferenceError: x）/,
  ],
  ["messageerror", () => new Event("messageerror"), /结构化克隆失败/],
])(
  "a worker's %s fails its waiting review with a Chinese message (never a silent wait); the next review starts a fresh worker",
  async (_type, event, message) => {
    const { started, start } = silentWorkers();
    const reviewer = createWorkerReviewer(start);
    const waiting = reviewer.review(basis, { signal: new AbortController().signal, onProgress: () => undefined });
    started[0]?.fire(event());
    const failed = await rejection(waiting);
    expect(failed.reason).toBe("unexpected");
    expect(failed.zh).toMatch(message);
    expect(started.map((w) => w.terminated)).toEqual([true]);
    const next = new AbortController();
    const again = reviewer.review(basis, { signal: next.signal, onProgress: () => undefined });
    expect(started).toHaveLength(2);
    next.abort();
    await expect(again).rejects.toBeInstanceOf(ReviewCancelled);
  },
);

test("a basis that cannot be structured-cloned fails with the clone message", async () => {
  // Not measured: the tap's own v8.serialize would refuse the basis before the channel's postMessage does.
  const tap = tappedWorkers({ measure: false });
  opened.push(tap);
  const { start } = tap;
  const unclonable = { ...basis, rules: (() => undefined) as unknown as ReviewBasis["rules"] };
  const failed = await rejection(
    createWorkerReviewer(start).review(unclonable, {
      signal: new AbortController().signal,
      onProgress: () => undefined,
    }),
  );
  expect(failed.zh).toMatch(/结构化克隆失败/);
});

import { expose } from "comlink";
import { readWorkbookFile } from "../../src/hosts/exceljs/readWorkbook";
import { createInThreadReviewer } from "../../src/taskpane/review/inThreadReviewer";
import { ReviewCancelled, type ReviewProgress } from "../../src/taskpane/review/reviewer";
import { reviewWorkerApi } from "../../src/taskpane/review/reviewWorkerApi";
import { createWorkerReviewer, type ReviewWorker } from "../../src/taskpane/review/workerReviewer";
import { runReview, type ReviewBasis } from "../../src/taskpane/session/reviewRun";
import { BALLOT_SAMPLES, ROSTER_SAMPLE } from "../hardening/support/sampleGrids";

/**
 * The worker reviewer over a real message channel: the worker's side is the worker's own API,
 * so the basis and the outcome really are structured-cloned on the way. Node has no Web Worker;
 * a channel's two ports stand for the page and the worker, and closing them for terminate().
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
const channels: Array<() => void> = [];
afterEach(() => channels.splice(0).forEach((close) => close()));

function channelWorkers() {
  const started: Array<{ terminated: boolean }> = [];
  const start = (): ReviewWorker => {
    const { port1, port2 } = new MessageChannel();
    expose(reviewWorkerApi, port2);
    const record = { terminated: false };
    channels.push(() => {
      port1.close();
      port2.close();
    });
    started.push(record);
    return Object.assign(port1 as unknown as ReviewWorker, {
      terminate: () => {
        record.terminated = true;
        port1.close();
        port2.close();
      },
    });
  };
  return { started, start };
}

let basis: ReviewBasis;
beforeAll(async () => {
  basis = await sampleBasis();
});

test("through the worker, the outcome is the in-thread one, with every step reported in order", async () => {
  const { started, start } = channelWorkers();
  const reviewer = createWorkerReviewer(start);
  const progress: ReviewProgress[] = [];
  const outcome = await reviewer.review(basis, {
    signal: new AbortController().signal,
    onProgress: (p) => progress.push(p),
  });
  expect(outcome).toEqual(runReview(basis));
  expect(outcome.ok && outcome.result.assessment.subjects.length).toBe(16);
  // Progress comes back asynchronously; give the last step's message its turn.
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(progress).toEqual([0, 1, 2, 3, 4].map((done) => ({ done, total: 5 })));
  // One worker serves the next review too.
  await reviewer.review(basis, { signal: new AbortController().signal, onProgress: () => undefined });
  expect(started).toHaveLength(1);
});

test("cancelling terminates the worker and rejects; the next review starts a fresh worker", async () => {
  const { started, start } = channelWorkers();
  const reviewer = createWorkerReviewer(start);
  const abort = new AbortController();
  const running = reviewer.review(basis, { signal: abort.signal, onProgress: () => undefined });
  abort.abort();
  await expect(running).rejects.toBeInstanceOf(ReviewCancelled);
  expect(started.map((w) => w.terminated)).toEqual([true]);
  const again = await reviewer.review(basis, { signal: new AbortController().signal, onProgress: () => undefined });
  expect(again.ok).toBe(true);
  expect(started.map((w) => w.terminated)).toEqual([true, false]);
});

test("a review whose signal has already aborted starts no worker", async () => {
  const { started, start } = channelWorkers();
  const abort = new AbortController();
  abort.abort();
  await expect(
    createWorkerReviewer(start).review(basis, { signal: abort.signal, onProgress: () => undefined }),
  ).rejects.toBeInstanceOf(ReviewCancelled);
  expect(started).toHaveLength(0);
});

test("the in-thread reviewer, for jest, keeps the same edges: asynchronous, refusing once aborted", async () => {
  const reviewer = createInThreadReviewer();
  const progress: ReviewProgress[] = [];
  const outcome = await reviewer.review(basis, {
    signal: new AbortController().signal,
    onProgress: (p) => progress.push(p),
  });
  expect(outcome).toEqual(runReview(basis));
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
  const { start } = channelWorkers();
  const unclonable = { ...basis, rules: (() => undefined) as unknown as ReviewBasis["rules"] };
  const failed = await rejection(
    createWorkerReviewer(start).review(unclonable, {
      signal: new AbortController().signal,
      onProgress: () => undefined,
    }),
  );
  expect(failed.zh).toMatch(/结构化克隆失败/);
});

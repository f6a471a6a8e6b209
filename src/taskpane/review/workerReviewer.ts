import { transfer, wrap, type Remote } from "comlink";
import type { SheetGrid } from "../../core/model/sheetGrid";
import type { PlanCell } from "../../core/plan/writePlan";
import { HostError, type HostMessage } from "../host";
import type { ReviewBasis } from "../session/reviewRun";
import { gridMessages } from "./gridSync";
import type { PlanSource } from "./planSource";
import {
  progressOf,
  ReviewCancelled,
  type PaneOutcome,
  type PaneResult,
  type ReviewProgress,
  type Reviewer,
} from "./reviewer";
import type { Kept, ReviewKeeper, ReviewReply } from "./reviewWorkerApi";
import type { LiveCounts, ReviewView } from "./reviewView";

/** What the reviewer needs of a Worker: comlink's endpoint, and a way to stop it at once. */
export type ReviewWorker = Parameters<typeof wrap>[0] & { terminate(): void };

/** One started worker: what it holds of the grids, and the calls it has still to answer. */
interface Running {
  worker: ReviewWorker;
  remote: Remote<ReviewKeeper>;
  sent: Map<string, SheetGrid>;
  pending: Set<(error: Error) => void>;
  stopped: boolean;
}

/** A call to a worker that was stopped before it answered. */
class WorkerStopped extends Error {
  constructor() {
    super("review worker stopped");
    this.name = "WorkerStopped";
  }
}

/** Where a review is kept: which worker, under which id, and the basis to compute it again. */
interface Held {
  run: Running;
  id: number;
  basis: ReviewBasis;
}

/**
 * Runs each review in a Web Worker started by `start` (startReviewWorker.ts in the pages), which
 * keeps the grids and the newest review (reviewWorkerApi.ts): the pane sends only the grid rows
 * the worker does not hold yet, and receives only what it shows (ReviewView) and what it asks
 * for afterwards — a page of the list, an edit's changes, the plan a block at a time.
 *
 * One worker serves review after review; cancelling terminates it mid-computation (a review
 * cannot be interrupted otherwise) and the next review starts a fresh one. A review whose worker
 * was stopped, or which the worker has let go, is computed again from its basis when the pane
 * asks about it (the shown review after a cancel, say).
 */
export function createWorkerReviewer(start: () => ReviewWorker): Reviewer {
  let current: Running | null = null;
  const held = new WeakMap<PaneResult, Held>();

  const running = (): Running => {
    if (current === null || current.stopped) {
      const worker = start();
      const run: Running = {
        worker,
        remote: wrap<ReviewKeeper>(worker),
        sent: new Map(),
        pending: new Set(),
        stopped: false,
      };
      // A worker that fails — its script not loaded, an exception outside comlink's reply, a
      // message that cannot be cloned (`messageerror`) — would otherwise never answer: its calls
      // fail with a message saying so, and the next review starts a fresh worker.
      worker.addEventListener("error", (event) => {
        // Handled here: the page's own error log is not where a clerk looks.
        event.preventDefault();
        const detail = (event as Partial<ErrorEvent>).message ?? "";
        // review.worker.ts rethrows its own `messageerror` as an error: said as the clone failure it is.
        stop(run, new HostError("unexpected", detail.includes("messageerror") ? CLONE_FAILED : workerError(detail)));
      });
      worker.addEventListener("messageerror", () => stop(run, new HostError("unexpected", CLONE_FAILED)));
      current = run;
    }
    return current;
  };

  /** Stops a worker; its unanswered calls fail with `error` (WorkerStopped: computed again when asked). */
  const stop = (run: Running, error: Error = new WorkerStopped()) => {
    run.stopped = true;
    run.worker.terminate();
    if (current === run) current = null;
    for (const reject of run.pending) reject(error);
    run.pending.clear();
  };

  /** A call that rejects with WorkerStopped when its worker is terminated first (a stopped worker never answers). */
  const call = <T>(run: Running, ask: (remote: Remote<ReviewKeeper>) => Promise<T>): Promise<T> => {
    if (run.stopped) return Promise.reject(new WorkerStopped());
    return new Promise<T>((resolve, reject) => {
      run.pending.add(reject);
      ask(run.remote).then(
        (value) => {
          run.pending.delete(reject);
          resolve(value);
        },
        (error: unknown) => {
          run.pending.delete(reject);
          reject(answerError(error));
        },
      );
    });
  };

  /** Sends the grids the worker lacks, a message at a time, then reviews the basis there. */
  const reviewIn = async (
    run: Running,
    basis: ReviewBasis,
    onProgress: (p: ReviewProgress) => void,
  ): Promise<ReviewReply> => {
    const ids = basis.grids.map((g) => g.id);
    for (const id of [...run.sent.keys()]) if (!ids.includes(id)) run.sent.delete(id);
    for (const { id, grid } of basis.grids) {
      const messages = gridMessages(id, run.sent.get(id), grid);
      // Whatever happens mid-upload, the worker's copy is no longer `sent`: a failed upload starts afresh.
      run.sent.delete(id);
      for (const message of messages) await call(run, (remote) => remote.putGrid(message));
      run.sent.set(id, grid);
    }
    // The worker's last word on the port is null: the steps before it may arrive after the reply.
    const progress = new MessageChannel();
    progress.port1.onmessage = (event: MessageEvent) => {
      if (event.data === null) progress.port1.close();
      else onProgress(progressOf(String(event.data)));
    };
    try {
      const request = { ...basis, grids: ids };
      return await call<ReviewReply>(run, (remote) =>
        remote.review(request, transfer(progress.port2, [progress.port2])),
      );
    } catch (error) {
      progress.port1.close();
      throw error;
    }
  };

  /** The review of `basis` computed again, in the running worker, for a result it no longer holds. */
  const restore = async (basis: ReviewBasis): Promise<Held> => {
    const run = running();
    const reply = await reviewIn(run, basis, () => undefined);
    if (!reply.ok) throw new Error(reply.messageEn);
    return { run, id: reply.id, basis };
  };

  /** Asks about a held review, computing it again once if its worker lost it. */
  const ask = async <T>(
    result: PaneResult,
    question: (remote: Remote<ReviewKeeper>, id: number) => Promise<Kept<T>>,
  ) => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const where = held.get(result);
      if (where === undefined) break;
      if (!where.run.stopped) {
        try {
          const answer = await call(where.run, (remote) => question(remote, where.id));
          if (answer.kept) return answer.value;
        } catch (error) {
          if (!(error instanceof WorkerStopped)) throw error;
        }
      }
      held.set(result, await restore(where.basis));
    }
    throw new Error("The review is no longer available; compute it again.");
  };

  const paneResult = (where: Held, view: ReviewView): PaneResult => {
    const result: PaneResult = {
      view,
      page: (filter) => ask(result, (remote, id) => remote.page(id, filter)),
      changesSince: async (previous, edits) => {
        const before = held.get(previous);
        if (before === undefined) return edits.map(() => ({ added: 0, resolved: 0 }));
        // Both reviews' findings must be in one worker: a lost earlier review is computed again first.
        for (let attempt = 0; attempt < 2; attempt++) {
          const now = held.get(result);
          const then = held.get(previous);
          if (now === undefined || then === undefined) break;
          if (now.run === then.run && !now.run.stopped) {
            try {
              const answer = await call<Kept<LiveCounts[]>>(now.run, (remote) =>
                remote.changes(now.id, then.id, [...edits]),
              );
              if (answer.kept) return answer.value;
            } catch (error) {
              if (!(error instanceof WorkerStopped)) throw error;
            }
          }
          if (then.run !== running() || then.run.stopped) held.set(previous, await restore(then.basis));
          if (now.run !== running() || now.run.stopped) held.set(result, await restore(now.basis));
        }
        throw new Error("The review is no longer available; compute it again.");
      },
      plan: async () => {
        const outline = await ask(result, (remote, id) => remote.openPlan(id));
        const where = held.get(result);
        if (where === undefined) throw new Error("no review");
        const { run, id } = where;
        const source: PlanSource = {
          outline,
          block: async (sheet, block) => {
            const answer = await call<Kept<PlanCell[][]>>(run, (remote) => remote.block(id, sheet, block));
            if (!answer.kept) throw new Error("The plan is no longer available; compute the review again.");
            return answer.value;
          },
          close: () => {
            if (!run.stopped) void call(run, (remote) => remote.closePlan(id)).catch(() => undefined);
          },
        };
        return source;
      },
      drafts: () => ask(result, (remote, id) => remote.drafts(id)),
    };
    held.set(result, where);
    return result;
  };

  return {
    review(basis, options): Promise<PaneOutcome> {
      const { signal, onProgress } = options;
      if (signal.aborted) return Promise.reject(new ReviewCancelled());
      const run = running();
      return new Promise<PaneOutcome>((resolve, reject) => {
        // A terminated worker never answers: cancelling settles the review itself.
        const cancel = () => {
          stop(run);
          reject(new ReviewCancelled());
        };
        signal.addEventListener("abort", cancel, { once: true });
        reviewIn(run, basis, onProgress).then(
          (reply) => {
            signal.removeEventListener("abort", cancel);
            resolve(reply.ok ? { ok: true, result: paneResult({ run, id: reply.id, basis }, reply.view) } : reply);
          },
          (error: unknown) => {
            signal.removeEventListener("abort", cancel);
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      });
    },
  };
}

const CLONE_FAILED: HostMessage = {
  zh: "审核数据无法在页面和计算线程之间传递（结构化克隆失败），本次审核没有完成。请刷新页面后重试。",
  en: "The review's data could not be passed between the page and its worker (structured clone failed); the review did not finish. Reload the page and try again.",
};

/** A call's rejection: postMessage refusing data it cannot clone (DataCloneError) is said in the pane's words. */
function answerError(error: unknown): Error {
  // By name: a DOMException may come from another realm than this file's Error.
  if (typeof error === "object" && error !== null && (error as { name?: unknown }).name === "DataCloneError")
    return new HostError("unexpected", CLONE_FAILED);
  return error instanceof Error ? error : new Error(String(error));
}

function workerError(detail: string): HostMessage {
  const said = detail === "" ? "" : `（${detail}）`;
  const saidEn = detail === "" ? "" : ` (${detail})`;
  return {
    zh: `计算线程出错${said}，本次审核没有完成。请刷新页面后重试。`,
    en: `The review worker failed${saidEn}; the review did not finish. Reload the page and try again.`,
  };
}

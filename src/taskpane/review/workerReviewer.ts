import { transfer, wrap, type Remote } from "comlink";
import type { ReviewOutcome } from "../../core/pipeline";
import { HostError, type HostMessage } from "../host";
import type { ReviewBasis } from "../session/reviewRun";
import type { ReviewWorkerApi } from "./reviewWorkerApi";
import { progressOf, ReviewCancelled, type ReviewProgress, type Reviewer } from "./reviewer";

/** What the reviewer needs of a Worker: comlink's endpoint, and a way to stop it at once. */
export type ReviewWorker = Parameters<typeof wrap>[0] & { terminate(): void };

interface Running {
  worker: ReviewWorker;
  remote: Remote<ReviewWorkerApi>;
  /** The reviews waiting for this worker's answer, failed together when the worker fails. */
  waiting: Set<(error: Error) => void>;
}

/**
 * Runs each review in a Web Worker started by `start` (startReviewWorker.ts in the pages). One
 * worker serves review after review; cancelling terminates it mid-computation (a review cannot
 * be interrupted otherwise) and the next review starts a fresh one. A worker that fails — its
 * script not loaded, an exception outside comlink's reply, a message that cannot be cloned
 * (`messageerror`) — would otherwise never answer: its reviews then fail with a message saying
 * so, and the next review starts a fresh worker.
 */
export function createWorkerReviewer(start: () => ReviewWorker): Reviewer {
  let current: Running | null = null;

  const running = (): Running => {
    if (current !== null) return current;
    const worker = start();
    const entry: Running = { worker, remote: wrap<ReviewWorkerApi>(worker), waiting: new Set() };
    const fail = (message: HostMessage) => {
      worker.terminate();
      if (current === entry) current = null;
      const error = new HostError("unexpected", message);
      for (const reject of [...entry.waiting]) reject(error);
    };
    worker.addEventListener("error", (event) => {
      // Handled here: the page's own error log is not where a clerk looks.
      event.preventDefault();
      const detail = (event as Partial<ErrorEvent>).message ?? "";
      // review.worker.ts rethrows its own `messageerror` as an error: said as the clone failure it is.
      fail(detail.includes("messageerror") ? CLONE_FAILED : workerError(detail));
    });
    worker.addEventListener("messageerror", () => fail(CLONE_FAILED));
    current = entry;
    return entry;
  };

  return {
    review(basis: ReviewBasis, options: { signal: AbortSignal; onProgress: (p: ReviewProgress) => void }) {
      const { signal, onProgress } = options;
      if (signal.aborted) return Promise.reject(new ReviewCancelled());
      const worker = running();
      return new Promise<ReviewOutcome>((resolve, reject) => {
        const progress = new MessageChannel();
        progress.port1.onmessage = (event: MessageEvent) => onProgress(progressOf(String(event.data)));
        const settle = (error: Error | null, outcome?: ReviewOutcome) => {
          if (!worker.waiting.delete(failed)) return;
          signal.removeEventListener("abort", cancel);
          progress.port1.close();
          if (error !== null) reject(error);
          else if (outcome !== undefined) resolve(outcome);
        };
        const failed = (error: Error) => settle(error);
        worker.waiting.add(failed);
        // A terminated worker never answers: cancelling settles the review itself.
        const cancel = () => {
          worker.worker.terminate();
          if (current === worker) current = null;
          settle(new ReviewCancelled());
        };
        signal.addEventListener("abort", cancel, { once: true });
        worker.remote.review(basis, transfer(progress.port2, [progress.port2])).then(
          (outcome) => settle(null, outcome),
          (error: unknown) => settle(answerError(error)),
        );
      });
    },
  };
}

const CLONE_FAILED: HostMessage = {
  zh: "审核数据无法在页面和计算线程之间传递（结构化克隆失败），本次审核没有完成。请刷新页面后重试。",
  en: "The review's data could not be passed between the page and its worker (structured clone failed); the review did not finish. Reload the page and try again.",
};

/** A review's rejection: postMessage refusing a basis it cannot clone (DataCloneError) is said in the pane's words. */
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

import { transfer, wrap, type Remote } from "comlink";
import type { ReviewOutcome } from "../../core/pipeline";
import type { ReviewBasis } from "../session/reviewRun";
import type { ReviewWorkerApi } from "./reviewWorkerApi";
import { progressOf, ReviewCancelled, type ReviewProgress, type Reviewer } from "./reviewer";

/** What the reviewer needs of a Worker: comlink's endpoint, and a way to stop it at once. */
export type ReviewWorker = Parameters<typeof wrap>[0] & { terminate(): void };

/**
 * Runs each review in a Web Worker started by `start` (startReviewWorker.ts in the pages). One
 * worker serves review after review; cancelling terminates it mid-computation (a review cannot
 * be interrupted otherwise) and the next review starts a fresh one.
 */
export function createWorkerReviewer(start: () => ReviewWorker): Reviewer {
  let current: { worker: ReviewWorker; remote: Remote<ReviewWorkerApi> } | null = null;

  const running = () => {
    if (current === null) {
      const worker = start();
      current = { worker, remote: wrap<ReviewWorkerApi>(worker) };
    }
    return current;
  };

  return {
    review(basis: ReviewBasis, options: { signal: AbortSignal; onProgress: (p: ReviewProgress) => void }) {
      const { signal, onProgress } = options;
      if (signal.aborted) return Promise.reject(new ReviewCancelled());
      const worker = running();
      return new Promise<ReviewOutcome>((resolve, reject) => {
        const progress = new MessageChannel();
        progress.port1.onmessage = (event: MessageEvent) => onProgress(progressOf(String(event.data)));
        const done = () => {
          signal.removeEventListener("abort", cancel);
          progress.port1.close();
        };
        // A terminated worker never answers: cancelling settles the review itself.
        const cancel = () => {
          worker.worker.terminate();
          if (current === worker) current = null;
          done();
          reject(new ReviewCancelled());
        };
        signal.addEventListener("abort", cancel, { once: true });
        worker.remote.review(basis, transfer(progress.port2, [progress.port2])).then(
          (outcome) => {
            done();
            resolve(outcome);
          },
          (error: unknown) => {
            done();
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      });
    },
  };
}

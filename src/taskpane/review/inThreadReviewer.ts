import { runReview } from "../session/reviewRun";
import { progressOf, ReviewCancelled, type Reviewer } from "./reviewer";

/**
 * The review in the caller's own thread, for jest (node and jsdom have no Worker). It behaves
 * as the worker does at its edges: asynchronous, and refusing once the signal has aborted.
 */
export function createInThreadReviewer(): Reviewer {
  return {
    async review(basis, { signal, onProgress }) {
      await Promise.resolve();
      if (signal.aborted) throw new ReviewCancelled();
      const outcome = runReview(basis, (step) => onProgress(progressOf(step)));
      if (signal.aborted) throw new ReviewCancelled();
      return outcome;
    },
  };
}

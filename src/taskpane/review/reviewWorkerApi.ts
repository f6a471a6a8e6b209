import { runReview, type ReviewBasis } from "../session/reviewRun";

/**
 * What the review worker offers through comlink: the review of a basis, each step's name posted
 * on `progress` (a port the page transfers and the worker closes when done, so that nothing
 * stays open between reviews). Kept apart from review.worker.ts (which exposes it on the
 * worker's global) so that a test can expose it on a MessageChannel and send real structured
 * clones through it.
 */
export const reviewWorkerApi = {
  review(basis: ReviewBasis, progress: MessagePort) {
    try {
      return runReview(basis, (step) => progress.postMessage(step));
    } finally {
      progress.close();
    }
  },
};

export type ReviewWorkerApi = typeof reviewWorkerApi;

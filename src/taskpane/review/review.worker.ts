import { expose } from "comlink";
import { createReviewKeeper } from "./reviewWorkerApi";

/**
 * The review worker (workerReviewer.ts starts it): it holds the grids and the newest review,
 * and answers the pane's questions about it (reviewWorkerApi.ts).
 */
expose(createReviewKeeper());

// A basis that cannot be cloned into this worker arrives as `messageerror`, which comlink never
// answers: thrown here, it reaches the page as the Worker's `error` event, which fails the review
// with a message instead of leaving it waiting for ever.
addEventListener("messageerror", () => {
  throw new Error("messageerror: the review's data could not be cloned into the worker");
});

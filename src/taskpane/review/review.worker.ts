import { expose } from "comlink";
import { reviewWorkerApi } from "./reviewWorkerApi";

/**
 * The review worker (workerReviewer.ts starts it): the basis arrives structured-cloned (grids
 * are plain data), the outcome goes back the same way, and progress goes back per step.
 */
expose(reviewWorkerApi);

// A basis that cannot be cloned into this worker arrives as `messageerror`, which comlink never
// answers: thrown here, it reaches the page as the Worker's `error` event, which fails the review
// with a message instead of leaving it waiting for ever.
addEventListener("messageerror", () => {
  throw new Error("messageerror: the review's data could not be cloned into the worker");
});

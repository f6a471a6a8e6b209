import { expose } from "comlink";
import type { ReviewStep } from "../../core/pipeline";
import { runReview, type ReviewBasis } from "../session/reviewRun";

/**
 * The review in a Web Worker (workerReviewer.ts starts it). The basis arrives structured-cloned
 * (grids are plain data) and the outcome goes back the same way; progress goes back per step.
 */
const api = {
  review: (basis: ReviewBasis, onStep: (step: ReviewStep) => void) => runReview(basis, onStep),
};

export type ReviewWorkerApi = typeof api;

expose(api);

import { expose } from "comlink";
import { reviewWorkerApi } from "./reviewWorkerApi";

/**
 * The review worker (workerReviewer.ts starts it): the basis arrives structured-cloned (grids
 * are plain data), the outcome goes back the same way, and progress goes back per step.
 */
expose(reviewWorkerApi);

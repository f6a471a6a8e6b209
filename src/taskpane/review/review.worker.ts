import { expose } from "comlink";
import { createReviewKeeper } from "./reviewWorkerApi";

/**
 * The review worker (workerReviewer.ts starts it): it holds the grids and the newest review,
 * and answers the pane's questions about it (reviewWorkerApi.ts).
 */
expose(createReviewKeeper());

import { REVIEW_STEPS, type ReviewOutcome } from "../../core/pipeline";
import type { ReviewBasis } from "../session/reviewRun";

/** Steps of the review done and in all, for the progress bar. */
export interface ReviewProgress {
  done: number;
  total: number;
}

export const REVIEW_STEP_COUNT = REVIEW_STEPS.length;

/**
 * Where the task pane's review runs. The pages give a Web Worker (workerReviewer.ts), so that a
 * district-sized review never blocks the pane (Excel restarts an add-in that blocks for 5 s);
 * jest, which has no Worker, gives the same interface in its own thread (inThreadReviewer.ts).
 * The entry point chooses; the session only sees this interface.
 */
export interface Reviewer {
  /** The core's review of the basis; rejects with ReviewCancelled once `signal` aborts. */
  review(
    basis: ReviewBasis,
    options: { signal: AbortSignal; onProgress: (p: ReviewProgress) => void },
  ): Promise<ReviewOutcome>;
}

/** A review stopped by its signal: by the user's cancel, or by a newer review of newer data. */
export class ReviewCancelled extends Error {
  constructor() {
    super("review cancelled");
    this.name = "ReviewCancelled";
  }
}

/** Turns the core's step names into the progress bar's counts. */
export function progressOf(step: string): ReviewProgress {
  return { done: (REVIEW_STEPS as readonly string[]).indexOf(step), total: REVIEW_STEP_COUNT };
}

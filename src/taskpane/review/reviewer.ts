import { REVIEW_STEPS, type ReviewOutcome } from "../../core/pipeline";
import type { DraftsDownload } from "../../hosts/docx/draftFiles";
import type { ReviewBasis } from "../session/reviewRun";
import type { PlanSource } from "./planSource";
import type { EditedRows, LiveCounts, ReviewFilter, ReviewPage, ReviewView } from "./reviewView";

/** Steps of the review done and in all, for the progress bar. */
export interface ReviewProgress {
  done: number;
  total: number;
}

export const REVIEW_STEP_COUNT = REVIEW_STEPS.length;

/**
 * A review as the pane holds it: what it shows at once (`view`), and the rest asked for when
 * needed from where the review is kept — another page of the review list, the changes an edit
 * made, the plan block by block as it is written, the Word drafts as one file. A district's
 * whole result never crosses to the pane's thread.
 */
export interface PaneResult {
  readonly view: ReviewView;
  /** 审阅's list under another filter. */
  page(filter: ReviewFilter): Promise<ReviewPage>;
  /** For each edit, the findings at its rows that are new or gone since `previous` (实时校验). */
  changesSince(previous: PaneResult, edits: readonly EditedRows[]): Promise<LiveCounts[]>;
  /** The write plan, to pull as it is written; the caller closes it when done. */
  plan(): Promise<PlanSource>;
  /** The Word drafts (专题考察报告, 考核情况报告) as one download, dated today. */
  drafts(): Promise<DraftsDownload>;
}

/** A refused review, as the core words it (with the refusal's code where it has one, for the pane's hint). */
export type ReviewRefusal = Extract<ReviewOutcome, { ok: false }>;

export type PaneOutcome = { ok: true; result: PaneResult } | ReviewRefusal;

/**
 * Where the task pane's review runs and is kept. The pages give a Web Worker
 * (workerReviewer.ts), so that a district-sized review never blocks the pane (Excel restarts an
 * add-in that blocks for 5 s); WPS and jest, which have no Worker for it, give the same
 * interface in their own thread (inThreadReviewer.ts). The entry point chooses; the session
 * only sees this interface.
 */
export interface Reviewer {
  /** The core's review of the basis; rejects with ReviewCancelled once `signal` aborts. */
  review(
    basis: ReviewBasis,
    options: { signal: AbortSignal; onProgress: (p: ReviewProgress) => void },
  ): Promise<PaneOutcome>;
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

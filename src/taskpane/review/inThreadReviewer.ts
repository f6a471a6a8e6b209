import type { ReviewResult } from "../../core/pipeline";
import { runReview } from "../session/reviewRun";
import { memoryPlanSource } from "./planSource";
import { progressOf, ReviewCancelled, type PaneResult, type Reviewer } from "./reviewer";
import { liveCounts, reviewPage, reviewView } from "./reviewView";

/**
 * The review in the caller's own thread, for WPS's pane and jest (neither has a Worker for it).
 * It behaves as the worker does at its edges: asynchronous, refusing once the signal has
 * aborted, and giving the pane the same view and queries.
 */
export function createInThreadReviewer(): Reviewer {
  return {
    async review(basis, { signal, onProgress }) {
      await Promise.resolve();
      if (signal.aborted) throw new ReviewCancelled();
      const outcome = runReview(basis, (step) => onProgress(progressOf(step)));
      if (signal.aborted) throw new ReviewCancelled();
      return outcome.ok ? { ok: true, result: inThreadResult(outcome.result) } : outcome;
    },
  };
}

const results = new WeakMap<PaneResult, ReviewResult>();

/** A review result in hand, as the pane's queries see it. */
export function inThreadResult(result: ReviewResult): PaneResult {
  const held: PaneResult = {
    view: reviewView(result),
    page: (filter) => Promise.resolve(reviewPage(result, filter)),
    changesSince: (previous, edits) =>
      Promise.resolve(liveCounts(results.get(previous)?.findings ?? [], result.findings, edits)),
    plan: () => Promise.resolve(memoryPlanSource(result.plan)),
    // The docx writer is loaded on the first download only: most sessions never draft a report.
    drafts: async () => {
      const { draftsDownload, isoDay } = await import("../../hosts/docx/draftFiles");
      return draftsDownload(result, isoDay(new Date()));
    },
  };
  results.set(held, result);
  return held;
}

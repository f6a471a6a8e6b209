import { transfer } from "comlink";
import type { Finding } from "../../core/findings/finding";
import type { SheetGrid } from "../../core/model/sheetGrid";
import type { ReviewResult } from "../../core/pipeline";
import { planOutline, type PlanOutline, type TableBlock } from "../../core/plan/planOutline";
import type { PlanCell } from "../../core/plan/writePlan";
import type { DraftsDownload } from "../../hosts/docx/draftFiles";
import { runReview, type ReviewBasis } from "../session/reviewRun";
import { applyGridMessage, type GridMessage } from "./gridSync";
import type { ReviewRefusal } from "./reviewer";
import { cutBlock } from "./planSource";
import {
  liveCounts,
  reviewPage,
  reviewView,
  type EditedRows,
  type LiveCounts,
  type ReviewFilter,
  type ReviewPage,
  type ReviewView,
} from "./reviewView";

/** The basis of a review as the worker receives it: its grids by id, sent before (gridSync.ts). */
export type BasisRequest = Omit<ReviewBasis, "grids"> & { grids: string[] };

export type ReviewReply = { ok: true; id: number; view: ReviewView } | ReviewRefusal;

/** An answer about a review the worker may no longer hold (it keeps the newest, see below). */
export type Kept<T> = { kept: true; value: T } | { kept: false };

/** Reviews whose findings are kept after a newer one, for the changes an edit made. */
const FINDINGS_KEPT = 4;

/**
 * The review worker's side (review.worker.ts exposes it through comlink; a test may expose it
 * on a MessageChannel). It holds the grids, runs each review, and keeps the newest result in
 * full — and any whose plan is being written — answering the pane's questions about it, so that
 * only what the pane shows crosses to it. Of older reviews it keeps the findings only; a
 * question about a review it no longer holds is answered `kept: false`, and the pane reviews
 * that basis again (workerReviewer.ts).
 */
export function createReviewKeeper() {
  const grids = new Map<string, SheetGrid>();
  const full = new Map<number, ReviewResult>();
  const findings = new Map<number, readonly Finding[]>();
  const open = new Map<number, number>();
  let latest = 0;
  let next = 1;

  const letGo = (id: number) => {
    if (id !== latest && (open.get(id) ?? 0) === 0) full.delete(id);
  };
  const kept = <T>(id: number, answer: (result: ReviewResult) => T): Kept<T> => {
    const result = full.get(id);
    return result === undefined ? { kept: false } : { kept: true, value: answer(result) };
  };

  return {
    /** One message of a grid upload. */
    putGrid(message: GridMessage): void {
      grids.set(message.id, applyGridMessage(grids.get(message.id), message));
    },

    /** Reviews the basis; each step's name goes to `progress`, then null, and the port is closed. */
    review(request: BasisRequest, progress: MessagePort): ReviewReply {
      try {
        for (const id of [...grids.keys()]) if (!request.grids.includes(id)) grids.delete(id);
        const basis: ReviewBasis = {
          ...request,
          grids: request.grids.flatMap((id) => {
            const grid = grids.get(id);
            return grid === undefined ? [] : [{ id, grid }];
          }),
        };
        const outcome = runReview(basis, (step) => progress.postMessage(step));
        if (!outcome.ok) return outcome;
        const id = next++;
        const previous = latest;
        latest = id;
        full.set(id, outcome.result);
        findings.set(id, outcome.result.findings);
        for (const old of [...findings.keys()].slice(0, -FINDINGS_KEPT)) findings.delete(old);
        letGo(previous);
        return { ok: true, id, view: reviewView(outcome.result) };
      } finally {
        progress.postMessage(null);
        progress.close();
      }
    },

    page(id: number, filter: ReviewFilter): Kept<ReviewPage> {
      return kept(id, (result) => reviewPage(result, filter));
    },

    changes(id: number, previous: number, edits: EditedRows[]): Kept<LiveCounts[]> {
      const after = findings.get(id);
      const before = findings.get(previous);
      if (after === undefined || before === undefined) return { kept: false };
      return { kept: true, value: liveCounts(before, after, edits) };
    },

    /** The plan's outline; the review is kept in full until `closePlan`. */
    openPlan(id: number): Kept<PlanOutline> {
      const answer = kept(id, (result) => planOutline(result.plan));
      if (answer.kept) open.set(id, (open.get(id) ?? 0) + 1);
      return answer;
    },

    block(id: number, sheet: number, block: TableBlock): Kept<PlanCell[][]> {
      return kept(id, (result) => cutBlock(result.plan.sheets[sheet]?.table ?? { rows: [] }, block));
    },

    closePlan(id: number): void {
      const count = (open.get(id) ?? 1) - 1;
      if (count > 0) open.set(id, count);
      else open.delete(id);
      letGo(id);
    },

    /** The Word drafts as one file, its bytes transferred rather than copied. */
    async drafts(id: number): Promise<Kept<DraftsDownload>> {
      const result = full.get(id);
      if (result === undefined) return { kept: false };
      // The docx writer is loaded on the first download only: most sessions never draft a report.
      const { draftsDownload, isoDay } = await import("../../hosts/docx/draftFiles");
      const download = await draftsDownload(result, isoDay(new Date()));
      return transfer({ kept: true, value: download }, [download.data.buffer]);
    },
  };
}

export type ReviewKeeper = ReturnType<typeof createReviewKeeper>;

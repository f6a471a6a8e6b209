import { parentPort } from "node:worker_threads";
import { serialize } from "node:v8";
import { expose, transfer } from "comlink";
import nodeEndpoint from "comlink/dist/umd/node-adapter";
import { listedPlan } from "../../src/core/plan/planRows";
import { createReviewKeeper } from "../../src/taskpane/review/reviewWorkerApi";
import { runReview, type ReviewBasis } from "../../src/taskpane/session/reviewRun";

/**
 * The review worker in a thread of its own (worker_threads), as the pages run it in a Web
 * Worker: its heap apart from the pane's, so that the pane's deserialize times are not those of
 * a heap holding the worker's results. Besides the keeper it offers the review as the pane
 * received it before (the whole outcome, structured-cloned), as the bytes the pane then
 * deserialized, for the bench's "before" (its plan's rows listed: 测评明细's are made as read,
 * which structured cloning cannot take).
 */

if (parentPort === null) throw new Error("run as a worker thread");
const keeper = createReviewKeeper();
expose(
  {
    ...keeper,
    wholeOutcome(basis: ReviewBasis) {
      const outcome = runReview(basis);
      const bytes = serialize(
        outcome.ok ? { ...outcome, result: { ...outcome.result, plan: listedPlan(outcome.result.plan) } } : outcome,
      );
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      return transfer(buffer, [buffer]);
    },
  },
  nodeEndpoint(parentPort),
);

import { parentPort } from "node:worker_threads";
import { serialize } from "node:v8";
import { expose, transfer } from "comlink";
import nodeEndpoint from "comlink/dist/umd/node-adapter";
import { rowList } from "../../src/core/plan/planRows";
import type { WritePlan } from "../../src/core/plan/writePlan";
import { createReviewKeeper } from "../../src/taskpane/review/reviewWorkerApi";
import { runReview, type ReviewBasis } from "../../src/taskpane/session/reviewRun";

/**
 * The review worker in a thread of its own (worker_threads), as the pages run it in a Web
 * Worker: its heap apart from the pane's, so that the pane's deserialize times are not those of
 * a heap holding the worker's results. Besides the keeper it offers the review as the pane
 * received it before (the whole outcome, structured-cloned), as the bytes the pane then
 * deserialized, for the bench's "before".
 */

/**
 * The plan as the whole outcome carried it before: every table's rows a list. 测评明细's rows
 * are now made as they are read (PlanRows), a function structured cloning cannot take.
 */
function listedPlan(plan: WritePlan): WritePlan {
  const sheets = plan.sheets.map((sheet) => ({ ...sheet, table: { ...sheet.table, rows: rowList(sheet.table.rows) } }));
  return { ...plan, sheets };
}

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

import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { deserialize } from "node:v8";
import { Worker } from "node:worker_threads";
import { wrap } from "comlink";
import nodeEndpoint from "comlink/dist/umd/node-adapter";
import type { ReviewBasis } from "../../src/taskpane/session/reviewRun";
import { cloneFigures, type PaneEndpoint, type WorkerChannel } from "../../tests/addin/support/messageTap";
import { districtBasis, paneFlow, phaseFigures, type Phase } from "../../tests/addin/support/paneFlow";
import { districtShape } from "../district/shape";
import { districtGrids } from "../district/writeDistrict";
import { reportStage } from "../harness/stageResult";

/**
 * Stage "pane" (`node … paneStage.ts CADRES`): the time the task pane's thread spends on the
 * messages between it and the review worker, which runs in a thread of its own as a Web Worker
 * does. Before: the pane posted the whole basis and received the whole outcome for every review
 * (and every live edit). After: a session of the worker reviewer (tests/addin/support/paneFlow.ts)
 * — the first review, another page of 审阅, an edited row, and 计算与标注 pulling the plan block
 * by block. Deserialize (received) and serialize (posted) are V8's, timed on the pane's thread.
 */
const KEEPER = join(__dirname, "..", "pane", "keeperThread.ts");

function thread(): { worker: Worker; endpoint: PaneEndpoint } {
  // A worker thread does not inherit tsx's loader: the thread registers it before loading the keeper.
  const worker = new Worker(`require("tsx/cjs"); require(${JSON.stringify(KEEPER)});`, { eval: true });
  return { worker, endpoint: threadEndpoint(worker) };
}

/**
 * The thread as a Web Worker looks to the pane. Comlink's node adapter hands every listener the
 * thread's messages whatever the event type, so the reviewer's `error` listener took each reply
 * for a failure: messages go through the adapter, a thread's error comes as the ErrorEvent a page sees.
 */
function threadEndpoint(worker: Worker): PaneEndpoint {
  const messages = nodeEndpoint(worker) as unknown as PaneEndpoint;
  const failures = new Map<(event: MessageEvent) => void, (error: Error) => void>();
  return {
    postMessage: (message, transfer) => messages.postMessage(message, transfer),
    addEventListener(type, listener) {
      if (type === "message") return messages.addEventListener(type, listener);
      const failed = (error: Error) =>
        listener({ message: `${type}: ${error.message}`, preventDefault() {} } as unknown as MessageEvent);
      failures.set(listener, failed);
      worker.on(type, failed);
    },
    removeEventListener(type, listener) {
      if (type === "message") return messages.removeEventListener(type, listener);
      const failed = failures.get(listener);
      if (failed !== undefined) worker.off(type, failed);
      failures.delete(listener);
    },
  };
}

function threadChannel(): WorkerChannel {
  const { worker, endpoint } = thread();
  return { endpoint, stop: () => void worker.terminate() };
}

/** Before: the whole basis posted, the whole outcome received and deserialized on the pane. */
async function before(basis: ReviewBasis): Promise<Record<string, number>> {
  const posted = cloneFigures(basis);
  const { worker, endpoint } = thread();
  try {
    const remote = wrap<{ wholeOutcome(basis: ReviewBasis): ArrayBuffer }>(endpoint as never);
    const bytes = Buffer.from(await remote.wholeOutcome(basis));
    const started = performance.now();
    deserialize(bytes);
    const inMs = performance.now() - started;
    return {
      beforeOutBytes: posted.bytes,
      beforeOutMs: posted.serializeMs,
      beforeInBytes: bytes.length,
      beforeInMs: inMs,
    };
  } finally {
    await worker.terminate();
  }
}

async function main(cadres: number): Promise<void> {
  const grids = districtGrids(districtShape(cadres));
  // After first: the outcome deserialized for "before" would leave the pane's heap a gigabyte to collect.
  const flow = await paneFlow(grids, { connect: threadChannel });
  const figures: Record<string, number> = {};
  for (const phase of Object.keys(flow.phases) as Phase[]) {
    const measured = phaseFigures(flow.phases[phase]) as unknown as Record<string, number>;
    for (const [key, value] of Object.entries(measured)) {
      figures[`${phase}${key[0]?.toUpperCase() ?? ""}${key.slice(1)}`] = value;
    }
  }
  Object.assign(figures, await before(districtBasis(grids)));
  reportStage(figures);
}

void main(Number(process.argv[2] ?? 2000));

import { HostError } from "../../taskpane/host";

/** The one thing the batcher needs of an Excel request context. */
export interface SyncTarget {
  sync(): Promise<unknown>;
}

export interface BatcherOptions {
  /** Largest estimated request, in bytes. */
  budget: number;
  /** Queued first in every request: calculation and screen updating are suspended per request. */
  onRequestStart?: () => void;
  /** After each sync, with the bytes sent so far. */
  onSynced?: (bytesDone: number) => void;
  signal?: AbortSignal;
}

/** Where writers queue their operations: the real batcher, or a tally of what they would send. */
export interface OperationQueue {
  add(bytes: number, enqueue: () => void): Promise<void>;
  addRows(rowBytes: readonly number[], fixedBytes: number, enqueue: (from: number, to: number) => void): Promise<void>;
}

/** Adds up the bytes writers would queue, without queueing: the total for the progress bar. */
export class ByteTally implements OperationQueue {
  total = 0;
  add(bytes: number): Promise<void> {
    this.total += Math.max(bytes, 1);
    return Promise.resolve();
  }
  addRows(rowBytes: readonly number[], fixedBytes: number): Promise<void> {
    this.total += fixedBytes + rowBytes.reduce((sum, n) => sum + n, 0);
    return Promise.resolve();
  }
}

/**
 * Queues Office.js operations and syncs only when the next one would push the request past
 * the budget, so a plan goes to Excel in as few round trips as its size allows.
 */
export class RequestBatcher implements OperationQueue {
  private pendingBytes = 0;
  private doneBytes = 0;
  private syncCount = 0;
  private writeSyncCount = 0;

  constructor(
    private readonly context: SyncTarget,
    private readonly options: BatcherOptions,
  ) {}

  /** Every sync so far. */
  get syncs(): number {
    return this.syncCount;
  }

  /** Bytes of the operations sent so far. */
  get sentBytes(): number {
    return this.doneBytes;
  }

  /** Syncs that sent queued operations (not inspections). */
  get writeSyncs(): number {
    return this.writeSyncCount;
  }

  private checkCancelled(): void {
    if (this.options.signal?.aborted === true) {
      throw new HostError("cancelled", { zh: "已取消。", en: "Cancelled." });
    }
  }

  /** Queues `enqueue`'s operations, estimated at `bytes`, syncing first if they would not fit. */
  async add(bytes: number, enqueue: () => void): Promise<void> {
    this.checkCancelled();
    if (this.pendingBytes > 0 && this.pendingBytes + bytes > this.options.budget) await this.flush();
    if (this.pendingBytes === 0) this.options.onRequestStart?.();
    enqueue();
    // An empty step still opens a request: count it as one byte so that flush() sends it.
    this.pendingBytes += Math.max(bytes, 1);
  }

  /**
   * Queues table rows, as many per request as fit: `rowBytes[i]` is row i's size, `fixedBytes`
   * what every slice costs besides its rows. Rows are split across requests only when the
   * current request has no room left for them.
   */
  async addRows(
    rowBytes: readonly number[],
    fixedBytes: number,
    enqueue: (from: number, to: number) => void,
  ): Promise<void> {
    let from = 0;
    while (from < rowBytes.length) {
      const room = this.options.budget - this.pendingBytes - fixedBytes;
      let to = from;
      let bytes = 0;
      while (to < rowBytes.length && bytes + (rowBytes[to] ?? 0) <= room) bytes += rowBytes[to++] ?? 0;
      if (to === from && this.pendingBytes > 0) {
        await this.flush();
        continue;
      }
      // A single row larger than the budget still goes alone: it cannot be split further.
      if (to === from) bytes = rowBytes[to++] ?? 0;
      const slice = { from, to };
      await this.add(fixedBytes + bytes, () => enqueue(slice.from, slice.to));
      from = to;
    }
  }

  /** Sends what is queued. Stops with a `cancelled` error, before sending, once the signal aborts (as `add` does). */
  async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    this.checkCancelled();
    await this.context.sync();
    this.syncCount += 1;
    this.writeSyncCount += 1;
    this.doneBytes += this.pendingBytes;
    this.pendingBytes = 0;
    this.options.onSynced?.(this.doneBytes);
  }

  /** Counts a sync made outside the batches (inspection, clean-up). */
  async syncNow(): Promise<void> {
    await this.context.sync();
    this.syncCount += 1;
  }
}

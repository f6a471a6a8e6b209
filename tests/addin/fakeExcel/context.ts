import { newWorkbook, type FakeWorkbook } from "./state";
import { FakeWorkbookProxy, FakeApplication } from "./workbookProxies";

/** One queued operation, as Office.js would send it: a name, its arguments, and what it does. */
export interface RecordedOp {
  name: string;
  args: unknown[];
  bytes: number;
}

export interface RequestRecord {
  ops: RecordedOp[];
  bytes: number;
  responseBytes: number;
}

/** Excel on the web's limit for a request and for a response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Office.js sends ids and a path for every action; 150 bytes is what a short one takes. */
export const OP_ENVELOPE_BYTES = 150;

/** An error as Office.js rejects `sync()` with: a code users' messages are chosen by. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A stand-in for `Excel.RequestContext`: every proxy call is recorded, nothing happens until
 * `sync()`, which applies the queue in order to an in-memory workbook and counts the request's
 * bytes (UTF-8 JSON of each operation plus an envelope) and the response's.
 */
export class FakeRequestContext {
  readonly state: FakeWorkbook;
  readonly workbook: FakeWorkbookProxy;
  readonly application: FakeApplication;
  readonly requests: RequestRecord[] = [];
  /** When set, the next sync fails with this Office error code before applying anything. */
  failNextSync: string | null = null;
  /** Excel on the web refuses a request, and a response, over 5 MB. */
  limits = { requestBytes: PAYLOAD_LIMIT_BYTES, responseBytes: PAYLOAD_LIMIT_BYTES };
  private queue: Array<RecordedOp & { apply: () => void }> = [];
  private responseBytes = 0;

  constructor(state: FakeWorkbook = newWorkbook()) {
    this.state = state;
    this.workbook = new FakeWorkbookProxy(this);
    this.application = new FakeApplication(this);
  }

  record(name: string, args: unknown[], apply: () => void): void {
    const bytes = Buffer.byteLength(JSON.stringify([name, args]), "utf8") + OP_ENVELOPE_BYTES;
    this.queue.push({ name, args, bytes, apply });
  }

  /** Counts loaded data towards the response of the current sync. */
  respond(data: unknown): void {
    this.responseBytes += Buffer.byteLength(JSON.stringify(data) ?? "", "utf8");
  }

  get syncs(): number {
    return this.requests.length;
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.bytes));
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.responseBytes));
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.responseBytes = 0;
    const record: RequestRecord = {
      ops: ops.map(({ name, args, bytes }) => ({ name, args, bytes })),
      bytes: 0,
      responseBytes: 0,
    };
    record.bytes = record.ops.reduce((sum, op) => sum + op.bytes, 0);
    this.requests.push(record);
    if (record.bytes > this.limits.requestBytes) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `request of ${record.bytes} bytes`);
    }
    if (this.failNextSync !== null) {
      const code = this.failNextSync;
      this.failNextSync = null;
      throw new FakeOfficeError(code, `fake ${code}`);
    }
    // Office.js applies a request's actions in order and stops at the first that fails.
    for (const op of ops) op.apply();
    record.responseBytes = this.responseBytes;
    await Promise.resolve();
    if (record.responseBytes > this.limits.responseBytes) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `response of ${record.responseBytes} bytes`);
    }
  }

  /** Operations queued and not yet synced (Excel.run drops them if never synced). */
  get pending(): number {
    return this.queue.length;
  }
}

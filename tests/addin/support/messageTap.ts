import { performance } from "node:perf_hooks";
import { DefaultDeserializer, DefaultSerializer } from "node:v8";
import { expose } from "comlink";
import { createReviewKeeper } from "../../../src/taskpane/review/reviewWorkerApi";
import type { ReviewWorker } from "../../../src/taskpane/review/workerReviewer";

/**
 * A review worker on a MessageChannel (Node has no Web Worker; a channel's two ports stand for
 * the pane and the worker, closing them for terminate()), with every message that crosses
 * measured as the pane's thread pays for it: a message the pane posts is serialized there, one
 * it receives is deserialized there. Structured cloning is V8's serializer in browsers and in
 * Node alike, so the bytes are those of the real message and the time is that of V8's
 * deserializer on them (Chromium's WebView2 runs the same code). Transferred buffers and ports
 * move without being copied, and are not counted.
 */
export interface MessageFigure {
  /** "in": worker to pane (deserialized on the pane); "out": pane to worker (serialized there). */
  direction: "in" | "out";
  /** The worker's method called (`putGrid`, `review`, `block`…), of a call or of its answer. */
  call?: string;
  bytes: number;
  ms: number;
}

/** V8's hook for objects it cannot clone itself (typed arrays, ports), missing from Node's typings. */
interface HostObjectWriter {
  _writeHostObject: (this: DefaultSerializer, object: object) => void;
}

/** A port in a message stands as an empty array: it is moved, not copied. */
class PortSerializer extends DefaultSerializer {}
const writeHostObject = (DefaultSerializer.prototype as unknown as HostObjectWriter)._writeHostObject;
(PortSerializer.prototype as unknown as HostObjectWriter)._writeHostObject = function (
  this: DefaultSerializer,
  object: object,
) {
  writeHostObject.call(this, object instanceof MessagePort ? new Uint8Array(0) : object);
};

function transferredBuffers(transfer: readonly unknown[] | undefined): ArrayBuffer[] {
  return (transfer ?? []).filter((t): t is ArrayBuffer => t instanceof ArrayBuffer);
}

/** The bytes of `value` structured-cloned, with its serialize and deserialize times. */
export function cloneFigures(
  value: unknown,
  transfer?: readonly unknown[],
): { bytes: number; serializeMs: number; deserializeMs: number } {
  const buffers = transferredBuffers(transfer);
  const started = performance.now();
  const serializer = new PortSerializer();
  buffers.forEach((b, i) => serializer.transferArrayBuffer(i, b));
  serializer.writeHeader();
  serializer.writeValue(value);
  const bytes = serializer.releaseBuffer();
  const serializeMs = performance.now() - started;
  const deserializer = new DefaultDeserializer(bytes);
  buffers.forEach((b, i) => deserializer.transferArrayBuffer(i, b));
  const begun = performance.now();
  deserializer.readHeader();
  deserializer.readValue();
  return { bytes: bytes.length, serializeMs, deserializeMs: performance.now() - begun };
}

type Listener = (event: MessageEvent) => void;

/** The pane's end of a channel to a review worker, as comlink uses it. */
export interface PaneEndpoint {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: string, listener: Listener): void;
  removeEventListener(type: string, listener: Listener): void;
  start?: () => void;
}

/** A started worker: the pane's end, and how to stop it. */
export interface WorkerChannel {
  endpoint: PaneEndpoint;
  stop: () => void;
}

/** The worker's keeper in this thread, on a MessageChannel: for tests, where sizes matter, not times. */
export function channelWorker(): WorkerChannel {
  const { port1, port2 } = new MessageChannel();
  expose(createReviewKeeper(), port2);
  return {
    endpoint: port1,
    stop: () => {
      port1.close();
      port2.close();
    },
  };
}

export interface TappedWorkers {
  /** What createWorkerReviewer needs: starts a worker on a fresh channel. */
  start: () => ReviewWorker;
  figures: MessageFigure[];
  /** Workers started, and whether each was terminated. */
  started: Array<{ terminated: boolean }>;
  close: () => void;
}

/** comlink's message id and the method a call names, to label each answer with its call. */
function callOf(message: unknown): { id: unknown; call: string | undefined } {
  const { id, path } = (message ?? {}) as { id?: unknown; path?: unknown };
  return { id, call: Array.isArray(path) ? path.join(".") : undefined };
}

export function tappedWorkers(options: { measure?: boolean; connect?: () => WorkerChannel } = {}): TappedWorkers {
  const measure = options.measure ?? true;
  const connect = options.connect ?? channelWorker;
  const figures: MessageFigure[] = [];
  const started: Array<{ terminated: boolean }> = [];
  const closers: Array<() => void> = [];
  const start = (): ReviewWorker => {
    const { endpoint, stop } = connect();
    const record = { terminated: false };
    started.push(record);
    closers.push(stop);
    const calls = new Map<unknown, string>();
    const wrapped = new Map<Listener, Listener>();
    return {
      postMessage(message: unknown, transfer?: Transferable[]) {
        if (measure) {
          const f = cloneFigures(message, transfer);
          const { id, call } = callOf(message);
          if (call !== undefined) calls.set(id, call);
          figures.push({
            direction: "out",
            ...(call === undefined ? {} : { call }),
            bytes: f.bytes,
            ms: f.serializeMs,
          });
        }
        endpoint.postMessage(message, transfer ?? []);
      },
      addEventListener(type: string, listener: Listener) {
        const tapped: Listener = (event) => {
          if (measure) {
            const f = cloneFigures(event.data);
            const call = calls.get(callOf(event.data).id);
            figures.push({
              direction: "in",
              ...(call === undefined ? {} : { call }),
              bytes: f.bytes,
              ms: f.deserializeMs,
            });
          }
          listener(event);
        };
        wrapped.set(listener, tapped);
        endpoint.addEventListener(type, tapped);
      },
      removeEventListener(type: string, listener: Listener) {
        endpoint.removeEventListener(type, wrapped.get(listener) ?? listener);
        wrapped.delete(listener);
      },
      start: () => endpoint.start?.(),
      terminate: () => {
        record.terminated = true;
        stop();
      },
    } as unknown as ReviewWorker;
  };
  return { start, figures, started, close: () => closers.splice(0).forEach((c) => c()) };
}

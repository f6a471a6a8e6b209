/**
 * Coalesces the edits of 实时校验: edits arriving within `quietMs` of each other are handed on
 * together, once, after the quiet (or after `maxWaitMs` of steady typing), and never while the
 * previous batch is still being handled: a batch that arrives then waits and goes next. Several
 * quick edits therefore cost one review, and batches are handled one at a time, in order.
 */
export interface EditQueue<T> {
  push(item: T): void;
  /** Drops what is waiting and stops the timer; a batch being handled finishes. */
  clear(): void;
}

export interface EditQueueOptions {
  quietMs: number;
  maxWaitMs: number;
}

export function createEditQueue<T>(handle: (batch: T[]) => Promise<void>, options: EditQueueOptions): EditQueue<T> {
  let waiting: T[] = [];
  let firstAt = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let busy = false;

  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    const delay = Math.max(0, Math.min(options.quietMs, firstAt + options.maxWaitMs - Date.now()));
    timer = setTimeout(flush, delay);
  };

  const flush = () => {
    timer = null;
    if (busy || waiting.length === 0) return;
    const batch = waiting;
    waiting = [];
    busy = true;
    void handle(batch).finally(() => {
      busy = false;
      if (waiting.length > 0) schedule();
    });
  };

  return {
    push(item) {
      if (waiting.length === 0) firstAt = Date.now();
      waiting.push(item);
      if (!busy) schedule();
    },
    clear() {
      waiting = [];
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}

import { createEditQueue } from "../../src/taskpane/session/editQueue";

/** 实时校验's coalescing, on jest's clock: bursts become one batch, batches never overlap. */
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

function recorder() {
  const batches: number[][] = [];
  const finish: Array<() => void> = [];
  const handle = (batch: number[]) => {
    batches.push(batch);
    return new Promise<void>((resolve) => finish.push(resolve));
  };
  return { batches, finish, handle };
}

test("edits within the quiet time are handed on once, together, after the quiet", async () => {
  const { batches, finish, handle } = recorder();
  const queue = createEditQueue(handle, { quietMs: 400, maxWaitMs: 2000 });
  queue.push(1);
  await jest.advanceTimersByTimeAsync(300);
  queue.push(2);
  await jest.advanceTimersByTimeAsync(300);
  queue.push(3);
  await jest.advanceTimersByTimeAsync(399);
  expect(batches).toEqual([]);
  await jest.advanceTimersByTimeAsync(1);
  expect(batches).toEqual([[1, 2, 3]]);
  finish[0]?.();
});

test("steady editing is still handed on after the longest wait", async () => {
  const { batches, handle } = recorder();
  const queue = createEditQueue(handle, { quietMs: 400, maxWaitMs: 2000 });
  for (let i = 0; i < 8; i++) {
    queue.push(i);
    await jest.advanceTimersByTimeAsync(300);
  }
  // Pushed at 0, 300, …, 2100: the first batch goes at 2000 with the seven edits made by then.
  expect(batches).toEqual([[0, 1, 2, 3, 4, 5, 6]]);
});

test("edits made while a batch is handled wait for it, then go as the next batch", async () => {
  const { batches, finish, handle } = recorder();
  const queue = createEditQueue(handle, { quietMs: 400, maxWaitMs: 2000 });
  queue.push(1);
  await jest.advanceTimersByTimeAsync(400);
  queue.push(2);
  queue.push(3);
  await jest.advanceTimersByTimeAsync(5000);
  expect(batches).toEqual([[1]]);
  finish[0]?.();
  await jest.advanceTimersByTimeAsync(0);
  expect(batches).toEqual([[1], [2, 3]]);
});

test("clear drops what waits", async () => {
  const { batches, handle } = recorder();
  const queue = createEditQueue(handle, { quietMs: 400, maxWaitMs: 2000 });
  queue.push(1);
  queue.clear();
  await jest.advanceTimersByTimeAsync(5000);
  expect(batches).toEqual([]);
});

import { RequestBatcher } from "../../src/hosts/office/requestBatcher";
import { actionBytes, payloadBytes } from "../../src/hosts/office/requestSize";

function batcher(budget: number) {
  const sent: string[][] = [];
  let queued: string[] = [];
  const b = new RequestBatcher(
    {
      sync: () => {
        sent.push(queued);
        queued = [];
        return Promise.resolve();
      },
    },
    { budget },
  );
  return { b, sent, queue: (name: string) => queued.push(name) };
}

test("operations share a request until the next would pass the budget", async () => {
  const { b, sent, queue } = batcher(100);
  await b.add(40, () => queue("a"));
  await b.add(40, () => queue("b"));
  await b.add(40, () => queue("c"));
  await b.flush();
  expect(sent).toEqual([["a", "b"], ["c"]]);
  expect(b.syncs).toBe(2);
});

test("rows fill the room left in the current request before a new one starts", async () => {
  const { b, sent, queue } = batcher(100);
  await b.add(50, () => queue("header"));
  await b.addRows([10, 10, 10, 10, 10, 10, 10, 10], 5, (from, to) => queue(`rows ${from}-${to}`));
  await b.flush();
  expect(sent).toEqual([["header", "rows 0-4"], ["rows 4-8"]]);
});

test("rows that fit are never split", async () => {
  const { b, sent, queue } = batcher(1000);
  await b.addRows([10, 10, 10], 5, (from, to) => queue(`rows ${from}-${to}`));
  await b.flush();
  expect(sent).toEqual([["rows 0-3"]]);
});

test("a row larger than the budget still goes, alone", async () => {
  const { b, sent, queue } = batcher(100);
  await b.addRows([30, 500, 30], 5, (from, to) => queue(`rows ${from}-${to}`));
  await b.flush();
  expect(sent).toEqual([["rows 0-1"], ["rows 1-2"], ["rows 2-3"]]);
});

test("Chinese text counts six bytes a character, the worst any serialiser may send", () => {
  expect(payloadBytes("ab")).toBe(4);
  expect(payloadBytes("考核")).toBe(14);
  expect(actionBytes(2, [["考"]])).toBe(2 * 256 + 12);
});

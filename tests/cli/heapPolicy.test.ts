import { HEAP_POLICY_INPUT_BYTES, HeapPolicy } from "../../src/cli/heapPolicy";

/** The heap policy applies to large inputs only, decided before reading: a small district is spared its collections. */
function recorded(inputBytes: number) {
  const done: string[] = [];
  const policy = new HeapPolicy(inputBytes, {
    limitGrowth: () => done.push("limit"),
    collect: () => done.push("collect"),
  });
  return { done, policy };
}

test("small inputs: neither the growth limit nor the collection before writing", () => {
  const { done, policy } = recorded(HEAP_POLICY_INPUT_BYTES - 1);
  policy.beforeWrite();
  expect(done).toEqual([]);
});

test("large inputs: growth limited before anything is read, a full collection before writing", () => {
  const { done, policy } = recorded(HEAP_POLICY_INPUT_BYTES);
  expect(done).toEqual(["limit"]);
  policy.beforeWrite();
  expect(done).toEqual(["limit", "collect"]);
});

import { roundQuota, theoreticalQuota } from "../../src/core/rules/quota";

// 理论名额 just under, at and just over 1 (p = 1%, n = 99 / 100 / 101), in each rounding mode.

test("rounding down: 0.99 → 0, 1.00 → 1, 1.01 → 1", () => {
  expect([99, 100, 101].map((n) => roundQuota(n, 1, "down"))).toEqual([0, 1, 1]);
});

test("rounding half up: 0.99 → 1, 1.00 → 1, 1.01 → 1, and 0.50 → 1 but 0.49 → 0", () => {
  expect([99, 100, 101].map((n) => roundQuota(n, 1, "half_up"))).toEqual([1, 1, 1]);
  expect(roundQuota(50, 1, "half_up")).toBe(1);
  expect(roundQuota(49, 1, "half_up")).toBe(0);
});

test("rounding up: 0.99 → 1, 1.00 → 1, 1.01 → 2", () => {
  expect([99, 100, 101].map((n) => roundQuota(n, 1, "up"))).toEqual([1, 1, 2]);
});

test("57% of 100 is 57, not the 56 that floor(100*0.57) gives", () => {
  expect(Math.floor(100 * 0.57)).toBe(56);
  expect(roundQuota(100, 57, "down")).toBe(57);
});

test("33% of 3 is 0.99; nothing graded is 0 in every mode", () => {
  expect(theoreticalQuota(3, 33)).toBeCloseTo(0.99, 10);
  expect(roundQuota(3, 33, "down")).toBe(0);
  expect(roundQuota(3, 33, "up")).toBe(1);
  expect((["down", "half_up", "up"] as const).map((mode) => roundQuota(0, 20, mode))).toEqual([0, 0, 0]);
});

import type { Rules } from "./rules";

/**
 * Quotas in integer arithmetic (DOMAIN.md §Grades and quotas): `floor(n*p/100)`, never
 * `floor(n*0.57)`, because 57% of 100 is 56.99999999999999 in floating point.
 */
export type QuotaRounding = Rules["rounding"];

/** floor(a / 100) for a non-negative integer a, without a floating-point division. */
function hundredthsDown(a: number): number {
  return (a - (a % 100)) / 100;
}

/** The quota for n subjects at p percent, rounded as the rules say. n and p are non-negative integers. */
export function roundQuota(n: number, percent: number, rounding: QuotaRounding): number {
  const np = n * percent;
  switch (rounding) {
    case "down":
      return hundredthsDown(np);
    case "half_up":
      return hundredthsDown(np + 50);
    case "up":
      return hundredthsDown(np + 99);
  }
}

/** 理论名额 n·p/100, for display with two decimals only; decisions use roundQuota. */
export function theoreticalQuota(n: number, percent: number): number {
  return (n * percent) / 100;
}

/** How the rounding reads in a message. */
export function roundingLabel(rounding: QuotaRounding): { zh: string; en: string } {
  switch (rounding) {
    case "down":
      return { zh: "向下取整", en: "rounded down" };
    case "half_up":
      return { zh: "四舍五入", en: "rounded half up" };
    case "up":
      return { zh: "向上取整", en: "rounded up" };
  }
}

/**
 * Numbers in the drafts, computed from integers only: a rate is shown with its numerator and
 * denominator, its percentage rounded half up to two decimals in integer arithmetic (never
 * `(n / d * 100).toFixed(2)`, whose binary fractions round some halves down).
 */

/** `36.96%` for 17/46; `—` when there is nothing to divide by. */
export function percentText(numerator: number, denominator: number): string {
  if (denominator <= 0) return "—";
  // Hundredths of a percent, rounded half up: floor((2·n·10000 + d) / (2·d)).
  const hundredths = Math.floor((2 * numerator * 10000 + denominator) / (2 * denominator));
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}%`;
}

/** `17/46（36.96%）`: the rate with its denominator, as 三.五 and the ballot tables show it. */
export function rateText(numerator: number, denominator: number): string {
  return `${numerator}/${denominator}（${percentText(numerator, denominator)}）`;
}

/** n·p/100 with two decimals, exactly: `5名×20%` is `1.00`, `2名×20%` is `0.40`. */
export function theoreticalText(count: number, percent: number): string {
  const hundredths = count * percent;
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`;
}

/** 三.五: "超过三分之一" excludes the boundary, so exactly one third is not more. */
export function moreThanOneThird(count: number, valid: number): boolean {
  return 3 * count > valid;
}

/** `3×17＝51＞46`: the comparison behind 三.五, written out so a reader can check it. */
export function oneThirdComparison(count: number, valid: number): string {
  const sign = 3 * count > valid ? "＞" : 3 * count === valid ? "＝" : "＜";
  return `3×${count}＝${3 * count}${sign}${valid}`;
}

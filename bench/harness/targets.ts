import { REQUEST_BUDGET_BYTES, REQUEST_LIMIT_BYTES } from "../../src/hosts/office/requestSize";
import type { SizeFigures } from "./figures";

/**
 * The targets, each checked against the figures: met, not met, or null when a figure
 * it needs is missing (a size not run, a stage that did not finish).
 */
export interface TargetCheck {
  name: string;
  met: boolean | null;
  detail: string;
}

export interface OfficePoint {
  cadres: number;
  syncs: number | null;
  maxRequestBytes: number | null;
  requestBytes: number | null;
  /** The smallest write request that another followed; absent when one request held everything. */
  smallestSplitBytes: number | null;
  /** The batcher's own estimate of all requests of cells, and of the smallest that another followed: it splits by these. */
  cellEstimateBytes: number | null;
  smallestSplitEstimate: number | null;
}

/** Issue 15's targets: the whole CLI no slower than ExcelJS merely reading and writing the same files. */
const MAX_CLI_TO_FLOOR = 1.0;
const MAX_PER_CADRE_DRIFT = 0.2;
const MAX_REVIEW_MS_AT_20000 = 2000;
const MAX_PEAK_MB = 500;

const mb = (bytes: number | null) => (bytes === null ? "—" : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export function checkTargets(sizes: readonly SizeFigures[], office: readonly OfficePoint[]): TargetCheck[] {
  const small = sizes.find((s) => s.cadres === 2000);
  const large = sizes.find((s) => s.cadres === 20000);
  const checks: TargetCheck[] = [];
  for (const size of [small, large]) {
    if (size === undefined) continue;
    const ratio = size.cliToFloor;
    checks.push({
      name: `cli_at_most_1.0x_floor_at_${size.cadres}`,
      met: ratio === null ? null : ratio <= MAX_CLI_TO_FLOOR,
      detail: `CLI / floor = ${ratio ?? "?"} (≤ ${MAX_CLI_TO_FLOOR}, median of ${size.runs} pairs)`,
    });
  }
  // A stress run that did not finish gives lower bounds: enough to say a target is missed, never met.
  const unfinished = large !== undefined && !large.cliFinished;
  const a = small?.cliFinished === true ? small.cliMsPerCadre : null;
  const b = large?.cliMsPerCadre ?? null;
  const drift = a === null || b === null ? null : b / a - 1;
  // Linear growth or better: the time per cadre may not grow by more than a fifth. It may fall,
  // when fixed costs (JIT warm-up, first allocations) weigh more in the smaller district.
  const driftMet = drift === null ? null : drift <= MAX_PER_CADRE_DRIFT;
  const atLeast = unfinished ? "≥" : "";
  const driftText = drift === null ? "?" : `${atLeast}${(drift * 100).toFixed(0)}%`;
  checks.push({
    name: "linear_time_per_cadre_2000_to_20000",
    met: unfinished && driftMet === true ? null : driftMet,
    detail: `${a ?? "?"} → ${atLeast}${b ?? "?"} ms per cadre after start-up (${driftText}, at most +20%)`,
  });
  const reviewMs = large?.reviewMs ?? null;
  checks.push({
    name: "review_at_most_2s_at_20000",
    met: reviewMs === null ? null : reviewMs <= MAX_REVIEW_MS_AT_20000,
    detail: `review() ${reviewMs ?? "?"} ms (≤ ${MAX_REVIEW_MS_AT_20000} ms)`,
  });
  const peak = large?.cliPeakMb ?? null;
  const peakMet = peak === null ? null : peak <= MAX_PEAK_MB;
  checks.push({
    name: "cli_peak_at_most_500MB_at_20000",
    met: unfinished && peakMet === true ? null : peakMet,
    detail: `CLI peak ${atLeast}${peak ?? "?"} MB (≤ ${MAX_PEAK_MB} MB)`,
  });
  const measured = office.filter((o) => o.syncs !== null && o.cellEstimateBytes !== null);
  // A plan that fits one request goes in one look, one write out of sight and one swap that shows
  // it; a larger one is split only when a request is full, i.e. every request of cells but the
  // last holds at least half the budget. Both by the batcher's estimate, which it splits by.
  const splitOnlyWhenFull = (o: OfficePoint) =>
    (o.cellEstimateBytes ?? 0) <= REQUEST_BUDGET_BYTES
      ? o.syncs === 3
      : (o.smallestSplitEstimate ?? 0) >= REQUEST_BUDGET_BYTES / 2;
  checks.push({
    name: "office_syncs_grow_only_with_5MB_splits",
    met: measured.length === 0 ? null : measured.every(splitOnlyWhenFull),
    detail: measured
      .map(
        (o) =>
          `${o.cadres}: ${o.syncs} syncs for ${mb(o.requestBytes)} (estimated ${mb(o.cellEstimateBytes)} of cells), ` +
          `smallest split ${mb(o.smallestSplitBytes)} (estimated ${mb(o.smallestSplitEstimate)})`,
      )
      .join("; "),
  });
  const largest = Math.max(0, ...measured.map((o) => o.maxRequestBytes ?? 0));
  checks.push({
    name: "office_no_request_over_5MB",
    met: measured.length === 0 ? null : largest <= REQUEST_LIMIT_BYTES,
    detail: `largest request ${largest} bytes (≤ ${REQUEST_LIMIT_BYTES})`,
  });
  return checks;
}

import type { SubjectResult, TallyCheck } from "../assess/assessment";
import type { PlanValue } from "./writePlan";

/**
 * The cached values of a subject's vote columns: the core's overall totals (0 without ballots,
 * as SUMIFS gives), the rates as count / valid (blank without valid ballots), and the errors
 * among its tally rows.
 */
export interface SubjectVoteCache {
  valid: number;
  abstain: number;
  counts: [number, number, number, number];
  rateTop: PlanValue;
  rateGood: PlanValue;
  rateLow: PlanValue;
  dataErrors: number;
}

const ERROR_PROBLEMS = new Set<TallyCheck["problems"][number]>([
  "count_invalid",
  "sum_exceeds_valid",
  "valid_exceeds_returned",
  "returned_exceeds_issued",
  "subject_duplicate",
  "subject_unknown",
]);

export function isTallyDataError(check: TallyCheck): boolean {
  return check.problems.some((p) => ERROR_PROBLEMS.has(p));
}

/** Per subject id, its tally rows with a data error. */
export function tallyErrorCounts(tallies: readonly TallyCheck[]): Map<string, number> {
  const counts = new Map<string, number>();
  // An index loop: an array iterator makes a result object per row until the loop is optimised.
  for (let i = 0; i < tallies.length; i++) {
    const check = tallies[i] as TallyCheck;
    const id = check.tally.subjectId;
    if (id !== null && isTallyDataError(check)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

export function subjectVoteCache(s: SubjectResult, dataErrors: number): SubjectVoteCache {
  const valid = s.votes?.valid ?? 0;
  const counts = s.votes?.counts ?? [0, 0, 0, 0];
  const rate = (n: number): PlanValue => (valid === 0 ? "" : n / valid);
  return {
    valid,
    abstain: s.votes?.abstain ?? 0,
    counts: [...counts],
    rateTop: rate(counts[0]),
    rateGood: rate(counts[0] + counts[1]),
    rateLow: rate(counts[3]),
    dataErrors,
  };
}

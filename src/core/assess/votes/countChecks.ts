import { makeFinding, type Finding } from "../../findings/finding";
import type { TallyRow } from "../../model/tally";
import type { Rules } from "../../rules/rules";
import type { TallyCheck } from "../assessment";
import { tallyLocation } from "../locate";

/**
 * The checks of one tally row on its own numbers (DOMAIN.md §Democratic evaluation). A null
 * count is an empty cell and counts as 0; the reader has already reported a cell it could not
 * read. No meeting has ten million voters: a larger count is a typing error, and the bound
 * keeps every sum and every `3*x` exact in floating point.
 */
export const MAX_COUNT = 10_000_000;

export type TallyProblem = TallyCheck["problems"][number];

/** Summed from 0 in level order, as a reduce would, without making a function per row while cold. */
export function levelSum(tally: TallyRow): number {
  const c = tally.counts;
  return 0 + (c[0] ?? 0) + (c[1] ?? 0) + (c[2] ?? 0) + (c[3] ?? 0);
}

/** The valid ballots of a row: as written, else every counted ballot (levels plus abstentions). */
export function validOf(tally: TallyRow): number {
  return tally.valid ?? levelSum(tally) + (tally.abstain ?? 0);
}

function isCount(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= MAX_COUNT;
}

function where(tally: TallyRow): string {
  return `${tally.subjectName}（${tally.category}${tally.item === null ? "" : `，${tally.item}`}）`;
}

/** A count is blank or a whole number in range. */
function isBlankOrCount(n: number | null | undefined): boolean {
  return n === null || n === undefined || isCount(n);
}

/** Every count of the row readable: asked of each of 100,000 rows, without building the list of fields. */
function countsReadable(tally: TallyRow): boolean {
  return (
    isBlankOrCount(tally.expected) &&
    isBlankOrCount(tally.issued) &&
    isBlankOrCount(tally.returned) &&
    isBlankOrCount(tally.valid) &&
    isBlankOrCount(tally.counts[0]) &&
    isBlankOrCount(tally.counts[1]) &&
    isBlankOrCount(tally.counts[2]) &&
    isBlankOrCount(tally.counts[3]) &&
    isBlankOrCount(tally.abstain)
  );
}

/**
 * The row's problems, a new list the row's check keeps; their findings are added to `findings`
 * (a list of the row's own was made, and dropped, for each of a district's 100,000 rows).
 */
export function checkCounts(tally: TallyRow, rules: Rules, findings: Finding[]): TallyProblem[] {
  return countsReadable(tally) ? checkRelations(tally, rules, findings) : countsInvalid(tally, findings);
}

function countsInvalid(tally: TallyRow, findings: Finding[]): TallyProblem[] {
  const fields: Array<[string, number | null]> = [
    ["expected", tally.expected],
    ["issued", tally.issued],
    ["returned", tally.returned],
    ["valid", tally.valid],
    ...tally.counts.map((n, i): [string, number | null] => [`level${i}`, n]),
    ["abstain", tally.abstain],
  ];
  const bad = fields.filter((f): f is [string, number] => f[1] !== null && !isCount(f[1]));
  for (const [field, n] of bad) {
    findings.push(
      makeFinding("count_invalid", tallyLocation(tally, field), {
        zh: `${where(tally)}的票数${String(n)}不是0到${MAX_COUNT}之间的整数，该行未计入统计`,
        en: `${tally.subjectName} (${tally.category}): the count ${String(n)} is not a whole number from 0 to ${MAX_COUNT}; the row is left out of the totals`,
      }),
    );
  }
  // Relations between untrustworthy numbers would only add noise: fix the counts first.
  return ["count_invalid"];
}

/** The relations between a row's counts, once every count is readable. */
function checkRelations(tally: TallyRow, rules: Rules, findings: Finding[]): TallyProblem[] {
  const problems: TallyProblem[] = [];
  const { issued, returned, valid, expected } = tally;
  if (issued !== null && returned !== null && returned > issued) {
    problems.push("returned_exceeds_issued");
    findings.push(
      makeFinding("returned_exceeds_issued", tallyLocation(tally, "returned"), {
        zh: `${where(tally)}收回票${returned}张多于发出票${issued}张，本轮测评无效，该行未计入任何统计`,
        en: `${tally.subjectName} (${tally.category}): ${returned} ballots returned but ${issued} issued; the round is void and left out of every total`,
      }),
    );
  }
  if (valid !== null && returned !== null && valid > returned) {
    problems.push("valid_exceeds_returned");
    findings.push(
      makeFinding("valid_exceeds_returned", tallyLocation(tally, "valid"), {
        zh: `${where(tally)}有效票${valid}张多于收回票${returned}张`,
        en: `${tally.subjectName} (${tally.category}): ${valid} valid ballots but only ${returned} returned`,
      }),
    );
  }
  const sum = levelSum(tally);
  if (valid !== null && sum > valid) {
    problems.push("sum_exceeds_valid");
    findings.push(
      makeFinding("sum_exceeds_valid", tallyLocation(tally, "valid"), {
        zh: `${where(tally)}各等次票数合计${sum}张（不含弃权），超过有效票${valid}张`,
        en: `${tally.subjectName} (${tally.category}): the levels add up to ${sum} (abstentions excluded), more than the ${valid} valid ballots`,
      }),
    );
  }
  // 应到 of 0 means the cell was left empty in spirit: no turnout can be judged against it.
  if (expected !== null && expected > 0 && returned !== null && !(100 * returned > rules.turnoutPercent * expected)) {
    problems.push("turnout_low");
    findings.push(
      makeFinding("turnout_low", tallyLocation(tally, "returned"), {
        zh: `${where(tally)}收回票${returned}张，应到${expected}人，未超过${rules.turnoutPercent}%`,
        en: `${tally.subjectName} (${tally.category}): ${returned} ballots returned of ${expected} expected, not more than ${rules.turnoutPercent}%`,
      }),
    );
  }
  return problems;
}

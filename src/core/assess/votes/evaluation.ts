import { makeFinding, type Finding } from "../../findings/finding";
import type { RosterRow } from "../../model/roster";
import { levelsFor } from "../../rules/levels";
import type { Rules } from "../../rules/rules";
import type { SubjectResult, Votes } from "../assessment";
import { rowLocation } from "../locate";
import { NONE } from "../none";

/**
 * 三.五 and the review triggers, on the overall totals, in integers:
 * special report `3*lowest > valid` (exactly one third is not more than one third);
 * low approval `3*(L0+L1) < 2*valid`; high disapproval `3*(L2+L3) >= valid`.
 * Without valid ballots there is no ratio, so nothing fires.
 */
export type VoteEvaluation = Pick<SubjectResult, "specialReport" | "reviewTriggers">;

/** Adds the evaluation's findings to `findings`; most subjects raise none, and pay for no message. */
export function evaluateVotes(row: RosterRow, votes: Votes | null, rules: Rules, findings: Finding[]): VoteEvaluation {
  const result: VoteEvaluation = { specialReport: false, reviewTriggers: NONE };
  if (votes === null || votes.valid === 0) return result;
  const { counts, valid } = votes;
  // By index, not destructured: a pattern steps an iterator through the list while the code is cold.
  const l0 = counts[0];
  const l1 = counts[1];
  const l2 = counts[2];
  const l3 = counts[3];
  const special = 3 * l3 > valid;
  const lowApproval = rules.reviewTriggers.lowApproval && 3 * (l0 + l1) < 2 * valid;
  const highDisapproval = rules.reviewTriggers.highDisapproval && 3 * (l2 + l3) >= valid;
  if (!special && !lowApproval && !highDisapproval) return result;
  const triggers: Array<SubjectResult["reviewTriggers"][number]> = [];
  const levels = levelsFor(row.kind, rules.teamLevelSet);
  const who = `${row.name}（${row.unit}）`;
  const location = rowLocation(row, "name");
  if (special) {
    result.specialReport = true;
    findings.push(
      makeFinding("special_report", location, {
        zh: `${who}“${levels[3]}”票${l3}张，超过有效票${valid}张的三分之一，需写出专题考察报告`,
        en: `${row.name} (${row.unit}): ${l3} "${levels[3]}" votes, more than a third of ${valid} valid ballots: a special report is needed`,
      }),
    );
  }
  if (lowApproval) {
    triggers.push("low_approval");
    findings.push(
      makeFinding("review_trigger", location, {
        zh: `需组织认定：${who}“${levels[0]}”“${levels[1]}”票共${l0 + l1}张，不足有效票${valid}张的三分之二`,
        en: `For the organisation to decide: ${row.name} (${row.unit}) has ${l0 + l1} "${levels[0]}" and "${levels[1]}" votes, less than two thirds of ${valid}`,
      }),
    );
  }
  if (highDisapproval) {
    triggers.push("high_disapproval");
    findings.push(
      makeFinding("review_trigger", location, {
        zh: `需组织认定：${who}“${levels[2]}”“${levels[3]}”票共${l2 + l3}张，达到有效票${valid}张的三分之一`,
        en: `For the organisation to decide: ${row.name} (${row.unit}) has ${l2 + l3} "${levels[2]}" and "${levels[3]}" votes, at least a third of ${valid}`,
      }),
    );
  }
  if (triggers.length > 0) result.reviewTriggers = triggers;
  return result;
}

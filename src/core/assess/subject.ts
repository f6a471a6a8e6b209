import type { Finding } from "../findings/finding";
import type { RosterRow } from "../model/roster";
import type { SubjectResult, Votes } from "./assessment";
import type { YearContext } from "./context";
import { assessEligibility } from "./eligibility/eligibility";
import type { PersonPost } from "./eligibility/person";
import { checkGrade } from "./grades/gradeCheck";
import { reportTooLong } from "./grades/reportLength";
import { ballotsMissing } from "./votes/ballotsMissing";
import { evaluateVotes } from "./votes/evaluation";

/**
 * One roster row assessed: eligibility, its votes read against the thresholds, its grade
 * checked. Its findings are added to `findings` in that order, rather than gathered in lists of
 * the subject's own that only lived to be copied into the assessment's.
 */
export function assessSubject(
  row: RosterRow,
  post: PersonPost | undefined,
  votes: Votes | null,
  ctx: YearContext,
  findings: Finding[],
): SubjectResult {
  const eligibility = assessEligibility(row, post, ctx, findings);
  const evaluation = evaluateVotes(row, votes, ctx.rules, findings);
  const missing = ballotsMissing(row, eligibility.status, votes);
  if (missing !== null) findings.push(missing);
  const grade = checkGrade(row, eligibility, ctx.rules);
  if (grade.finding !== null) findings.push(grade.finding);
  const tooLong = reportTooLong(row, ctx.rules);
  if (tooLong !== null) findings.push(tooLong);
  return {
    row,
    kind: row.kind,
    status: eligibility.status,
    clauses: eligibility.clauses,
    hits: eligibility.hits,
    cap: eligibility.cap,
    receivesGrade: eligibility.receivesGrade,
    derived: eligibility.derived,
    explanation: eligibility.explanation,
    explanationEn: eligibility.explanationEn,
    votes,
    specialReport: evaluation.specialReport,
    reviewTriggers: evaluation.reviewTriggers,
    proposedGrade: grade.proposedGrade,
    gradeProblem: grade.problem,
  };
}

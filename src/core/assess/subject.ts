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

/** One roster row assessed: eligibility, its votes read against the thresholds, its grade checked. */
export function assessSubject(
  row: RosterRow,
  post: PersonPost | undefined,
  votes: Votes | null,
  ctx: YearContext,
): { result: SubjectResult; findings: Finding[] } {
  const eligibility = assessEligibility(row, post, ctx);
  const evaluation = evaluateVotes(row, votes, ctx.rules);
  const grade = checkGrade({ row, ...eligibility }, ctx.rules);
  const findings = [
    ...eligibility.findings,
    ...evaluation.findings,
    ballotsMissing(row, eligibility.status, votes),
    grade.finding,
    reportTooLong(row, ctx.rules),
  ].filter((f): f is Finding => f !== null);
  const result: SubjectResult = {
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
  return { result, findings };
}

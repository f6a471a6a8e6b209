import type { Finding } from "../../findings/finding";
import type { RosterRow } from "../../model/roster";
import type { Derived, SubjectResult } from "../assessment";
import type { YearContext } from "../context";
import { disciplineClause } from "./discipline";
import { leaveClause } from "./leave";
import type { ClauseOutcome } from "./outcome";
import type { PersonPost } from "./person";
import { probationDue } from "./probation";
import { promotionClause } from "./promotion";
import { retirementClause } from "./retirement";
import { secondmentClause } from "./secondment";
import { clauseList, explain, strongestStatus, tightestCap } from "./status";
import { transferClause } from "./transfer";

/** Everything 考核范围 (一.1–一.7) decides about one roster row. */
export type Eligibility = Pick<
  SubjectResult,
  "status" | "clauses" | "hits" | "cap" | "receivesGrade" | "derived" | "explanation" | "explanationEn"
> & { findings: Finding[] };

/**
 * The clauses speak of 领导干部, so they are read on cadre rows only: a team row has no leave,
 * retirement or sanction, and a cadre's cap (称职) is not a team level.
 */
export function assessEligibility(row: RosterRow, post: PersonPost | undefined, ctx: YearContext): Eligibility {
  const outcomes: ClauseOutcome[] = [];
  let derived: Derived = {
    daysInYear: ctx.daysInYear,
    leaveDays: row.leaveDays,
    workedDays: null,
    hostDays: null,
    assessingUnit: null,
    mainPost: post?.mainPost ?? null,
    personRows: post?.personRows ?? 1,
    effect: null,
    effectRecord: null,
    probationDue: probationDue(row, ctx),
  };
  if (row.kind === "cadre") {
    const secondment = secondmentClause(row, ctx);
    const retirement = retirementClause(row, ctx);
    const discipline = disciplineClause(row, ctx);
    derived = {
      ...derived,
      workedDays: retirement.workedDays,
      hostDays: secondment.hostDays,
      assessingUnit: secondment.assessingUnit,
      effect: discipline.effect,
      effectRecord: discipline.effectRecord,
    };
    if (post) outcomes.push(post.outcome);
    outcomes.push(
      promotionClause(row, ctx),
      transferClause(row, ctx),
      secondment.outcome,
      leaveClause(row, ctx),
      retirement.outcome,
      discipline.outcome,
    );
  }
  const hits = outcomes.flatMap((outcome) => outcome.hits);
  const status = strongestStatus(hits);
  const cap = tightestCap(
    hits.map((hit) => hit.cap ?? null),
    row.kind,
    ctx.rules.teamLevelSet,
  );
  const text = explain(hits);
  return {
    status,
    clauses: clauseList(hits),
    hits,
    cap,
    receivesGrade: cap !== "none" && status !== "review",
    derived,
    explanation: text.zh,
    explanationEn: text.en,
    findings: outcomes.flatMap((outcome) => outcome.findings),
  };
}

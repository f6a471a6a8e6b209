import type { Finding } from "../../findings/finding";
import type { RosterRow } from "../../model/roster";
import type { Derived, SubjectResult } from "../assessment";
import type { YearContext } from "../context";
import { NONE } from "../none";
import { disciplineClause, type DisciplineResult } from "./discipline";
import { leaveClause } from "./leave";
import type { ClauseOutcome } from "./outcome";
import type { PersonPost } from "./person";
import { probationDue } from "./probation";
import { promotionClause } from "./promotion";
import { retirementClause } from "./retirement";
import { secondmentClause, type SecondmentResult } from "./secondment";
import { clauseList, explain, strongestStatus, tightestCap } from "./status";
import { transferClause } from "./transfer";

/** Everything 考核范围 (一.1–一.7) decides about one roster row. */
export type Eligibility = Pick<
  SubjectResult,
  "status" | "clauses" | "hits" | "cap" | "receivesGrade" | "derived" | "explanation" | "explanationEn"
>;

/**
 * The clauses speak of 领导干部, so they are read on cadre rows only: a team row has no leave,
 * retirement or sanction, and a cadre's cap (称职) is not a team level. The clauses run in
 * clause order, each adding its hits to the row's and its findings to `findings`.
 */
export function assessEligibility(
  row: RosterRow,
  post: PersonPost | undefined,
  ctx: YearContext,
  findings: Finding[],
): Eligibility {
  const outcome: ClauseOutcome = { hits: [], findings };
  let workedDays: number | null = null;
  let secondment: SecondmentResult | null = null;
  let discipline: DisciplineResult | null = null;
  if (row.kind === "cadre") {
    if (post) {
      outcome.hits.push(...post.outcome.hits);
      findings.push(...post.outcome.findings);
    }
    promotionClause(row, ctx, outcome);
    transferClause(row, ctx, outcome);
    secondment = secondmentClause(row, ctx, outcome);
    leaveClause(row, ctx, outcome);
    workedDays = retirementClause(row, ctx, outcome);
    discipline = disciplineClause(row, ctx, outcome);
  }
  const { hits } = outcome;
  const status = strongestStatus(hits);
  const cap = tightestCap(hits, row.kind, ctx.rules.teamLevelSet);
  const text = explain(hits);
  const derived: Readonly<Derived> = {
    daysInYear: ctx.daysInYear,
    leaveDays: row.leaveDays,
    workedDays,
    hostDays: secondment?.hostDays ?? null,
    assessingUnit: secondment?.assessingUnit ?? null,
    mainPost: post?.mainPost ?? null,
    personRows: post?.personRows ?? 1,
    effect: discipline?.effect ?? null,
    effectRecord: discipline?.effectRecord ?? null,
    probationDue: probationDue(row, ctx),
  };
  return {
    status,
    clauses: clauseList(hits),
    hits: hits.length === 0 ? NONE : hits,
    cap,
    receivesGrade: cap !== "none" && status !== "review",
    derived: isUsual(derived) ? ctx.usualDerived : derived,
    explanation: text.zh,
    explanationEn: text.en,
  };
}

/** Whether the row's derived values are those of a row no clause concerns (YearContext.usualDerived). */
function isUsual(d: Readonly<Derived>): boolean {
  return (
    d.leaveDays === null &&
    d.workedDays === null &&
    d.hostDays === null &&
    d.assessingUnit === null &&
    d.mainPost === null &&
    d.personRows === 1 &&
    d.effect === null &&
    d.effectRecord === null &&
    !d.probationDue
  );
}

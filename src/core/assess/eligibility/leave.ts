import type { RosterRow } from "../../model/roster";
import type { YearContext } from "../context";
import type { ClauseOutcome } from "./outcome";

/**
 * 一.5 因病、事假累计超过半年: `2*leaveDays > D`. 超过 excludes the boundary, so exactly half a
 * year is not over half. Doubling a number is exact in floating point, so half days are safe.
 */
export function leaveClause(row: RosterRow, ctx: YearContext, outcome: ClauseOutcome): void {
  const days = row.leaveDays;
  if (days === null || !Number.isFinite(days) || !(2 * days > ctx.daysInYear)) return;
  outcome.hits.push({
    clause: "一.5",
    status: "ungraded",
    cap: "none",
    zh: `病事假累计${days}天，超过半年（${ctx.daysInYear}天的一半）：参加年度考核，不确定等次`,
    en: `Sick and personal leave of ${days} days, more than half of ${ctx.daysInYear}: takes part in the assessment without a grade`,
  });
}

import { endDay } from "../../model/calendarDate";
import type { RosterRow } from "../../model/roster";
import type { YearContext } from "../context";

/**
 * 二.2 试用期满干部考核: probation ending between Y-01-01 and the assessment date (考核日期).
 * A month alone is an end here, so it means the month's last day.
 */
export function probationDue(row: RosterRow, ctx: YearContext): boolean {
  if (row.kind !== "cadre" || row.probationEnds === null) return false;
  const ends = endDay(row.probationEnds);
  return ends >= ctx.yearStart && ends <= ctx.assessmentDay;
}

import { formatCalDate, startDay } from "../../model/calendarDate";
import type { RosterRow } from "../../model/roster";
import type { ClauseHit } from "../assessment";
import type { YearContext } from "../context";
import type { ClauseOutcome } from "./outcome";

/**
 * 一.6 已办理退休手续: retired on or before Y-12-31. W counts the days from Y-01-01 up to but not
 * including the retirement date, since the retirement day itself is not a working day. A
 * retirement written as a month starts on its first day (a date that starts a period).
 * 不满半年 (`2W < D`): not assessed; 超过半年 (`2W > D`): the unit may recommend a grade;
 * exactly half is neither, and a person decides. Returns W, null when the row did not retire in or before Y.
 */
export function retirementClause(row: RosterRow, ctx: YearContext, outcome: ClauseOutcome): number | null {
  if (row.retiredOn === null) return null;
  const retired = startDay(row.retiredOn);
  if (retired > ctx.yearEnd) return null;
  const workedDays = Math.max(0, retired - ctx.yearStart);
  outcome.hits.push(retirementHit(formatCalDate(row.retiredOn), workedDays, ctx.daysInYear));
  return workedDays;
}

function retirementHit(date: string, worked: number, daysInYear: number): ClauseHit {
  const facts = `${date}退休，本年度实际工作${worked}天`;
  const factsEn = `Retired on ${date} after ${worked} days of work this year`;
  if (2 * worked < daysInYear) {
    return {
      clause: "一.6",
      status: "not_assessed",
      cap: "none",
      zh: `${facts}，不满半年：不再进行年度考核`,
      en: `${factsEn}, less than half the year: not assessed`,
    };
  }
  if (2 * worked > daysInYear) {
    return {
      clause: "一.6",
      status: "unit_recommends",
      zh: `${facts}，超过半年：可由所在单位根据其表现情况推荐考核等次`,
      en: `${factsEn}, more than half the year: the unit may recommend a grade`,
    };
  }
  return {
    clause: "一.6",
    status: "review",
    zh: `${facts}，恰为半年（既非不满也非超过），需组织认定`,
    en: `${factsEn}, exactly half the year: the organisation department decides`,
  };
}

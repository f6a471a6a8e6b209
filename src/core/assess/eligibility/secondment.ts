import { makeFinding } from "../../findings/finding";
import { endDay, formatDayNumber, startDay } from "../../model/calendarDate";
import type { RosterRow } from "../../model/roster";
import type { YearContext } from "../context";
import { rowLocation } from "../locate";
import type { ClauseOutcome } from "./outcome";

/**
 * 一.4 挂职锻炼: "由当年工作半年以上的地方或者单位进行考核". hostDays counts the days of Y inside
 * the secondment, both ends included; a start written as a month is its first day and an
 * end written as a month its last day (CONTRACT.md §1).
 */
export interface SecondmentResult {
  readonly hostDays: number | null;
  readonly assessingUnit: string | null;
}

/** The answer for the rows that name no secondment, nearly all: one object for all of them. */
const NOT_SECONDED: SecondmentResult = { hostDays: null, assessingUnit: null };

const PERIOD_CELLS = ["secondedFrom", "secondedPeriod", "secondedUntil", "secondedTo"];

export function secondmentClause(row: RosterRow, ctx: YearContext, outcome: ClauseOutcome): SecondmentResult {
  const host = row.secondedTo?.trim() || null;
  const { secondedFrom, secondedUntil } = row;
  if (host === null && secondedFrom === null && secondedUntil === null) return NOT_SECONDED;
  if (host === null || secondedFrom === null || secondedUntil === null) {
    // A rule whose inputs are missing does not fire, but the clerk is told why it did not.
    outcome.findings.push(
      incomplete(
        row,
        host === null ? { zh: "缺挂职单位", en: "no host unit" } : { zh: "缺挂职起止时间", en: "no period" },
      ),
    );
    return NOT_SECONDED;
  }
  const from = startDay(secondedFrom);
  const until = endDay(secondedUntil);
  if (until < from) {
    outcome.findings.push(incomplete(row, { zh: "结束早于开始", en: "it ends before it starts" }));
    return NOT_SECONDED;
  }
  const hostDays = Math.max(0, Math.min(until, ctx.yearEnd) - Math.max(from, ctx.yearStart) + 1);
  if (hostDays === 0) return { hostDays, assessingUnit: null };

  const period = `${formatDayNumber(from)}至${formatDayNumber(until)}`;
  const twice = 2 * hostDays;
  if (twice === ctx.daysInYear) {
    outcome.hits.push({
      clause: "一.4",
      status: "review",
      zh: `挂职${host}（${period}），本年度在挂职单位${hostDays}天，恰为半年，需组织认定由哪个单位考核`,
      en: `Seconded to ${host} (${period}) for ${hostDays} days of the year, exactly half: decide which unit assesses`,
    });
    return { hostDays, assessingUnit: null };
  }
  const assessingUnit = twice > ctx.daysInYear ? host : row.unit;
  if (assessingUnit === row.unit) {
    const other = twice > ctx.daysInYear ? "" : `，听取挂职单位(${host})意见`;
    outcome.hits.push({
      clause: "一.4",
      status: "graded",
      zh: `挂职${host}本年度${hostDays}天，在本单位考核${other}`,
      en: `Seconded to ${host} for ${hostDays} days of the year: assessed at this unit${other === "" ? "" : `, hearing ${host}`}`,
    });
    return { hostDays, assessingUnit: null };
  }
  outcome.hits.push({
    clause: "一.4",
    status: "assessed_elsewhere",
    cap: "none",
    zh: `挂职${hostDays}天超过半年，由挂职（派出）单位(${host})考核，听取本单位意见`,
    en: `Seconded for ${hostDays} days, more than half the year: assessed by ${host}, hearing this unit`,
  });
  outcome.findings.push(
    makeFinding("assess_at_other_unit", rowLocation(row, "secondedTo", ...PERIOD_CELLS), {
      zh: `${row.name}本年度在${host}挂职${hostDays}天（${period}），超过半年，应由${host}考核，本单位(${row.unit})提供意见`,
      en: `${row.name} spent ${hostDays} days of the year seconded to ${host} (${period}), more than half: ${host} assesses, ${row.unit} gives its opinion`,
    }),
  );
  return { hostDays, assessingUnit };
}

/** A warning, not a note: until it is fixed nobody knows which unit assesses this cadre. */
function incomplete(row: RosterRow, what: { zh: string; en: string }) {
  return makeFinding(
    "note",
    rowLocation(row, ...PERIOD_CELLS),
    {
      zh: `${row.name}的挂职信息不全或有误（${what.zh}），未判断由哪个单位考核（一.4），请补全`,
      en: `${row.name}'s secondment is incomplete or wrong (${what.en}); the assessing unit was not decided (1.4)`,
    },
    "warning",
  );
}

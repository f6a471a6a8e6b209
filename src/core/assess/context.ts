import { dayNumber, type DayNumber } from "../model/calendarDate";
import { assessmentDateOf, rulesDaysInYear, type Rules } from "../rules/rules";

/** The year-level facts every rule reads, computed once per assessment. */
export interface YearContext {
  rules: Rules;
  year: number;
  /** D: 366 for 2020; every "half a year" comparison is `2*x` against it. */
  daysInYear: number;
  yearStart: DayNumber;
  yearEnd: DayNumber;
  /** 考核日期, default (Y+1)-01-31. */
  assessmentDay: DayNumber;
}

export function yearContext(rules: Rules): YearContext {
  const date = assessmentDateOf(rules);
  return {
    rules,
    year: rules.year,
    daysInYear: rulesDaysInYear(rules),
    yearStart: dayNumber(rules.year, 1, 1),
    yearEnd: dayNumber(rules.year, 12, 31),
    assessmentDay: dayNumber(date.y, date.m, date.d),
  };
}

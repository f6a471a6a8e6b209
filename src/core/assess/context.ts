import { dayNumber, type DayNumber } from "../model/calendarDate";
import { assessmentDateOf, rulesDaysInYear, type Rules } from "../rules/rules";
import type { Derived } from "./assessment";

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
  /**
   * The derived values of a row no clause concerns, nearly every row: one frozen object shared by
   * all of them instead of 20,000 equal ones kept by the assessment (2 MB at 20,000 cadres).
   */
  usualDerived: Readonly<Derived>;
}

export function yearContext(rules: Rules): YearContext {
  const date = assessmentDateOf(rules);
  const daysInYear = rulesDaysInYear(rules);
  return {
    rules,
    year: rules.year,
    daysInYear,
    yearStart: dayNumber(rules.year, 1, 1),
    yearEnd: dayNumber(rules.year, 12, 31),
    assessmentDay: dayNumber(date.y, date.m, date.d),
    usualDerived: Object.freeze({
      daysInYear,
      leaveDays: null,
      workedDays: null,
      hostDays: null,
      assessingUnit: null,
      mainPost: null,
      personRows: 1,
      effect: null,
      effectRecord: null,
      probationDue: false,
    }),
  };
}

import type { Finding } from "../findings/finding";
import type { RosterRow } from "../model/roster";
import type { TallyRow } from "../model/tally";
import type { DisciplineEffect, Rules } from "../rules/rules";
import type { SubjectKind } from "../rules/levels";

/**
 * What the core decides, as data. Hosts and the write plan read these; nothing here knows
 * about Office, React or files. Its lists are read-only: results with nothing to list share
 * one frozen empty list (none.ts).
 */
export type Status =
  | "not_assessed"
  | "concurrent"
  | "assessed_elsewhere"
  | "regulated"
  | "ungraded"
  | "review"
  | "unit_recommends"
  | "graded";

/** Strongest first (DOMAIN.md §Eligibility). */
export const STATUS_ORDER: readonly Status[] = [
  "not_assessed",
  "concurrent",
  "assessed_elsewhere",
  "regulated",
  "ungraded",
  "review",
  "unit_recommends",
  "graded",
];

/** The highest grade allowed: a level name, "none" (no grade may be given), or null (no limit). */
export type Cap = string | null; // a level name, the literal "none", or null

/** One clause that fired on a row. */
export interface ClauseHit {
  clause: "一.1" | "一.2" | "一.3" | "一.4" | "一.5" | "一.6" | "一.7";
  /** The status this clause alone leads to. */
  status: Status;
  /** The cap this clause alone imposes (undefined: none imposed). */
  cap?: Cap;
  /** A sentence a clerk can read, Chinese and English. */
  zh: string;
  en: string;
}

/** Values the core derived from text, written as value columns of 考核对象. */
export interface Derived {
  daysInYear: number;
  leaveDays: number | null;
  /** 一.6: calendar days from Y-01-01 up to, not including, the retirement date; null if not retired in or before Y. */
  workedDays: number | null;
  /** 一.4: days of Y inside the secondment, both ends included; null if not seconded. */
  hostDays: number | null;
  /** 一.4: the unit that assesses when it is not this row's unit. */
  assessingUnit: string | null;
  /** 一.1: main / concurrent / unknown when the person has several rows, else null. */
  mainPost: "main" | "concurrent" | "unknown" | null;
  /** 一.1: the number of roster rows of this person. */
  personRows: number;
  /** 一.7: the heaviest discipline effect in force, and the record text that gave it. */
  effect: DisciplineEffect | null;
  effectRecord: string | null;
  /** 二.2 */
  probationDue: boolean;
}

export interface CategoryVotes {
  category: string;
  item: string | null;
  issued: number | null;
  returned: number | null;
  valid: number;
  abstain: number;
  /** Never changed in place: a group of one row may share its row's own list. */
  counts: [number, number, number, number];
}

export interface Votes {
  /** Overall totals (the 综合评价 item where items are given, else the rows themselves). */
  valid: number;
  abstain: number;
  counts: [number, number, number, number];
  byCategory: readonly CategoryVotes[];
  /** Per item over all categories, when items are given (category "全部"). */
  byItem: readonly CategoryVotes[];
  /** Per category and item (分类分项), when items are given. */
  byCategoryItem: readonly CategoryVotes[];
  /** Weighted composite, null when the rules give no weights or no category matched. */
  composite: number | null;
}

export interface SubjectResult {
  row: RosterRow;
  kind: SubjectKind;
  status: Status;
  /** Clause numbers that led to the status, in clause order. */
  clauses: readonly string[];
  hits: readonly ClauseHit[];
  cap: Cap;
  /** cap !== "none" and status !== "review" */
  receivesGrade: boolean;
  /** Read-only: the rows no clause concerns share one (YearContext.usualDerived). */
  derived: Readonly<Derived>;
  /** 说明: one readable sentence, Chinese, and English. */
  explanation: string;
  explanationEn: string;
  votes: Votes | null;
  /** 3*lowest > valid on overall totals. */
  specialReport: boolean;
  /** Review triggers that fired: "low_approval" | "high_disapproval". */
  reviewTriggers: ReadonlyArray<"low_approval" | "high_disapproval">;
  proposedGrade: string | null;
  /** The grade problem of this subject, if any. */
  gradeProblem: "grade_missing" | "grade_not_allowed" | null;
}

export interface TallyCheck {
  tally: TallyRow;
  /** false when the row is left out of every total (void round, duplicate, invalid count, unknown subject). */
  included: boolean;
  problems: ReadonlyArray<
    | "count_invalid"
    | "sum_exceeds_valid"
    | "valid_exceeds_returned"
    | "returned_exceeds_issued"
    | "subject_unknown"
    | "subject_duplicate"
    | "turnout_low"
  >;
}

export interface UnitQuota {
  unit: string;
  /** Cadres of the unit that receive a grade (pooled scope: the whole district under unit "全区"). */
  graded: number;
  /** n·p/100, for display with two decimals. */
  theoretical: number;
  excellentQuota: number | null;
  /** every 优秀 proposal in the unit, allowed or not */
  excellentProposed: number;
  allocated: boolean;
  over: boolean;
  quotaMissing: boolean;
}

export interface TeamQuota {
  graded: number;
  theoretical: number;
  goodQuota: number;
  goodProposed: number;
  over: boolean;
}

export interface Assessment {
  rules: Rules;
  year: number;
  daysInYear: number;
  subjects: SubjectResult[];
  tallies: TallyCheck[];
  units: UnitQuota[];
  teams: TeamQuota;
  findings: Finding[];
}

import type { Finding, Severity } from "../../core/findings/finding";
import type { ReviewResult } from "../../core/pipeline";
import type { ColumnMapping } from "../../core/reader/columnMapping";
import type { Rules } from "../../core/rules/rules";
import { codesOf, filterFindings, groupByCode } from "../session/findingsView";
import { flaggedSubjects, type FlaggedSubject } from "../session/flagged";
import { liveChange } from "../session/liveDiff";

/**
 * What the task pane shows of a review, computed where the review is kept (the review worker in
 * the pages): counts, the column mappings, the rules, and one page of the review list. A
 * district's whole result is some 200 MB structured-cloned and would block the pane for half a
 * minute; this is a few hundred kilobytes at most, as the lists are cut with their counts kept.
 */
export interface ReviewView {
  subjects: number;
  tallies: number;
  counts: Record<Severity, number>;
  mappings: ColumnMapping[];
  rules: Rules;
  /** The finding codes present, for the kind filter. */
  codes: string[];
  /** The review list under the pane's first filter. */
  page: ReviewPage;
}

/** The review list's filter (审阅). */
export interface ReviewFilter {
  severities: Severity[];
  /** A finding code, or null for all. */
  code: string | null;
  /** Matched against subjects' names and units, and findings' subject, unit, sheet and message. */
  text: string;
}

export interface PageGroup {
  code: string;
  /** Findings of this code that pass the filter… */
  count: number;
  /** …of which the first `PAGE_PER_GROUP` (`PAGE_PER_KIND` of a chosen kind), in the stable finding order. */
  findings: Finding[];
}

/** One page of 审阅: the flagged subjects and the findings that pass the filter, each list cut. */
export interface ReviewPage {
  filter: ReviewFilter;
  subjects: FlaggedSubject[];
  subjectCount: number;
  groups: PageGroup[];
  findingCount: number;
}

/**
 * Subjects, and findings of each kind, a page carries; the rest are counted, and the filters
 * narrow them. Of one kind (the kind filter) a page carries more: a district has some twenty
 * kinds of findings, and 200 of each would make a page of over a megabyte.
 */
export const PAGE_SUBJECTS = 200;
export const PAGE_PER_GROUP = 50;
export const PAGE_PER_KIND = 200;

export const FIRST_FILTER: ReviewFilter = { severities: ["error", "warning"], code: null, text: "" };

export function reviewView(result: ReviewResult): ReviewView {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) counts[f.severity] += 1;
  return {
    subjects: result.assessment.subjects.length,
    tallies: result.ballots.tallies.length,
    counts,
    mappings: [...result.roster.mappings, ...result.ballots.mappings],
    rules: result.assessment.rules,
    codes: codesOf(result.findings),
    page: reviewPage(result, FIRST_FILTER),
  };
}

/** Each review's flagged subjects, found once: every page of its list filters them again. */
const flaggedOf = new WeakMap<ReviewResult, FlaggedSubject[]>();

export function reviewPage(result: ReviewResult, filter: ReviewFilter): ReviewPage {
  const needle = filter.text.trim();
  let flagged = flaggedOf.get(result);
  if (flagged === undefined) {
    flagged = flaggedSubjects(result.assessment);
    flaggedOf.set(result, flagged);
  }
  const subjects = flagged.filter((s) => needle === "" || `${s.name} ${s.unit}`.includes(needle));
  const findings = filterFindings(result.findings, { ...filter, severities: new Set(filter.severities) });
  return {
    filter,
    subjects: subjects.slice(0, PAGE_SUBJECTS),
    subjectCount: subjects.length,
    groups: groupByCode(findings).map((g) => ({
      code: g.code,
      count: g.findings.length,
      findings: g.findings.slice(0, filter.code === null ? PAGE_PER_GROUP : PAGE_PER_KIND),
    })),
    findingCount: findings.length,
  };
}

/** Rows of a sheet a user edited (实时校验). */
export interface EditedRows {
  file: string;
  sheet: string;
  firstRow: number;
  lastRow: number;
}

/** Findings new and gone at the edited rows, counted, for each edit: the log of 实时校验. */
export interface LiveCounts {
  added: number;
  resolved: number;
}

export function liveCounts(
  before: readonly Finding[],
  after: readonly Finding[],
  edits: readonly EditedRows[],
): LiveCounts[] {
  return edits.map((where) => {
    const change = liveChange(before, after, where);
    return { added: change.added.length, resolved: change.resolved.length };
  });
}

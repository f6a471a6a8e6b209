import { z } from "zod";

/**
 * Findings are data, never thrown strings: `{severity, code, file?, sheet?, cell?, subject?,
 * message}`, told apart by `code` (CONTRACT.md §4). `message` is Simplified Chinese;
 * `messageEn` carries the English text for users who switch language.
 */
export const FINDING_CODES = [
  // roster
  "header_not_found",
  "column_missing",
  "date_invalid",
  "number_invalid",
  "duplicate_person",
  "id_number_invalid",
  "main_post_unknown",
  "assess_at_other_unit",
  "column_unused",
  "roster_empty",
  "combined_split_uncertain",
  "sheet_skipped",
  // ballots
  "count_invalid",
  "sum_exceeds_valid",
  "valid_exceeds_returned",
  "returned_exceeds_issued",
  "subject_unknown",
  "subject_ambiguous",
  "subject_duplicate",
  "ballots_missing",
  "turnout_low",
  "ballots_not_given",
  // evaluation
  "special_report",
  "review_trigger",
  // grades
  "grade_missing",
  "grade_not_allowed",
  "over_quota",
  "quota_missing",
  // reports
  "report_too_long",
  // output
  "content_not_kept",
  // information for the clerk (一.2, 一.3, header found below title rows, synonym matches…)
  "note",
  "header_found",
  "column_synonym",
  "rules_invalid",
  // column mapping corrections (--map, 列映射)
  "mapping_invalid",
  "mapping_unmatched",
  // a re-run's workbook: copies of Kaohe's sheets, a marker naming a user's sheet, a name taken
  "kaohe_sheet_kept",
  "kaohe_marker_ignored",
  "kaohe_sheet_renamed",
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];
export type Severity = "error" | "warning" | "info";

/** Severity by code, DOMAIN.md "Severity of findings"; grade_missing for unit_recommends is overridden to warning. */
export const DEFAULT_SEVERITY: Record<FindingCode, Severity> = {
  header_not_found: "error",
  column_missing: "error",
  date_invalid: "warning",
  number_invalid: "warning",
  duplicate_person: "error",
  id_number_invalid: "warning",
  main_post_unknown: "warning",
  assess_at_other_unit: "warning",
  column_unused: "info",
  roster_empty: "error",
  combined_split_uncertain: "warning",
  sheet_skipped: "info",
  count_invalid: "error",
  sum_exceeds_valid: "error",
  valid_exceeds_returned: "error",
  returned_exceeds_issued: "error",
  subject_unknown: "error",
  subject_ambiguous: "error",
  subject_duplicate: "error",
  ballots_missing: "warning",
  turnout_low: "warning",
  ballots_not_given: "info",
  special_report: "warning",
  review_trigger: "warning",
  grade_missing: "error",
  grade_not_allowed: "error",
  over_quota: "error",
  quota_missing: "error",
  report_too_long: "warning",
  content_not_kept: "warning",
  note: "info",
  header_found: "info",
  column_synonym: "info",
  rules_invalid: "error",
  mapping_invalid: "warning",
  mapping_unmatched: "warning",
  kaohe_sheet_kept: "info",
  kaohe_marker_ignored: "warning",
  kaohe_sheet_renamed: "info",
};

export const FindingSchema = z.object({
  severity: z.enum(["error", "warning", "info"]),
  code: z.string(),
  file: z.string().optional(),
  sheet: z.string().optional(),
  cell: z.string().optional(),
  subject: z.string().optional(),
  subjectUnit: z.string().optional(),
  message: z.string(),
  messageEn: z.string().optional(),
});

export type Finding = z.infer<typeof FindingSchema>;

/** Where a finding points: the source file, sheet and A1 cell where it can be fixed. */
export interface FindingLocation {
  file?: string | undefined;
  sheet?: string | undefined;
  cell?: string | undefined;
  subject?: string | undefined;
  subjectUnit?: string | undefined;
}

export interface FindingText {
  zh: string;
  en: string;
}

export function makeFinding(
  code: FindingCode,
  location: FindingLocation,
  text: FindingText,
  severity: Severity = DEFAULT_SEVERITY[code],
): Finding {
  const f: Finding = { severity, code, message: text.zh, messageEn: text.en };
  if (location.file !== undefined) f.file = location.file;
  if (location.sheet !== undefined) f.sheet = location.sheet;
  if (location.cell !== undefined) f.cell = location.cell;
  if (location.subject !== undefined) f.subject = location.subject;
  if (location.subjectUnit !== undefined) f.subjectUnit = location.subjectUnit;
  return f;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order for lists and reports: severity, then file, sheet, row, column. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    compareText(a.file ?? "", b.file ?? "") ||
    compareText(a.sheet ?? "", b.sheet ?? "") ||
    cellOrder(a.cell) - cellOrder(b.cell) ||
    compareText(a.code, b.code)
  );
}

/**
 * Chinese order (Han text by pinyin), the same on every machine: `localeCompare` without a locale
 * follows the machine's, so a clerk's zh-CN Windows and an en-US server listed the same findings
 * in different orders. The same text is 0 at once: most findings of a review share their file and
 * sheet.
 */
const CHINESE_ORDER = new Intl.Collator("zh-CN");
function compareText(a: string, b: string): number {
  return a === b ? 0 : CHINESE_ORDER.compare(a, b);
}

const A = 65;
const Z = 90;
const ZERO = 48;
const NINE = 57;

/**
 * An A1 cell's place (row, then column), -1 for anything else; read by character code, as the
 * pattern `^[A-Z]+\d+$` would, because a sort of a district's thousands of findings asks it
 * hundreds of thousands of times.
 */
function cellOrder(cell: string | undefined): number {
  if (cell === undefined) return -1;
  let i = 0;
  let col = 0;
  for (; i < cell.length; i++) {
    const code = cell.charCodeAt(i);
    if (code < A || code > Z) break;
    col = col * 26 + (code - 64);
  }
  if (i === 0 || i === cell.length) return -1;
  let row = 0;
  for (let j = i; j < cell.length; j++) {
    const code = cell.charCodeAt(j);
    if (code < ZERO || code > NINE) return -1;
    row = row * 10 + (code - ZERO);
  }
  // Digits beyond what a double holds exactly are read as Number reads them, rounded once.
  if (cell.length - i > 15) row = Number(cell.slice(i));
  return row * 20000 + col;
}

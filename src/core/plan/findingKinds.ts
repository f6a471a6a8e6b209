import type { Finding } from "../findings/finding";

/**
 * What a finding is about, for 问题清单's 类型 column and for the colours: a data error is an
 * error in what was read (purple), as opposed to a decision the clerk still has to make
 * (a grade, a quota) or an evaluation result (a special report).
 */
export type FindingKind = "data" | "evaluation" | "grade" | "quota" | "info";

export const FINDING_KIND_LABEL: Record<FindingKind, string> = {
  data: "数据",
  evaluation: "测评",
  grade: "等次",
  quota: "名额",
  info: "说明",
};

const KIND_BY_CODE: Record<string, FindingKind> = {
  special_report: "evaluation",
  review_trigger: "evaluation",
  grade_missing: "grade",
  grade_not_allowed: "grade",
  over_quota: "quota",
  quota_missing: "quota",
  note: "info",
  header_found: "info",
  column_synonym: "info",
  column_unused: "info",
  sheet_skipped: "info",
  ballots_not_given: "info",
  kaohe_sheet_kept: "info",
  kaohe_sheet_renamed: "info",
};

/** Codes not listed are about the data read (roster, ballots, rules, output); new codes default there too. */
export function findingKind(code: string): FindingKind {
  return KIND_BY_CODE[code] ?? "data";
}

export function isDataError(finding: Finding): boolean {
  return finding.severity === "error" && findingKind(finding.code) === "data";
}

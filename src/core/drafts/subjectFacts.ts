import type { SubjectResult } from "../assess/assessment";
import type { Finding } from "../findings/finding";
import { CAP_NONE_LABEL, KIND_LABEL, STATUS_LABEL } from "../plan/labels";

/**
 * What the drafts say about one subject, in the reviewed workbook's own words (its labels,
 * clauses and 说明), so that a draft and the workbook never disagree.
 */

/** 李娜同志; a team as its unit's team: 胜利路街道领导班子. */
export function subjectTitle(s: SubjectResult): string {
  return s.kind === "cadre" ? `${s.row.name}同志` : teamName(s);
}

/** The name a table shows: a cadre's name, a team with its unit. */
export function subjectName(s: SubjectResult): string {
  return s.kind === "cadre" ? s.row.name : teamName(s);
}

function teamName(s: SubjectResult): string {
  return s.row.name.startsWith(s.row.unit) ? s.row.name : `${s.row.unit}${s.row.name}`;
}

/** 不确定等次（一.5）, or 确定等次 when no clause fired. */
export function statusText(s: SubjectResult): string {
  const clauses = s.clauses.length === 0 ? "" : `（${s.clauses.join("、")}）`;
  return `${STATUS_LABEL[s.status]}${clauses}`;
}

/** 依据条款 for a table cell: the clauses, or — when none fired. */
export function clausesText(s: SubjectResult): string {
  return s.clauses.length === 0 ? "—" : s.clauses.join("、");
}

/** 等次上限: no limit, no grade (不定等次), or the highest level allowed. */
export function capText(s: SubjectResult): string {
  if (s.cap === null) return "无限制";
  return s.cap === "none" ? CAP_NONE_LABEL : s.cap;
}

export function kindText(s: SubjectResult): string {
  return KIND_LABEL[s.kind];
}

/**
 * The findings about this subject: those naming it and its unit. A finding naming only the
 * person (a ballot sheet without a unit column) counts when no other subject has that name.
 */
export function findingsOf(s: SubjectResult, findings: readonly Finding[], all: readonly SubjectResult[]): Finding[] {
  const namesake = all.filter((o) => o.row.name === s.row.name).length > 1;
  return findings.filter(
    (f) => f.subject === s.row.name && (f.subjectUnit === s.row.unit || (f.subjectUnit === undefined && !namesake)),
  );
}

/** `roster.xlsx 名册 B6`: where a finding can be fixed, or — when it names no place. */
export function findingPlace(f: Finding): string {
  const parts = [f.file, f.sheet, f.cell].filter((p): p is string => p !== undefined && p !== "");
  return parts.length === 0 ? "—" : parts.join(" ");
}

import type { SubjectResult } from "../assess/assessment";
import { subjectName } from "./subjectFacts";

/**
 * File names for the drafts: `专题考察报告-<姓名>.docx` and `考核情况报告.docx`. A name cell may
 * hold anything, so characters no file system accepts (`\ / : * ? " < > |`, control characters)
 * become `_`, and trailing dots and spaces (Windows drops them) go. Namesakes are told apart by
 * their unit, then by their roster row; names differing only in case (Windows and macOS treat
 * them as one file) by a number.
 */
export const ASSESSMENT_REPORT_FILE = "考核情况报告.docx";
const SPECIAL_PREFIX = "专题考察报告";
/** Leaves room for the prefix, the unit and `.docx` under every file system's 255-byte limit. */
const MAX_PART = 40;

export function safeNamePart(text: string): string {
  const cleaned = [...text.replace(/[\\/:*?"<>|\p{Cc}\p{Cf}]/gu, "_").replace(/\s+/gu, " ")]
    .slice(0, MAX_PART)
    .join("")
    .replace(/^[\s.]+|[\s.]+$/gu, "");
  return cleaned === "" ? "未命名" : cleaned;
}

/** One file name per subject, in the order given, each unique among them (case-insensitively). */
export function specialReportFileNames(subjects: readonly SubjectResult[]): string[] {
  const byName = countBy(subjects.map((s) => safeNamePart(subjectName(s))));
  const withUnit = subjects.map((s) => {
    const name = safeNamePart(subjectName(s));
    return (byName.get(name) ?? 0) > 1 ? `${name}-${safeNamePart(s.row.unit)}` : name;
  });
  const byUnit = countBy(withUnit);
  const stems = subjects.map((s, i) => {
    const stem = withUnit[i] ?? "";
    return (byUnit.get(stem) ?? 0) > 1 ? `${stem}-第${s.row.source.row}行` : stem;
  });
  const taken = new Set<string>();
  return stems.map((stem) => {
    let candidate = `${SPECIAL_PREFIX}-${stem}`;
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${SPECIAL_PREFIX}-${stem}-${n}`;
    taken.add(candidate.toLowerCase());
    return `${candidate}.docx`;
  });
}

function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

import { compareFindings, type Finding, type Severity } from "../../core/findings/finding";
import { maskIdNumbers } from "./mask";

export interface FindingFilter {
  severities: ReadonlySet<Severity>;
  /** A finding code, or null for all. */
  code: string | null;
  /** Matched against subject, unit, sheet and message, case-insensitively. */
  text: string;
}

export interface FindingGroup {
  code: string;
  findings: Finding[];
}

export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  const needle = filter.text.trim().toLowerCase();
  return findings.filter((f) => {
    if (!filter.severities.has(f.severity)) return false;
    if (filter.code !== null && f.code !== filter.code) return false;
    if (needle === "") return true;
    const haystack = [f.subject, f.subjectUnit, f.sheet, f.cell, maskIdNumbers(f.message), f.messageEn]
      .filter((x) => x !== undefined)
      .join(" ")
      .toLowerCase();
    return haystack.includes(needle);
  });
}

/** Findings by code, the group with the most serious finding first; each group in the stable finding order. */
export function groupByCode(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of [...findings].sort(compareFindings)) {
    const list = groups.get(f.code);
    if (list === undefined) groups.set(f.code, [f]);
    else list.push(f);
  }
  return [...groups].map(([code, list]) => ({ code, findings: list }));
}

/** The codes present, for the kind filter. */
export function codesOf(findings: readonly Finding[]): string[] {
  return [...new Set([...findings].sort(compareFindings).map((f) => f.code))];
}

/** A key that tells findings apart across two reviews (they carry no id). */
export function findingKey(f: Finding): string {
  return [f.code, f.file ?? "", f.sheet ?? "", f.cell ?? "", f.subject ?? "", f.message].join("\u0001");
}

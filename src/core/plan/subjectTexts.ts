import type { SubjectResult } from "../assess/assessment";
import { EFFECT_LABEL, GRADE_MISSING_LABEL, GRADE_NOT_ALLOWED_LABEL, STATUS_LABEL } from "./labels";
import type { SubjectColumn } from "./subjectColumns";
import { TRIGGER_LABEL } from "./subjectFormulas";

/** A column's text in a subject's row, null for a blank cell. */
export type SubjectText = (s: SubjectResult) => string | null;

const cadre = (s: SubjectResult) => s.kind === "cadre";

/**
 * The text of 考核对象's columns that run long, as their cells hold it (a text cell, or a
 * formula's cached text): one definition for the cell (subjectCells.ts) and for the row heights,
 * which measure these texts for each of a district's 20,000 rows without making their cells.
 */
export const SUBJECT_TEXTS = {
  unit: (s) => s.row.unit,
  position: (s) => s.row.position,
  transferredFrom: (s) => (cadre(s) ? s.row.transferredFrom : null),
  secondedTo: (s) => (cadre(s) ? (s.row.secondedTo?.trim() ?? null) : null),
  discipline: (s) => (cadre(s) ? s.row.discipline : null),
  effect: (s) => (s.derived.effect === null ? null : EFFECT_LABEL[s.derived.effect]),
  status: (s) => STATUS_LABEL[s.status],
  clauses: (s) => s.clauses.join("、"),
  assessingUnit: (s) => s.derived.assessingUnit ?? "",
  triggers: (s) => s.reviewTriggers.map((t) => TRIGGER_LABEL[t]).join("、"),
  gradeProblem: (s) =>
    s.gradeProblem === "grade_missing"
      ? GRADE_MISSING_LABEL
      : s.gradeProblem === "grade_not_allowed"
        ? GRADE_NOT_ALLOWED_LABEL
        : "",
  explanation: (s) => s.explanation,
} as const satisfies Partial<Record<SubjectColumn, SubjectText>>;

/** The text of a column listed above, undefined for another. */
export function subjectText(key: SubjectColumn): SubjectText | undefined {
  return (SUBJECT_TEXTS as Partial<Record<SubjectColumn, SubjectText>>)[key];
}

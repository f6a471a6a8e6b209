import type { Assessment, SubjectResult } from "../../core/assess/assessment";
import { sourceCell } from "../../core/model/roster";
import type { StringKey } from "../i18n";
import type { CellTarget } from "../host";

/** A subject the review list shows, with why. */
export interface FlaggedSubject {
  id: string;
  name: string;
  unit: string;
  kind: SubjectResult["kind"];
  status: SubjectResult["status"];
  tags: StringKey[];
  target: CellTarget;
}

/**
 * The subjects whose result asks for a person's attention, read off what the core decided:
 * a special report, a status or trigger that needs review, a grade problem. The order is the
 * roster's.
 */
export function flaggedSubjects(assessment: Assessment): FlaggedSubject[] {
  const flagged: FlaggedSubject[] = [];
  for (const s of assessment.subjects) {
    const tags: StringKey[] = [];
    if (s.specialReport) tags.push("tagSpecialReport");
    if (s.status === "review") tags.push("tagReview");
    if (s.reviewTriggers.includes("low_approval")) tags.push("tagLowApproval");
    if (s.reviewTriggers.includes("high_disapproval")) tags.push("tagHighDisapproval");
    if (s.gradeProblem === "grade_missing") tags.push("tagGradeMissing");
    if (s.gradeProblem === "grade_not_allowed") tags.push("tagGradeNotAllowed");
    if (tags.length === 0) continue;
    const { source } = s.row;
    flagged.push({
      id: s.row.id,
      name: s.row.name,
      unit: s.row.unit,
      kind: s.kind,
      status: s.status,
      tags,
      target: { file: source.file, sheet: source.sheet, cell: sourceCell(source, "name") ?? `A${source.row}` },
    });
  }
  return flagged;
}

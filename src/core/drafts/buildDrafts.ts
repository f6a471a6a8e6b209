import type { Assessment, SubjectResult, Votes } from "../assess/assessment";
import type { Finding } from "../findings/finding";
import { assessmentReportDraft } from "./assessmentReportDraft";
import type { DraftDocument } from "./draftDocument";
import { specialReportFileNames } from "./draftFileNames";
import { specialReportDraft } from "./specialReportDraft";
import { findingsOf } from "./subjectFacts";

/**
 * The Word drafts of one review (`--docx`, the preview's and the task pane's download): one
 * 专题考察报告 per subject whose lowest-level votes exceed a third of the valid votes (三.五),
 * in roster order, then the 考核情况报告. The review result is the pipeline's; `madeOn` is the
 * day the host makes them, as 2021-01-05 (the core reads no clock).
 */
export interface DraftsInput {
  assessment: Assessment;
  findings: readonly Finding[];
}

export function buildDrafts(result: DraftsInput, madeOn: string): DraftDocument[] {
  const { assessment, findings } = result;
  const special = specialSubjects(assessment.subjects);
  const fileNames = specialReportFileNames(special);
  const reports = special.map((subject, i) =>
    specialReportDraft({
      subject,
      findings: findingsOf(subject, findings, assessment.subjects),
      teamLevelSet: assessment.rules.teamLevelSet,
      year: assessment.year,
      fileName: fileNames[i] ?? "",
      madeOn,
    }),
  );
  return [...reports, assessmentReportDraft({ assessment, findings, specialSubjects: special, madeOn })];
}

/** The subjects 三.五 names; the core marks them only when they have votes. */
export function specialSubjects(subjects: readonly SubjectResult[]): Array<SubjectResult & { votes: Votes }> {
  return subjects.filter((s): s is SubjectResult & { votes: Votes } => s.specialReport && s.votes !== null);
}

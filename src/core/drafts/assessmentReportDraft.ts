import type { Assessment, SubjectResult, Votes } from "../assess/assessment";
import type { Finding } from "../findings/finding";
import type { DraftDocument } from "./draftDocument";
import { ASSESSMENT_REPORT_FILE } from "./draftFileNames";
import { HeadingNumbers, TableNumbers } from "./headingNumbers";
import { NOTICE_NUMBER } from "./noticeText";
import type { ReportContext } from "./reportContext";
import { errorsSection } from "./reportErrors";
import { gradesSection } from "./reportGrades";
import { noGradeSection } from "./reportNoGrade";
import { overviewSection } from "./reportOverview";
import { specialSection } from "./reportSpecial";

/**
 * The 考核情况报告 on the whole review: how many were assessed and how, the proposed grades
 * against the quotas, who receives no grade and why, who needs a 专题考察报告, and what must be
 * fixed before the grades are decided. Every number comes from the same assessment the
 * reviewed workbook shows.
 */
export interface AssessmentReportInput {
  assessment: Assessment;
  findings: readonly Finding[];
  specialSubjects: ReadonlyArray<SubjectResult & { votes: Votes }>;
  /** The day the draft was made, as 2021-01-05. */
  madeOn: string;
}

export function assessmentReportDraft(input: AssessmentReportInput): DraftDocument {
  const { assessment } = input;
  const year = assessment.year;
  const ctx: ReportContext = {
    assessment,
    findings: input.findings,
    headings: new HeadingNumbers(),
    tables: new TableNumbers(),
  };
  return {
    kind: "assessment_report",
    fileName: ASSESSMENT_REPORT_FILE,
    title: `关于区管领导班子和领导干部${year}年度考核情况的报告`,
    year,
    blocks: [
      { type: "subtitle", text: `（草稿\u3000${input.madeOn}生成）` },
      {
        type: "paragraph",
        text:
          `根据${NOTICE_NUMBER}的要求，对区管领导班子和领导干部${year}年度考核的干部名册和民主测评结果进行了审核。` +
          "现将考核情况报告如下。",
      },
      ...overviewSection(ctx),
      ...gradesSection(ctx),
      ...noGradeSection(ctx),
      ...specialSection(ctx, input.specialSubjects),
      ...errorsSection(ctx),
      { type: "signature", lines: ["考核组", "年　　月　　日"] },
    ],
  };
}

import type { DraftBlock } from "./draftDocument";
import { findingsTable } from "./findingsTable";
import { GRADE_DECISION_RULE, NOTICE_NUMBER } from "./noticeText";
import type { ReportContext } from "./reportContext";

/**
 * 五、确定等次前须改正的问题: every error of the review (data the numbers rest on, grades not
 * allowed, quotas exceeded). Until they are fixed the grades cannot be decided (三.八).
 */
export function errorsSection(ctx: ReportContext): DraftBlock[] {
  const errors = ctx.findings.filter((f) => f.severity === "error");
  const warnings = ctx.findings.filter((f) => f.severity === "warning").length;
  const infos = ctx.findings.filter((f) => f.severity === "info").length;
  const rest = `另有警告${warnings}项、提示${infos}项，见审核工作簿“问题清单”。`;
  return [
    ctx.headings.section("确定等次前须改正的问题"),
    errors.length === 0
      ? { type: "paragraph", text: `审核未发现须改正的错误。${rest}` }
      : { type: "paragraph", text: `审核发现错误${errors.length}项，须在确定等次前改正。${rest}` },
    ...(errors.length === 0
      ? []
      : [{ type: "table" as const, table: findingsTable(errors, ctx.tables.caption("须改正的错误")) }]),
    {
      type: "paragraph",
      text: `上述问题改正后，按照${NOTICE_NUMBER}三.八“${GRADE_DECISION_RULE.replace(/。$/u, "")}”的规定确定等次。`,
    },
  ];
}

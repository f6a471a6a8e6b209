import { STATUS_ORDER } from "../core/assess/assessment";
import type { Finding, Severity } from "../core/findings/finding";
import { KIND_LABEL, SEVERITY_LABEL, STATUS_LABEL } from "../core/plan/labels";
import type { ReviewResult } from "../core/pipeline";
import { levelsFor } from "../core/rules/levels";

/**
 * The Chinese summary printed after a review: counts only. Names and ID numbers are personnel
 * data and never reach a log, so even the special reports are a number here; the workbook and
 * the JSON report say who.
 */
export interface SummaryFiles {
  out: string;
  json?: string | undefined;
}

export function summaryLines(result: ReviewResult, files: SummaryFiles): string[] {
  const { assessment } = result;
  const subjects = assessment.subjects;
  const byKind = (kind: "cadre" | "team") => subjects.filter((s) => s.kind === kind).length;
  const statuses = STATUS_ORDER.map((status) => [status, subjects.filter((s) => s.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${STATUS_LABEL[status]} ${n}`);
  const over = assessment.units.filter((u) => u.over).length;
  const missing = assessment.units.filter((u) => u.quotaMissing).length;
  const teams = assessment.teams;
  const best = levelsFor("team", assessment.rules.teamLevelSet)[0];
  const written = files.json === undefined ? `已写入：${files.out}` : `已写入：${files.out}；报告：${files.json}`;
  return [
    `考核助手：${assessment.year}年度审核完成`,
    `考核对象 ${subjects.length} 个（${KIND_LABEL.cadre} ${byKind("cadre")}，${KIND_LABEL.team} ${byKind("team")}）`,
    `考核状态：${statuses.join("，") || "无"}`,
    `需专题报告：${subjects.filter((s) => s.specialReport).length} 个`,
    `名额：超出名额 ${over} 个单位，缺少名额分配 ${missing} 个单位；领导班子“${best}”建议 ${teams.goodProposed} 个、名额 ${teams.goodQuota} 个${teams.over ? "（超出）" : ""}`,
    `问题：${severityCounts(result.findings)}`,
    written,
  ];
}

function severityCounts(findings: readonly Finding[]): string {
  const order: Severity[] = ["error", "warning", "info"];
  return order.map((s) => `${SEVERITY_LABEL[s]} ${findings.filter((f) => f.severity === s).length}`).join("，");
}

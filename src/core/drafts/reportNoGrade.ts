import type { SubjectResult } from "../assess/assessment";
import type { DraftBlock, DraftTable } from "./draftDocument";
import type { ReportContext } from "./reportContext";
import { STATUS_LABEL } from "../plan/labels";
import { listTable } from "./listTable";
import { clausesText, subjectName } from "./subjectFacts";

/**
 * 三、不确定等次和不参加考核的考核对象 (一.1–一.7): who is not assessed, who is assessed without a
 * grade, and whose case a person must still decide, each with the clause and the core's 说明.
 */
export function noGradeSection(ctx: ReportContext): DraftBlock[] {
  const { subjects } = ctx.assessment;
  const groups: Array<[string, SubjectResult[]]> = [
    ["不参加考核", subjects.filter((s) => s.status === "not_assessed")],
    [
      "参加考核、不确定等次",
      subjects.filter((s) => s.cap === "none" && s.status !== "not_assessed" && s.status !== "review"),
    ],
    ["需组织认定", subjects.filter((s) => s.status === "review")],
  ];
  return [
    ctx.headings.section("不确定等次和不参加考核的考核对象"),
    ...groups.flatMap(([heading, list]): DraftBlock[] => [
      ctx.headings.subsection(`${heading}（${list.length}个）`),
      list.length === 0
        ? { type: "paragraph", text: "无。" }
        : { type: "table", table: subjectsTable(ctx.tables.caption(heading), list) },
    ]),
  ];
}

function subjectsTable(caption: string, list: readonly SubjectResult[]): DraftTable {
  return listTable(
    caption,
    [
      { header: "姓名", weight: 12, align: "left" },
      { header: "单位", weight: 14, align: "left" },
      { header: "职务", weight: 12, align: "left" },
      { header: "考核状态", weight: 16, align: "left" },
      { header: "依据条款", weight: 9, align: "center" },
      { header: "说明", weight: 37, align: "left" },
    ],
    list,
    (s) => [subjectName(s), s.row.unit, s.row.position ?? "", STATUS_LABEL[s.status], clausesText(s), s.explanation],
  );
}

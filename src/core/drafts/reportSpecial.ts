import type { SubjectResult, Votes } from "../assess/assessment";
import { levelsFor } from "../rules/levels";
import type { DraftBlock } from "./draftDocument";
import { oneThirdComparison, rateText } from "./draftNumbers";
import { NOTICE_NUMBER, SPECIAL_REPORT_CLAUSE, SPECIAL_REPORT_RULE } from "./noticeText";
import type { ReportContext } from "./reportContext";
import { statusText, subjectName } from "./subjectFacts";

/** 四、需写出专题考察报告的考核对象 (三.五), with the rate and the comparison behind it. */
export function specialSection(
  ctx: ReportContext,
  subjects: ReadonlyArray<SubjectResult & { votes: Votes }>,
): DraftBlock[] {
  const { teamLevelSet } = ctx.assessment.rules;
  const heading = ctx.headings.section("需写出专题考察报告的考核对象");
  const rule: DraftBlock = {
    type: "quote",
    text: SPECIAL_REPORT_RULE,
    source: `${NOTICE_NUMBER} ${SPECIAL_REPORT_CLAUSE}`,
  };
  if (subjects.length === 0) {
    return [heading, rule, { type: "paragraph", text: "本年度没有“不称职”票超过有效票三分之一的考核对象。" }];
  }
  const hasTeam = subjects.some((s) => s.kind === "team");
  return [
    heading,
    rule,
    {
      type: "paragraph",
      text: `“不称职”票${hasTeam ? "（领导班子为最低档次票）" : ""}超过有效票三分之一的考核对象${subjects.length}个，各附专题考察报告（草稿）。`,
    },
    {
      type: "table",
      table: {
        caption: ctx.tables.caption("需写出专题考察报告的考核对象"),
        columns: [
          { header: "姓名", weight: 10, align: "left" },
          { header: "单位", weight: 14, align: "left" },
          { header: "职务", weight: 12, align: "left" },
          { header: "考核状态", weight: 18, align: "left" },
          { header: hasTeam ? "最低档次票占比" : "“不称职”票占比", weight: 24, align: "right" },
          { header: "判定", weight: 21, align: "left" },
        ],
        header: true,
        rows: subjects.map((s) => {
          const low = s.votes.counts[3];
          const lowest = s.kind === "team" ? `“${levelsFor("team", teamLevelSet)[3]}”` : "";
          return {
            cells: [
              subjectName(s),
              s.row.unit,
              s.row.position ?? "",
              statusText(s),
              `${lowest}${rateText(low, s.votes.valid)}`,
              `${oneThirdComparison(low, s.votes.valid)}，超过三分之一`,
            ],
          };
        }),
      },
    },
  ];
}

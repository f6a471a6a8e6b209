import { STATUS_ORDER, type SubjectResult } from "../assess/assessment";
import { KIND_LABEL, STATUS_LABEL } from "../plan/labels";
import type { DraftBlock, DraftColumn } from "./draftDocument";
import type { ReportContext } from "./reportContext";

/** 一、考核对象基本情况: how many subjects of each kind, and of each status. */
export function overviewSection(ctx: ReportContext): DraftBlock[] {
  const subjects = ctx.assessment.subjects;
  const cadres = subjects.filter((s) => s.kind === "cadre");
  const teams = subjects.filter((s) => s.kind === "team");
  const graded = (list: SubjectResult[]) => list.filter((s) => s.receivesGrade).length;
  const probation = cadres.filter((s) => s.derived.probationDue).length;
  const count: DraftColumn = { header: "", weight: 14, align: "right" };
  return [
    ctx.headings.section("考核对象基本情况"),
    {
      type: "paragraph",
      text:
        `本年度考核对象共${subjects.length}个（按名册行计），其中${KIND_LABEL.cadre}${cadres.length}名、` +
        `${KIND_LABEL.team}${teams.length}个；参加确定等次的${KIND_LABEL.cadre}${graded(cadres)}名、` +
        `${KIND_LABEL.team}${graded(teams)}个。` +
        (probation > 0 ? `试用期满干部${probation}名，另行进行试用期满考核（二.2）。` : ""),
    },
    {
      type: "table",
      table: {
        caption: ctx.tables.caption("考核对象按类别和考核状态统计"),
        columns: [
          { header: "考核状态", weight: 30, align: "left" },
          { ...count, header: KIND_LABEL.cadre },
          { ...count, header: KIND_LABEL.team },
          { ...count, header: "合计" },
        ],
        header: true,
        rows: [
          ...STATUS_ORDER.map((status) => {
            const c = cadres.filter((s) => s.status === status).length;
            const t = teams.filter((s) => s.status === status).length;
            return { cells: [STATUS_LABEL[status], String(c), String(t), String(c + t)] };
          }),
          {
            cells: ["合计", String(cadres.length), String(teams.length), String(subjects.length)],
            total: true,
          },
        ],
      },
    },
  ];
}

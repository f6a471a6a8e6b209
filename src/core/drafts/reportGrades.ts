import type { SubjectResult, UnitQuota } from "../assess/assessment";
import { POOLED_UNIT, ROUNDING_LABEL } from "../plan/labels";
import { CADRE_LEVELS, levelsFor, type LevelNames } from "../rules/levels";
import type { DraftBlock, DraftColumn, DraftRow, DraftTable } from "./draftDocument";
import { rateText, theoreticalText } from "./draftNumbers";
import type { ReportContext } from "./reportContext";

/**
 * 二、等次建议和优秀比例 (三.八): the proposed grades of those who receive a grade, per unit, and
 * the 优秀 proposals against each unit's quota (the 好 proposals against the team pool's).
 */
const num = (header: string, weight = 10): DraftColumn => ({ header, weight, align: "right" });
const NOT_PROPOSED = "未提出";
const OTHER = "其他";

export function gradesSection(ctx: ReportContext): DraftBlock[] {
  const { assessment, headings, tables } = ctx;
  const { rules } = assessment;
  const cadres = assessment.subjects.filter((s) => s.kind === "cadre");
  const teams = assessment.subjects.filter((s) => s.kind === "team");
  const membersOf = (u: UnitQuota) =>
    cadres.filter((s) => s.receivesGrade && (u.unit === POOLED_UNIT || s.row.unit === u.unit));
  const units = assessment.units;
  const teamLevels = levelsFor("team", rules.teamLevelSet);
  const rule =
    rules.allocatedQuotas !== null
      ? "按名额分配"
      : `不超过参加定等人数的${rules.excellentPercent}%，${ROUNDING_LABEL[rules.rounding]}`;
  return [
    headings.section("等次建议和优秀比例"),
    headings.subsection("领导干部"),
    {
      type: "table",
      table: distributionTable(
        tables.caption("领导干部建议等次（参加定等人员，按单位）"),
        units.map((u) => [u.unit, membersOf(u)] as const),
        CADRE_LEVELS,
      ),
    },
    {
      type: "table",
      table: excellentTable(tables.caption(`领导干部优秀名额（${rule}）`), units, rules.excellentPercent),
    },
    { type: "paragraph", text: unitsSentence(units) },
    headings.subsection("领导班子"),
    {
      type: "table",
      table: distributionTable(
        tables.caption("领导班子建议等次（参加定等的班子，全区）"),
        [["全区领导班子", teams.filter((s) => s.receivesGrade)]],
        teamLevels,
      ),
    },
    { type: "paragraph", text: teamSentence(ctx, teamLevels[0]) },
  ];
}

/** Proposals counted per level; a proposal outside the kind's levels is 其他 (and a grade_not_allowed error). */
function distributionTable(
  caption: string,
  groups: ReadonlyArray<readonly [string, SubjectResult[]]>,
  levels: LevelNames,
): DraftTable {
  const isLevel = (g: string | null) => g !== null && (levels as readonly string[]).includes(g);
  const hasOther = groups.some(([, list]) => list.some((s) => s.proposedGrade !== null && !isLevel(s.proposedGrade)));
  const rows: DraftRow[] = groups.map(([label, list]) => {
    const cells = [
      label,
      String(list.length),
      ...levels.map((l) => String(list.filter((s) => s.proposedGrade === l).length)),
      String(list.filter((s) => s.proposedGrade === null).length),
    ];
    if (hasOther) cells.push(String(list.filter((s) => s.proposedGrade !== null && !isLevel(s.proposedGrade)).length));
    return { cells };
  });
  return {
    caption,
    columns: [
      { header: "单位", weight: 22, align: "left" },
      num("参加定等"),
      ...levels.map((l) => num(l)),
      num(NOT_PROPOSED),
      ...(hasOther ? [num(OTHER)] : []),
    ],
    header: true,
    rows,
  };
}

function excellentTable(caption: string, units: readonly UnitQuota[], percent: number): DraftTable {
  return {
    caption,
    columns: [
      { header: "单位", weight: 20, align: "left" },
      num("参加定等"),
      num("建议优秀"),
      num("优秀比例", 22),
      num("理论名额"),
      num("优秀名额"),
      num("超出", 8),
    ],
    header: true,
    rows: units.map((u) => ({
      cells: [
        u.unit,
        String(u.graded),
        String(u.excellentProposed),
        rateText(u.excellentProposed, u.graded),
        theoreticalText(u.graded, percent),
        u.excellentQuota === null ? "未分配" : String(u.excellentQuota),
        u.over && u.excellentQuota !== null ? String(u.excellentProposed - u.excellentQuota) : "—",
      ],
    })),
  };
}

function unitsSentence(units: readonly UnitQuota[]): string {
  const over = units.filter((u) => u.over);
  const missing = units.filter((u) => u.quotaMissing);
  const parts = [
    ...over.map(
      (u) =>
        `${u.unit}建议优秀${u.excellentProposed}名，优秀名额${u.excellentQuota ?? 0}名，超出${u.excellentProposed - (u.excellentQuota ?? 0)}名`,
    ),
    ...missing.map((u) => `${u.unit}未分配优秀名额`),
  ];
  if (parts.length === 0) return "各单位建议优秀人数均未超出优秀名额。建议优秀人数含不允许评为优秀的建议。";
  return `${parts.join("；")}。须在确定等次前调整。建议优秀人数含不允许评为优秀的建议。`;
}

function teamSentence(ctx: ReportContext, best: string): string {
  const { teams, rules } = ctx.assessment;
  const base =
    `全区参加定等的领导班子${teams.graded}个，建议“${best}”${teams.goodProposed}个，` +
    `占${rateText(teams.goodProposed, teams.graded)}；“${best}”名额${teams.goodQuota}个` +
    `（${teams.graded}个×${rules.goodTeamPercent}%=${theoreticalText(teams.graded, rules.goodTeamPercent)}，${ROUNDING_LABEL[rules.rounding]}）`;
  return teams.over ? `${base}，超出${teams.goodProposed - teams.goodQuota}个，须在确定等次前调整。` : `${base}。`;
}

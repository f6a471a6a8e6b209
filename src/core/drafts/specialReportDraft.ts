import type { SubjectResult, Votes } from "../assess/assessment";
import type { Finding } from "../findings/finding";
import { levelsFor, type TeamLevelSet } from "../rules/levels";
import type { DraftBlock, DraftDocument, DraftTable } from "./draftDocument";
import { oneThirdComparison, percentText, rateText } from "./draftNumbers";
import { HeadingNumbers, TableNumbers } from "./headingNumbers";
import { NOTICE_NUMBER, SPECIAL_REPORT_CLAUSE, SPECIAL_REPORT_RULE } from "./noticeText";
import { ballotTable, itemTable } from "./ballotTable";
import { findingsTable } from "./findingsTable";
import { capText, kindText, statusText, subjectName, subjectTitle } from "./subjectFacts";

/**
 * One 专题考察报告 (三.五) for a subject whose lowest-level votes exceed one third of the valid
 * votes: who, the ballot table by evaluator category, the rule and the comparison, the
 * subject's status and findings, then the sections the inspection team writes, left blank.
 */
export interface SpecialReportInput {
  subject: SubjectResult & { votes: Votes };
  findings: readonly Finding[];
  teamLevelSet: TeamLevelSet;
  year: number;
  fileName: string;
  /** The day the draft was made, as 2021-01-05. */
  madeOn: string;
}

/** The sections only the inspection team can write, each with what it should cover. */
export const INSPECTION_SECTIONS: ReadonlyArray<{ heading: string; prompt: string; lines: number }> = [
  { heading: "考察组成员", prompt: "组长、成员的姓名、单位和职务：", lines: 3 },
  { heading: "考察方式", prompt: "考察的时间、范围和方式（个别谈话、实地考察、查阅资料、走访座谈等）：", lines: 3 },
  { heading: "个别谈话情况", prompt: "谈话人数、对象范围和反映的主要情况：", lines: 6 },
  { heading: "实地考察情况", prompt: "实地察看、走访座谈和核实工作实绩的情况：", lines: 6 },
  { heading: "综合分析", prompt: "结合测评结果、谈话和实地考察，分析“不称职”票较多的原因：", lines: 6 },
  { heading: "考察组意见", prompt: "对考核等次的意见和建议：", lines: 4 },
];

export function specialReportDraft(input: SpecialReportInput): DraftDocument {
  const { subject: s, year } = input;
  const n = new HeadingNumbers();
  const t = new TableNumbers();
  const title = `关于${subjectTitle(s)}${year}年度考核的专题考察报告`;
  const blocks: DraftBlock[] = [
    { type: "subtitle", text: `（草稿\u3000${input.madeOn}生成）` },
    { type: "paragraph", text: opening(input) },
    n.section("基本情况"),
    { type: "table", table: identityTable(s, year) },
    n.section("民主测评情况"),
    ...ballotBlocks(input, n, t),
    n.section("考核状态和审核发现的问题"),
    ...statusBlocks(input, t),
    ...INSPECTION_SECTIONS.flatMap((section): DraftBlock[] => [
      n.section(section.heading),
      { type: "fill", prompt: section.prompt, lines: section.lines },
    ]),
    { type: "signature", lines: ["考察组组长（签名）：", "考察组成员（签名）：", "年　　月　　日"] },
  ];
  return { kind: "special_report", fileName: input.fileName, title, year, blocks };
}

function lowestLevel(input: SpecialReportInput): string {
  return levelsFor(input.subject.kind, input.teamLevelSet)[3];
}

function opening(input: SpecialReportInput): string {
  const { subject: s } = input;
  const { valid, counts } = s.votes;
  return (
    `${subjectTitle(s)}在${input.year}年度考核民主测评中“${lowestLevel(input)}”票${counts[3]}张，` +
    `占有效票${valid}张的${percentText(counts[3], valid)}，超过三分之一。` +
    `根据${NOTICE_NUMBER}${SPECIAL_REPORT_CLAUSE}的规定，考察组对其进行了专题考察，现将有关情况报告如下。`
  );
}

function identityTable(s: SubjectResult, year: number): DraftTable {
  const form = (label: string) => ({ header: label, weight: 12, align: "center" as const });
  const value = (label: string) => ({ header: label, weight: 38, align: "left" as const });
  const isTeam = s.kind === "team";
  return {
    caption: "",
    columns: [form("项目"), value("内容"), form("项目"), value("内容")],
    header: false,
    rows: [
      { cells: [isTeam ? "名称" : "姓名", subjectName(s), "单位", s.row.unit] },
      { cells: [isTeam ? "班子" : "职务", s.row.position ?? "（名册未填）", "类别", kindText(s)] },
      {
        cells: [
          "考核年度",
          `${year}年度`,
          "名册位置",
          `${s.row.source.file} ${s.row.source.sheet} 第${s.row.source.row}行`,
        ],
      },
    ],
  };
}

function ballotBlocks(input: SpecialReportInput, n: HeadingNumbers, t: TableNumbers): DraftBlock[] {
  const { subject: s } = input;
  const votes = s.votes;
  const levels = levelsFor(s.kind, input.teamLevelSet);
  const low = levels[3];
  const who = subjectTitle(s);
  const blocks: DraftBlock[] = [
    n.subsection("分评价主体测评票数"),
    { type: "table", table: ballotTable(s, votes, input.teamLevelSet, t.caption(`${who}民主测评票数（按评价主体）`)) },
    {
      type: "paragraph",
      text:
        `合计有效票${votes.valid}张，其中${levels.map((l, i) => `“${l}”${votes.counts[i]}张`).join("、")}，` +
        `弃权${votes.abstain}张。各评价主体“${low}”票占比：` +
        `${votes.byCategory.map((c) => `${c.category}${rateText(c.counts[3], c.valid)}`).join("，")}。`,
    },
  ];
  if (votes.byItem.length > 0) {
    blocks.push(n.subsection("分项测评情况"), {
      type: "table",
      table: itemTable(s, votes, input.teamLevelSet, t.caption(`${who}分项测评票数（各评价主体合计）`)),
    });
  }
  blocks.push(
    n.subsection(`“${low}”票比例`),
    { type: "quote", text: SPECIAL_REPORT_RULE, source: `${NOTICE_NUMBER} ${SPECIAL_REPORT_CLAUSE}` },
    {
      type: "paragraph",
      text:
        `“${low}”票占有效票的${rateText(votes.counts[3], votes.valid)}。按“超过三分之一”计算：` +
        `${oneThirdComparison(votes.counts[3], votes.valid)}，超过三分之一（恰为三分之一不属于“超过”）。` +
        (s.kind === "team" ? `领导班子以最低档次“${low}”票适用本条。` : ""),
    },
  );
  return blocks;
}

function statusBlocks(input: SpecialReportInput, t: TableNumbers): DraftBlock[] {
  const { subject: s } = input;
  const blocks: DraftBlock[] = [
    { type: "paragraph", label: "考核状态：", text: sentences(statusText(s), s.explanation) },
    { type: "paragraph", label: "等次上限：", text: capText(s) },
    { type: "paragraph", label: "建议等次：", text: s.proposedGrade ?? "未提出" },
  ];
  if (s.derived.probationDue)
    blocks.push({ type: "paragraph", label: "试用期满考核：", text: "试用期满，另行进行试用期满考核（二.2）" });
  if (input.findings.length === 0) {
    blocks.push({ type: "paragraph", label: "审核发现的问题：", text: "无" });
    return blocks;
  }
  blocks.push(
    { type: "paragraph", label: "审核发现的问题：", text: `${input.findings.length}项，见表。` },
    { type: "table", table: findingsTable(input.findings, t.caption("审核发现的问题")) },
  );
  return blocks;
}

/** Clauses joined into sentences, each ending with one 。 whatever the source ended with. */
function sentences(...parts: string[]): string {
  return parts.map((p) => `${p.replace(/[。；，\s]+$/u, "")}。`).join("");
}

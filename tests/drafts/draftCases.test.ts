import { buildDrafts } from "../../src/core/drafts/buildDrafts";
import { safeNamePart, specialReportFileNames } from "../../src/core/drafts/draftFileNames";
import type { RosterRow } from "../../src/core/model/roster";
import { cadre, rules, run, tally, team } from "../core/support";
import { allText, rowsOf, tableNamed } from "./support";

// Drafts built for cases the samples do not hold: the boundary of 三.五, teams, items, namesakes,
// names no file system accepts.

const drafts = (rows: RosterRow[], tallies: ReturnType<typeof tally>[], ruleSet = rules()) =>
  buildDrafts({ assessment: run(rows, tallies, ruleSet), findings: [] }, "2021-01-05");

test("exactly one third 不称职 gets no 专题考察报告; one vote more does", () => {
  const a = cadre(3, "甲", "一乡");
  const b = cadre(4, "乙", "一乡");
  const result = drafts([a, b], [tally(a, 8, [10, 10, 0, 10]), tally(b, 9, [10, 9, 0, 11])]);
  expect(result.map((d) => d.fileName)).toEqual(["专题考察报告-乙.docx", "考核情况报告.docx"]);
  expect(allText(result[0]!)).toContain("3×11＝33＞30");
});

test("a team's report uses its lowest level 差 and names the team with its unit", () => {
  const squad = team(16, "胜利路街道", { position: "党工委领导班子" });
  const [report, summary] = drafts([squad], [tally(squad, 14, [5, 5, 0, 6])]);
  expect(report?.fileName).toBe("专题考察报告-胜利路街道领导班子.docx");
  expect(report?.title).toBe("关于胜利路街道领导班子2020年度考核的专题考察报告");
  const ballots = rowsOf(tableNamed(report!, "民主测评票数"));
  expect(ballots[0]).toEqual(["评价主体", "发出", "收回", "有效", "好", "较好", "一般", "差", "弃权", "“差”票占比"]);
  expect(ballots.at(-1)).toEqual(["合计", "16", "16", "16", "5", "5", "0", "6", "0", "6/16（37.50%）"]);
  expect(allText(report!)).toContain("领导班子以最低档次“差”票适用本条");
  expect(rowsOf(tableNamed(summary!, "需写出专题考察报告"))[1]?.[4]).toBe("“差”6/16（37.50%）");
});

test("issued and returned unknown in one category show as — in the total", () => {
  const a = cadre(3, "甲", "一乡");
  const [report] = drafts(
    [a],
    [tally(a, 8, [1, 1, 1, 4], { category: "班子成员" }), tally(a, 9, [2, 2, 2, 4], { issued: null, returned: null })],
  );
  const rows = rowsOf(tableNamed(report!, "民主测评票数"));
  expect(rows[2]?.slice(0, 4)).toEqual(["干部职工代表", "—", "—", "10"]);
  expect(rows[3]?.slice(0, 4)).toEqual(["合计", "—", "—", "17"]);
  expect(rows[3]?.at(-1)).toBe("8/17（47.06%）");
});

test("ballots with items get a 分项 table, and the rule is applied to 综合评价", () => {
  const a = cadre(3, "甲", "一乡");
  const [report] = drafts(
    [a],
    [
      tally(a, 8, [2, 2, 2, 4], { item: "综合评价" }),
      tally(a, 9, [5, 3, 1, 1], { item: "德" }),
      tally(a, 10, [4, 3, 2, 1], { item: "能" }),
    ],
  );
  expect(rowsOf(tableNamed(report!, "民主测评票数")).at(-1)?.at(-1)).toBe("4/10（40.00%）");
  expect(rowsOf(tableNamed(report!, "分项测评票数")).slice(1)).toEqual([
    ["德", "10", "5", "3", "1", "1", "0", "1/10（10.00%）"],
    ["能", "10", "4", "3", "2", "1", "0", "1/10（10.00%）"],
  ]);
});

test("namesakes are told apart by unit, then by roster row", () => {
  const rows = [
    cadre(3, "王海", "区人社局"),
    cadre(4, "王海", "区住建局"),
    cadre(5, "张三", "一乡"),
    cadre(6, "张三", "一乡"),
  ];
  const result = run(
    rows,
    rows.map((r, i) => tally(r, 10 + i, [1, 1, 1, 4])),
  );
  expect(specialReportFileNames(result.subjects)).toEqual([
    "专题考察报告-王海-区人社局.docx",
    "专题考察报告-王海-区住建局.docx",
    "专题考察报告-张三-一乡-第5行.docx",
    "专题考察报告-张三-一乡-第6行.docx",
  ]);
});

test("names only differing in case get a number, since Windows and macOS see one file", () => {
  const rows = [cadre(3, "Li", "一乡"), cadre(4, "li", "二乡")];
  const result = run(
    rows,
    rows.map((r, i) => tally(r, 10 + i, [1, 1, 1, 4])),
  );
  expect(specialReportFileNames(result.subjects)).toEqual(["专题考察报告-Li.docx", "专题考察报告-li-2.docx"]);
});

test("a name cell no file system accepts becomes a safe file name", () => {
  expect(safeNamePart('李/娜:*?"<>|\\')).toBe("李_娜________");
  expect(safeNamePart("  张三.. ")).toBe("张三");
  expect(safeNamePart("..")).toBe("未命名");
  expect(safeNamePart("王\u0000五\u200b")).toBe("王_五_");
  expect([...safeNamePart("长".repeat(200))]).toHaveLength(40);
});

test("a review with no special report still drafts the 考核情况报告, saying so", () => {
  const a = cadre(3, "甲", "一乡", { proposedGrade: "称职" });
  const result = drafts([a], [tally(a, 8, [10, 10, 0, 1])]);
  expect(result.map((d) => d.kind)).toEqual(["assessment_report"]);
  const text = allText(result[0]!);
  expect(text).toContain("本年度没有“不称职”票超过有效票三分之一的考核对象");
  expect(text).toContain("审核未发现须改正的错误");
});

test("pooled quotas are one district row; allocations are named in the caption", () => {
  const rows = [
    cadre(3, "甲", "一乡", { proposedGrade: "优秀" }),
    cadre(4, "乙", "二乡", { proposedGrade: "称职" }),
    cadre(5, "丙", "二乡", { proposedGrade: "良好" }),
  ];
  const [pooled] = drafts(rows, [], rules(2020, { quotaScope: "pooled" }));
  const distribution = rowsOf(tableNamed(pooled!, "领导干部建议等次"));
  expect(distribution).toEqual([
    ["单位", "参加定等", "优秀", "称职", "基本称职", "不称职", "未提出", "其他"],
    ["全区", "3", "1", "1", "0", "0", "0", "1"],
  ]);
  expect(rowsOf(tableNamed(pooled!, "优秀名额"))[1]).toEqual(["全区", "3", "1", "1/3（33.33%）", "0.60", "0", "1"]);
  const [allocated] = drafts(rows, [], rules(2020, { allocatedQuotas: [{ unit: "一乡", quota: 1 }] }));
  const quota = tableNamed(allocated!, "优秀名额");
  expect(quota.caption).toContain("按名额分配");
  expect(
    rowsOf(quota)
      .slice(1)
      .map((r) => [r[0], r[5], r[6]]),
  ).toEqual([
    ["一乡", "1", "—"],
    ["二乡", "未分配", "—"],
  ]);
  expect(allText(allocated!)).toContain("二乡未分配优秀名额");
});

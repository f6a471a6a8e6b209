import { buildDrafts } from "../../src/core/drafts/buildDrafts";
import type { DraftDocument } from "../../src/core/drafts/draftDocument";
import { SPECIAL_REPORT_RULE } from "../../src/core/drafts/noticeText";
import { INSPECTION_SECTIONS } from "../../src/core/drafts/specialReportDraft";
import type { ReviewResult } from "../../src/core/pipeline";
import { reviewSamples } from "../plan/samples";
import { allText, headings, rowsOf, tableNamed, tables } from "./support";

// The drafts of the sample review: 李娜 and 陈东 are the two subjects whose 不称职 votes exceed a
// third of the valid votes; every number below is checked against the sample ballots by hand.

let result: ReviewResult;
let drafts: DraftDocument[];
const draft = (fileName: string) => {
  const found = drafts.find((d) => d.fileName === fileName);
  if (found === undefined) throw new Error(`no draft ${fileName}`);
  return found;
};

beforeAll(async () => {
  result = await reviewSamples();
  drafts = buildDrafts(result, "2021-01-05");
});

test("one 专题考察报告 per special-report subject, none for the others, then the 考核情况报告", () => {
  expect(drafts.map((d) => [d.kind, d.fileName])).toEqual([
    ["special_report", "专题考察报告-李娜.docx"],
    ["special_report", "专题考察报告-陈东.docx"],
    ["assessment_report", "考核情况报告.docx"],
  ]);
  const flagged = result.assessment.subjects.filter((s) => s.specialReport).map((s) => s.row.name);
  expect(flagged).toEqual(["李娜", "陈东"]);
  expect(drafts.every((d) => d.year === 2020)).toBe(true);
});

test("李娜's report: who, the ballot table by category with exact rates, the rule and the comparison", () => {
  const li = draft("专题考察报告-李娜.docx");
  expect(li.title).toBe("关于李娜同志2020年度考核的专题考察报告");
  const identity = tables(li)[0];
  expect(identity?.header).toBe(false);
  expect(identity === undefined ? [] : rowsOf(identity)).toEqual([
    ["姓名", "李娜", "单位", "胜利路街道"],
    ["职务", "副主任", "类别", "领导干部"],
    ["考核年度", "2020年度", "名册位置", "roster-sample.xlsx 名册 第6行"],
  ]);
  expect(rowsOf(tableNamed(li, "李娜同志民主测评票数"))).toEqual([
    ["评价主体", "发出", "收回", "有效", "优秀", "称职", "基本称职", "不称职", "弃权", "“不称职”票占比"],
    ["班子成员", "8", "8", "8", "0", "2", "2", "4", "0", "4/8（50.00%）"],
    ["干部职工代表", "40", "38", "38", "2", "14", "9", "13", "0", "13/38（34.21%）"],
    ["合计", "48", "46", "46", "2", "16", "11", "17", "0", "17/46（36.96%）"],
  ]);
  expect(tableNamed(li, "民主测评票数").rows.at(-1)?.total).toBe(true);
  const text = allText(li);
  expect(text).toContain(SPECIAL_REPORT_RULE);
  expect(text).toContain("华龙组〔2021〕8号 三.五");
  expect(text).toContain("3×17＝51＞46，超过三分之一");
  expect(text).toContain("考核状态：不确定等次（一.5）。病事假累计200天");
  expect(text).toContain("建议等次：未提出");
  expect(text).toContain("（草稿\u30002021-01-05生成）");
});

test("陈东's report: his own numbers, his status under 一.7 and his findings only", () => {
  const chen = draft("专题考察报告-陈东.docx");
  expect(rowsOf(tableNamed(chen, "陈东同志民主测评票数")).slice(1)).toEqual([
    ["班子成员", "6", "6", "6", "0", "3", "1", "2", "0", "2/6（33.33%）"],
    ["干部职工代表", "30", "29", "29", "1", "12", "6", "10", "0", "10/29（34.48%）"],
    ["合计", "36", "35", "35", "1", "15", "7", "12", "0", "12/35（34.29%）"],
  ]);
  const text = allText(chen);
  expect(text).toContain("3×12＝36＞35");
  expect(text).toContain("按处分规定（一.7）");
  const problems = rowsOf(tableNamed(chen, "审核发现的问题")).slice(1);
  expect(problems.map((r) => r[1])).toEqual(["警告", "警告", "警告"]);
  expect(problems.every((r) => r[2]?.includes("陈东（区人社局）"))).toBe(true);
  expect(problems.map((r) => r[3])).toEqual(Array(3).fill("roster-sample.xlsx 名册 B12"));
  expect(text).not.toContain("李娜");
});

test("the inspection team's sections are headed, numbered and left blank to fill in", () => {
  const li = draft("专题考察报告-李娜.docx");
  expect(headings(li).filter((h) => /^[一二三四五六七八九十]+、/.test(h))).toEqual([
    "一、基本情况",
    "二、民主测评情况",
    "三、考核状态和审核发现的问题",
    "四、考察组成员",
    "五、考察方式",
    "六、个别谈话情况",
    "七、实地考察情况",
    "八、综合分析",
    "九、考察组意见",
  ]);
  const fills = li.blocks.filter((b) => b.type === "fill");
  expect(fills).toHaveLength(INSPECTION_SECTIONS.length);
  expect(fills.every((b) => b.type === "fill" && b.lines >= 3)).toBe(true);
});

test("the 考核情况报告 counts subjects by kind and status", () => {
  const report = draft("考核情况报告.docx");
  expect(report.title).toBe("关于区管领导班子和领导干部2020年度考核情况的报告");
  expect(rowsOf(tableNamed(report, "按类别和考核状态"))).toEqual([
    ["考核状态", "领导干部", "领导班子", "合计"],
    ["不参加考核", "0", "0", "0"],
    ["兼职（在主职单位考核）", "1", "0", "1"],
    ["由挂职（派出）单位考核", "1", "0", "1"],
    ["按处分规定", "2", "0", "2"],
    ["不确定等次", "1", "0", "1"],
    ["需组织认定", "0", "0", "0"],
    ["单位推荐等次", "1", "0", "1"],
    ["确定等次", "7", "3", "10"],
    ["合计", "13", "3", "16"],
  ]);
  expect(allText(report)).toContain("参加确定等次的领导干部9名、领导班子3个");
});

test("the 考核情况报告 sets proposals and 优秀 ratios per unit against the quotas", () => {
  const report = draft("考核情况报告.docx");
  expect(rowsOf(tableNamed(report, "领导干部建议等次"))).toEqual([
    ["单位", "参加定等", "优秀", "称职", "基本称职", "不称职", "未提出"],
    ["胜利路街道", "5", "2", "3", "0", "0", "0"],
    ["区人社局", "2", "1", "1", "0", "0", "0"],
    ["区住建局", "2", "0", "2", "0", "0", "0"],
  ]);
  const quota = tableNamed(report, "领导干部优秀名额");
  expect(quota.caption).toContain("不超过参加定等人数的20%，向下取整");
  expect(rowsOf(quota)).toEqual([
    ["单位", "参加定等", "建议优秀", "优秀比例", "理论名额", "优秀名额", "超出"],
    ["胜利路街道", "5", "2", "2/5（40.00%）", "1.00", "1", "1"],
    ["区人社局", "2", "1", "1/2（50.00%）", "0.40", "0", "1"],
    ["区住建局", "2", "0", "0/2（0.00%）", "0.40", "0", "—"],
  ]);
  const text = allText(report);
  expect(text).toContain("胜利路街道建议优秀2名，优秀名额1名，超出1名；区人社局建议优秀1名，优秀名额0名，超出1名");
  expect(rowsOf(tableNamed(report, "领导班子建议等次"))[1]).toEqual(["全区领导班子", "3", "0", "3", "0", "0", "0"]);
  expect(text).toContain("建议“好”0个，占0/3（0.00%）；“好”名额0个（3个×30%=0.90，向下取整）");
});

test("the 考核情况报告 lists who receives no grade with the clause, and the special-report subjects", () => {
  const report = draft("考核情况报告.docx");
  const noGrade = rowsOf(tableNamed(report, "参加考核、不确定等次")).slice(1);
  expect(noGrade.map((r) => [r[0], r[3], r[4]])).toEqual([
    ["李娜", "不确定等次", "一.5"],
    ["冯雪", "由挂职（派出）单位考核", "一.4"],
    ["陈东", "按处分规定", "一.7"],
    ["王海", "兼职（在主职单位考核）", "一.1"],
  ]);
  expect(noGrade[3]?.[1]).toBe("区住建局");
  expect(headings(report)).toContain("（一）不参加考核（0个）");
  expect(rowsOf(tableNamed(report, "需写出专题考察报告")).slice(1)).toEqual([
    ["李娜", "胜利路街道", "副主任", "不确定等次（一.5）", "17/46（36.96%）", "3×17＝51＞46，超过三分之一"],
    ["陈东", "区人社局", "副局长", "按处分规定（一.7）", "12/35（34.29%）", "3×12＝36＞35，超过三分之一"],
  ]);
});

test("the 考核情况报告 lists every open error, with where to fix it", () => {
  const report = draft("考核情况报告.docx");
  const errors = result.findings.filter((f) => f.severity === "error");
  expect(errors).toHaveLength(4);
  const rows = rowsOf(tableNamed(report, "须改正的错误")).slice(1);
  expect(rows.map((r) => r[2])).toEqual(errors.map((f) => f.message));
  expect(rows.map((r) => r[3])).toEqual([
    "roster-sample.xlsx 名册 S3",
    "roster-sample.xlsx 名册 S8",
    "roster-sample.xlsx 名册 S10",
    "roster-sample.xlsx 名册 S11",
  ]);
  const warnings = result.findings.filter((f) => f.severity === "warning").length;
  expect(allText(report)).toContain(`审核发现错误4项，须在确定等次前改正。另有警告${warnings}项`);
});

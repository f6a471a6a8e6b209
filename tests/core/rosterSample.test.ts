import type { RosterRow } from "../../src/core/model/roster";
import { cadre, date, run, tally, team } from "./support";

/**
 * samples/roster-sample.xlsx (sheet 名册, header on row 2) as the reader hands it over: names
 * without spaces (钱\u3000红 → 钱红), 挂职起止时间 `2020.01-2020.09` split into two months.
 * Ballots: samples/ballots-long-sample.xlsx, matched by name and unit.
 */
const wangId = "410927198005055716";
const roster: RosterRow[] = [
  cadre(3, "赵文", "胜利路街道", { idNumber: "410927197304122531", proposedGrade: "优秀", reportChars: 2800 }),
  cadre(4, "钱红", "胜利路街道", { promotedOn: date("2020-03-18"), proposedGrade: "称职", reportChars: 3150 }),
  cadre(5, "孙立", "胜利路街道", { leaveDays: 45, retiredOn: date("2020-08-20"), proposedGrade: "称职" }),
  cadre(6, "李娜", "胜利路街道", { leaveDays: 200, reportChars: 1800 }),
  cadre(7, "周平", "胜利路街道", {
    transferredOn: date("2020-10-09"),
    transferredFrom: "区人社局",
    proposedGrade: "称职",
  }),
  cadre(8, "吴刚", "胜利路街道", { discipline: "2020年4月受政务警告处分", proposedGrade: "优秀" }),
  cadre(9, "郑洁", "区人社局", {
    promotedOn: date("2019-12-20"),
    probationEnds: date("2020-12-20"),
    proposedGrade: "称职",
  }),
  cadre(10, "王海", "区人社局", { idNumber: wangId, mainPost: true, proposedGrade: "优秀" }),
  cadre(11, "冯雪", "区人社局", {
    secondedTo: "省人社厅",
    secondedFrom: date("2020-01"),
    secondedUntil: date("2020-09"),
    proposedGrade: "称职",
  }),
  cadre(12, "陈东", "区人社局", { discipline: "立案审查调查中" }),
  cadre(13, "王海", "区住建局", { idNumber: wangId, mainPost: false, position: "党组书记（兼）" }),
  cadre(14, "褚明", "区住建局", { mainPost: true, proposedGrade: "称职" }),
  cadre(15, "卫琳", "区住建局", { proposedGrade: "称职" }),
  team(16, "胜利路街道", { proposedGrade: "较好", reportChars: 3600 }),
  team(17, "区人社局", { proposedGrade: "较好", reportChars: 3000 }),
  team(18, "区住建局", { proposedGrade: "较好", reportChars: 3200 }),
];

function row(n: number): RosterRow {
  const found = roster.find((r) => r.source.row === n);
  if (found === undefined) throw new Error(`no roster row ${n}`);
  return found;
}

const staff = { category: "干部职工代表", issued: 40, returned: 38, valid: 38 };
const members = { category: "班子成员" };
const tallies = [
  tally(row(3), 2, [6, 2, 0, 0], members),
  tally(row(3), 3, [25, 12, 1, 0], staff),
  tally(row(4), 4, [3, 5, 0, 0], members),
  tally(row(4), 5, [10, 26, 2, 0], staff),
  tally(row(5), 6, [1, 6, 1, 0], members),
  tally(row(5), 7, [4, 20, 8, 6], staff),
  tally(row(6), 8, [0, 2, 2, 4], members),
  tally(row(6), 9, [2, 14, 9, 13], staff),
  tally(row(7), 10, [2, 6, 0, 0], members),
  tally(row(7), 11, [9, 27, 2, 0], staff),
  tally(row(8), 12, [4, 4, 0, 0], members),
  tally(row(8), 13, [18, 18, 1, 0], { ...staff, abstain: 1 }),
  tally(row(16), 14, [30, 12, 4, 0], { category: "全体参评人员", issued: 48, returned: 46, valid: 46 }),
];

const assessment = run(roster, tallies);

function subject(n: number) {
  return assessment.subjects.find((s) => s.row.source.row === n);
}

test("each subject's status, clauses and cap follow DOMAIN.md", () => {
  const summary = assessment.subjects.map((s) => [s.row.source.row, s.row.name, s.status, s.clauses.join(" "), s.cap]);
  expect(summary).toEqual([
    [3, "赵文", "graded", "", null],
    [4, "钱红", "graded", "一.2", null],
    [5, "孙立", "unit_recommends", "一.6", null],
    [6, "李娜", "ungraded", "一.5", "none"],
    [7, "周平", "graded", "一.3", null],
    [8, "吴刚", "regulated", "一.7", "称职"],
    [9, "郑洁", "graded", "", null],
    [10, "王海", "graded", "一.1", null],
    [11, "冯雪", "assessed_elsewhere", "一.4", "none"],
    [12, "陈东", "regulated", "一.7", "none"],
    [13, "王海", "concurrent", "一.1", "none"],
    [14, "褚明", "graded", "", null],
    [15, "卫琳", "graded", "", null],
    [16, "领导班子", "graded", "", null],
    [17, "领导班子", "graded", "", null],
    [18, "领导班子", "graded", "", null],
  ]);
});

test("derived values: worked days, host days, effects, probation", () => {
  expect(subject(5)?.derived.workedDays).toBe(232);
  expect(subject(11)?.derived).toMatchObject({ hostDays: 274, assessingUnit: "省人社厅" });
  expect(subject(8)?.derived.effect).toBe("no_excellent");
  expect(subject(12)?.derived.effect).toBe("deferred");
  expect(subject(9)?.derived.probationDue).toBe(true);
  expect(assessment.subjects.filter((s) => s.derived.probationDue)).toHaveLength(1);
  expect(subject(10)?.derived).toMatchObject({ mainPost: "main", personRows: 2 });
});

test("李娜's 不称职 votes exceed one third: special report and both triggers", () => {
  expect(subject(6)?.votes).toMatchObject({ valid: 46, counts: [2, 16, 11, 17] });
  expect(subject(6)?.specialReport).toBe(true);
  expect(subject(6)?.reviewTriggers).toEqual(["low_approval", "high_disapproval"]);
  expect(assessment.subjects.filter((s) => s.specialReport)).toHaveLength(1);
});

test("quotas: 胜利路街道 and 区人社局 propose more 优秀 than allowed", () => {
  expect(
    assessment.units.map((u) => [u.unit, u.graded, u.theoretical, u.excellentQuota, u.excellentProposed, u.over]),
  ).toEqual([
    ["胜利路街道", 5, 1, 1, 2, true],
    ["区人社局", 2, 0.4, 0, 1, true],
    ["区住建局", 2, 0.4, 0, 0, false],
  ]);
  expect(assessment.teams).toEqual({ graded: 3, theoretical: 0.9, goodQuota: 0, goodProposed: 0, over: false });
});

test("the findings, in order, each at its cell", () => {
  // 冯雪 is assessed by 省人社厅, so the 称职 proposed here is not this unit's to give.
  const list = assessment.findings.map(
    (f) => `${f.severity} ${f.code} ${f.cell ?? ""} ${f.subject ?? f.subjectUnit ?? ""}`,
  );
  expect(list).toEqual([
    "error over_quota S3 胜利路街道",
    "error grade_not_allowed S8 吴刚",
    "error over_quota S10 区人社局",
    "error grade_not_allowed S11 冯雪",
    "warning report_too_long T4 钱红",
    "warning review_trigger B6 李娜",
    "warning review_trigger B6 李娜",
    "warning special_report B6 李娜",
    "warning ballots_missing B9 郑洁",
    "warning ballots_missing B10 王海",
    "warning assess_at_other_unit M11 冯雪",
    "warning ballots_missing B12 陈东",
    "warning ballots_missing B14 褚明",
    "warning ballots_missing B15 卫琳",
    "warning report_too_long T16 领导班子",
    "warning ballots_missing B17 领导班子",
    "warning ballots_missing B18 领导班子",
    "info note J4 钱红",
    "info note K7 周平",
  ]);
});

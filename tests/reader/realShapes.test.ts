import { readBallots, readRoster } from "../../src/core/reader";
import type { RosterRow } from "../../src/core/model/roster";
import { codesAt, readFixture, spelledSource } from "./support";

/** Workbooks shaped like real templates and exports (tests/fixtures/reader/realShapeCases.ts). */
async function rosterOf(name: string) {
  return readRoster((await readFixture(name)).grids);
}

const fieldsOf = (reading: Awaited<ReturnType<typeof rosterOf>>) =>
  Object.fromEntries((reading.mappings[0]?.columns ?? []).map((c) => [c.header, [c.field, c.confidence]]));

const dateOf = (d: RosterRow["promotedOn"]) => (d ? `${d.y}-${d.m}-${d.d ?? ""}` : null);

test("a cadre system's export: the combined column is split, 任现职时间 wins over 现职务始任时间, 是否正职 is no 是否主职", async () => {
  const reading = await rosterOf("roster-cadre-system-export.xlsx");
  const fields = fieldsOf(reading);
  expect(fields["姓名"]).toEqual(["name", "exact"]);
  expect(fields["所在单位及职务"]).toEqual(["unitPosition", "exact"]);
  expect(fields["任现职时间"]).toEqual(["promotedOn", "synonym"]);
  expect(fields["现职务始任时间"]).toEqual([null, null]);
  expect(fields["是否正职"]).toEqual([null, null]);
  expect(fields["专业技术职务"]).toEqual([null, null]);
  expect(fields["现职级始任时间"]).toEqual([null, null]);
  expect(reading.rows.map((r) => [r.name, r.unit, r.position, r.mainPost, dateOf(r.promotedOn)])).toEqual([
    ["赵文", "胜利路街道", "党工委书记", null, "2018-6-1"],
    ["钱红", "区委办公室", "副主任", null, "2020-3-15"],
    ["孙立", "区人社局", "党组书记、局长", null, "2019-11-1"],
    ["李明", "区人大常委会", "副主任", null, "2017-1-10"],
    ["周平", "区财政局", "局长", null, "2020-10-9"],
    ["吴刚", "区委", "常委、宣传部部长", null, "2019-6-1"],
  ]);
  // The unit of a split cell is found at that cell.
  expect(spelledSource(reading.rows[0]?.source)?.cells.unit).toBe("C2");
  const codes = codesAt(reading.findings);
  // 区委常委、宣传部部长 reads as 区委 | 常委… or 区委常委、宣传部 | 部长: reported, never silent.
  expect(codes).toContain("combined_split_uncertain@C7");
  expect(codes.filter((c) => c.startsWith("combined_split_uncertain"))).toHaveLength(1);
  // Every column not read is accounted for, once, at its header cell.
  const unused = reading.findings.filter((f) => f.code === "column_unused");
  expect(unused.map((f) => f.cell)).toEqual(
    ["A1", "D1", "E1", "F1", "G1", "H1", "I1", "K1", "L1", "M1", "N1", "O1", "Q1", "R1", "S1", "T1"].sort(byCell),
  );
  expect(unused.every((f) => f.severity === "info")).toBe(true);
  expect(unused.find((f) => f.cell === "Q1")?.message).toContain("已取自P列“任现职时间”");
});

function byCell(a: string, b: string): number {
  return a.length - b.length || a.localeCompare(b);
}

test("an import template: instructions are never people, qualifiers stay apart, real names of real systems are read", async () => {
  const reading = await rosterOf("roster-import-template-with-instructions.xlsx");
  const fields = fieldsOf(reading);
  expect(fields["*单位简称"]).toEqual(["unit", "synonym"]);
  expect(fields["职务（主职）"]).toEqual(["position", "keyword"]);
  expect(fields["职务（兼职1）"]).toEqual([null, null]);
  expect(fields["是否主职"]).toEqual(["mainPost", "exact"]);
  expect(fields["现职时间"]).toEqual(["promotedOn", "synonym"]);
  expect(fields["考核推荐等次"]).toEqual(["proposedGrade", "synonym"]);
  expect(fields["受处分"]).toEqual(["discipline", "synonym"]);
  expect(reading.mappings[0]?.headerRows).toEqual([2]);
  expect(
    reading.rows.map((r) => [
      r.name,
      r.unit,
      r.position,
      r.mainPost,
      dateOf(r.promotedOn),
      r.proposedGrade,
      r.discipline,
    ]),
  ).toEqual([
    ["郑洁", "区人社局", "副局长", true, "2020-1-", "优秀", "无"],
    ["冯雪", "区人社局", "局长", true, "2016-8-", "称职", "2020年3月受党内警告处分"],
    ["陈东", "区住建局", "副局长", false, "2019-12-", "称职", null],
  ]);
  // No note became a subject, and the notes gave one information finding between them.
  expect(reading.rows.every((r) => r.name.length <= 4)).toBe(true);
  expect(codesAt(reading.findings)).toEqual(["header_found@A2", "column_synonym@C2", "column_unused@E2", "note@B6"]);
  expect(reading.findings.find((f) => f.code === "note")).toMatchObject({ severity: "info" });
  expect(reading.findings.every((f) => f.subject === undefined)).toBe(true);
});

test("a roster with 工作单位及职务 and team rows: units known from the team rows split the cadres' cells", async () => {
  const reading = await rosterOf("roster-combined-unit-position.xlsx");
  const fields = fieldsOf(reading);
  expect(fields["工作单位及职务"]).toEqual(["unitPosition", "synonym"]);
  expect(fields["任职日期"]).toEqual(["promotedOn", "synonym"]);
  expect(fields["奖惩情况"]).toEqual(["discipline", "keyword"]);
  expect(fields["拟定等次"]).toEqual(["proposedGrade", "synonym"]);
  expect(reading.rows.map((r) => [r.name, r.unit, r.position, r.kind, r.proposedGrade])).toEqual([
    ["胜利路街道领导班子", "胜利路街道", null, "team", "好"],
    ["赵文", "胜利路街道", "党工委书记", "cadre", "优秀"],
    // 胜利路街道办事处 would end like a unit too; the team row says the unit is 胜利路街道.
    ["钱红", "胜利路街道", "办事处主任", "cadre", "称职"],
    ["区人社局领导班子", "区人社局", null, "team", "较好"],
    ["孙立", "区人社局", "局长", "cadre", "称职"],
    ["李明", "综合行政执法", null, "cadre", "称职"],
  ]);
  expect(reading.rows.map((r) => r.discipline)).toEqual([
    null,
    "2019年度嘉奖",
    null,
    null,
    "2020年6月受诫勉谈话",
    null,
  ]);
  expect(codesAt(reading.findings)).toEqual(["header_found@A2", "column_synonym@C2", "combined_split_uncertain@C8"]);
  const uncertain = reading.findings[2];
  expect(uncertain).toMatchObject({ severity: "warning", subject: "李明" });
  expect(uncertain?.message).toContain("综合行政执法");
  expect(reading.findings[1]?.message).toContain("“奖惩情况”作“处分情况（按关键词）”");
});

test("an organ's roster: 所在处室 is the unit, 现职务始任时间 the time in post, 受处分情况 the discipline", async () => {
  const reading = await rosterOf("roster-department-units.xlsx");
  expect(reading.rows.map((r) => [r.name, r.unit, r.position, r.mainPost, dateOf(r.promotedOn), r.discipline])).toEqual(
    [
      ["王海", "办公室", "主任", null, "2020-7-", null],
      ["褚明", "组织科", "副科长", null, "2019-2-", "2020年受党内严重警告处分"],
    ],
  );
  expect(codesAt(reading.findings)).toEqual(["column_synonym@B1", "column_unused@D1", "column_unused@H1"]);
});

test("a table of scores and ranks handed in as ballots is named as such, with its header row and columns", async () => {
  const { grids } = await readFixture("ballots-score-rank.xlsx");
  const { tallies, findings } = readBallots(grids, { teamLevelSet: "hao" });
  expect(tallies).toEqual([]);
  expect(codesAt(findings)).toEqual(["header_not_found@A1"]);
  expect(findings[0]?.severity).toBe("error");
  expect(findings[0]?.message).toContain("工作表“测评结果”第2行是测评得分或排名表");
  expect(findings[0]?.message).toContain("测评分数、班子内排名、总排名");
  expect(findings[0]?.message).toContain("缺少各等次的票数列");
});

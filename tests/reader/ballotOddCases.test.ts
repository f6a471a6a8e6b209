import { readBallots } from "../../src/core/reader";
import { codesAt, readFixture, spelledSource, tallyFigures } from "./support";

async function ballotsOf(name: string) {
  return readBallots((await readFixture(name)).grids, { teamLevelSet: "hao" });
}

test("long tally: subtotal, total, note, signature, blank and repeated header rows are not data", async () => {
  const { tallies, findings, mappings } = await ballotsOf("ballots-long-totals.xlsx");
  expect(
    tallies.map((t) => [t.source.row, t.subjectName, t.category, t.issued, t.returned, t.valid, t.counts, t.abstain]),
  ).toEqual([
    [3, "赵文", "班子成员", 8, 8, 8, [6, 2, 0, 0], 0],
    [4, "赵文", "干部职工代表", 40, 38, 38, [25, 12, 1, 0], 0],
    [6, "钱红", "班子成员", 8, 8, null, [3, 5, 0, 0], 0],
    [9, "孙立", "班子成员", 8, 8, 8, [1, 6, 1, 0], 0],
  ]);
  expect(mappings[0]?.dataRows).toEqual([3, 9]);
  // The name merged over two category rows names both; its cell is the merge's top-left.
  expect(tallies[1]?.source.cells.name).toBe("A3");
  expect(tallies[1]?.subjectUnit).toBe("胜利路街道");
  expect(codesAt(findings)).toEqual(["header_found@A2", "count_invalid@F6"]);
  expect(findings[1]).toMatchObject({ severity: "error", subject: "钱红", subjectUnit: "胜利路街道" });
  expect(findings[1]?.message).toContain("十二");
});

test("long tally with items and expected attendance: cadre rows read the cadre levels, teams the team levels", async () => {
  const { tallies, findings } = await ballotsOf("ballots-long-items.xlsx");
  expect(
    tallies.map((t) => [t.subjectName, t.isTeam, t.item, t.expected, t.issued, t.valid, t.counts, t.abstain]),
  ).toEqual([
    ["赵文", false, "德", 9, 8, 8, [6, 2, 0, 0], 0],
    ["赵文", false, "综合评价", 9, 8, 8, [5, 3, 0, 0], 0],
    ["领导班子", true, "综合评价", 9, 8, 8, [4, 3, 1, 0], 0],
  ]);
  expect(spelledSource(tallies[2]?.source)?.cells).toMatchObject({
    expected: "E4",
    level0: "M4",
    level3: "P4",
    abstain: "Q4",
  });
  expect(findings).toEqual([]);
});

test("wide tally: 发出/收回/有效 per category, a 合计 group left out, a team under cadre headers", async () => {
  const { tallies, findings, mappings } = await ballotsOf("ballots-wide-leaves.xlsx");
  expect(
    tallies.map((t) => [t.subjectName, t.subjectUnit, t.isTeam, t.category, t.issued, t.returned, t.valid, t.counts]),
  ).toEqual([
    ["赵文", "胜利路街道", false, "班子成员", 8, 8, 8, [6, 2, 0, 0]],
    ["赵文", "胜利路街道", false, "干部职工代表", 40, 38, 38, [25, 12, 1, 0]],
    ["胜利路街道领导班子", "胜利路街道", true, "班子成员", 8, 8, 8, [5, 3, 0, 0]],
    ["胜利路街道领导班子", "胜利路街道", true, "干部职工代表", 40, 38, 37, [20, 15, 2, 0]],
    // 钱红 has no 干部职工代表 figures at all: that category did not evaluate her.
    ["钱红", "胜利路街道", false, "班子成员", 8, 8, 8, [3, 5, 0, 0]],
  ]);
  expect(spelledSource(tallies[3]?.source)?.cells).toMatchObject({
    category: "J1",
    issued: "J4",
    valid: "L4",
    level0: "M4",
    level3: "P4",
  });
  const totals = mappings[0]?.columns.filter((c) => c.group === "合计");
  expect(totals?.map((c) => c.field)).toEqual([null, null, null, null]);
  expect(codesAt(findings)).toEqual(["column_synonym@C2"]);
});

test("wide tally of teams under team level headers, with one note for every category and no merges", async () => {
  const { tallies, findings, mappings } = await ballotsOf("ballots-wide-team-levels.xlsx");
  expect(mappings[0]?.headerRows).toEqual([2, 3]);
  expect(
    tallies.map((t) => [t.subjectName, t.subjectUnit, t.category, t.issued, t.returned, t.valid, t.counts]),
  ).toEqual([
    ["领导班子", "区人社局", "班子成员", 40, 38, 38, [20, 15, 3, 0]],
    ["领导班子", "区人社局", "服务对象", 40, 38, 38, [10, 20, 6, 2]],
  ]);
  expect(tallies[1]?.source.cells).toMatchObject({ category: "G2", issued: "A1", returned: "A1", valid: "A1" });
  expect(codesAt(findings)).toEqual(["header_found@A2"]);
});

test("raw ballots: marks of every kind, an unrecognised mark invalidates that paper for that subject only", async () => {
  const { tallies, findings } = await ballotsOf("ballots-raw-category.xlsx");
  expect(tallies.map(tallyFigures)).toEqual([
    ["褚明", "区住建局", false, "班子成员", 3, 3, 2, [2, 0, 0, 0], 0],
    ["褚明", "区住建局", false, "干部职工代表", 3, 3, 3, [0, 0, 0, 2], 1],
    ["卫琳", null, false, "班子成员", 3, 3, 3, [0, 2, 1, 0], 0],
    ["卫琳", null, false, "干部职工代表", 3, 3, 3, [0, 1, 0, 0], 2],
    ["区住建局领导班子", "区住建局", true, "班子成员", 3, 3, 3, [1, 1, 1, 0], 0],
    ["区住建局领导班子", "区住建局", true, "干部职工代表", 3, 3, 3, [0, 1, 0, 1], 1],
  ]);
  expect(tallies.every((t) => t.source.row === 2 && t.source.cells.category === "B2")).toBe(true);
  expect(tallies[4]?.source.cells.name).toBe("E2");
  expect(codesAt(findings)).toEqual(["header_found@A2", "count_invalid@C5"]);
  expect(findings[1]).toMatchObject({ severity: "error", subject: "褚明" });
});

test("a team's raw marks are read through the rules' team level set", async () => {
  const workbook = await readFixture("ballots-raw-category.xlsx");
  const { tallies, findings } = readBallots(workbook.grids, { teamLevelSet: "youxiu" });
  const team = tallies.filter((t) => t.isTeam);
  // 好 / 较好 are no 优秀 / 良好 / 一般 / 较差 marks; 一 is 一般 and 较 is 较差 in that set.
  expect(team.map((t) => [t.category, t.valid, t.counts])).toEqual([
    ["班子成员", 1, [0, 0, 1, 0]],
    ["干部职工代表", 2, [0, 0, 0, 1]],
  ]);
  expect(codesAt(findings.filter((f) => f.subject === "区住建局领导班子"))).toEqual([
    "count_invalid@E3",
    "count_invalid@E4",
    "count_invalid@E6",
  ]);
});

test("a roster workbook given as ballots has no ballot sheet: one error", async () => {
  const { tallies, findings } = readBallots((await readFixture("roster-match.xlsx")).grids, { teamLevelSet: "hao" });
  expect(tallies).toEqual([]);
  expect(codesAt(findings)).toEqual(["header_not_found@A1"]);
  expect(findings[0]?.severity).toBe("error");
});

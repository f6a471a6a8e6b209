import { blankRosterRow } from "../../src/core/model/roster";
import type { TallyRow } from "../../src/core/model/tally";
import { matchSubjects, readBallots, readRoster } from "../../src/core/reader";
import { codesAt, readFixture } from "./support";

async function matchFixtures() {
  const roster = readRoster((await readFixture("roster-match.xlsx")).grids).rows;
  const ballots = readBallots((await readFixture("ballots-match.xlsx")).grids, { teamLevelSet: "hao" });
  return matchSubjects(roster, ballots.tallies);
}

test("names and units match tolerant of spacing; ambiguity and unknown names are findings, never guesses", async () => {
  const { tallies, findings } = await matchFixtures();
  expect(tallies.map((t) => [t.source.sheet, t.subjectName, t.subjectUnit, t.subjectId])).toEqual([
    ["测评", "张三", null, null],
    ["测评", "李四", null, "R3"],
    ["测评", "王五", null, null],
    ["测评", "区人社局领导班子", "区人社局", "R4"],
    ["测评", "领导班子", null, null],
    ["分单位", "张三", "区住建局", "R2"],
    // 人社局 is part of exactly one roster unit's name.
    ["分单位", "张三", "人社局", "R1"],
    ["分单位", "张三", "区财政局", null],
    ["分单位", "领导班子", "区住建局", "R5"],
  ]);
  expect(findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([
    ["subject_ambiguous", "测评", "A2"],
    ["subject_unknown", "测评", "A4"],
    ["subject_ambiguous", "测评", "A6"],
    ["subject_unknown", "分单位", "A4"],
  ]);
  expect(findings[0]?.message).toContain("区人社局、区住建局");
  expect(findings[3]).toMatchObject({
    severity: "error",
    subject: "张三",
    subjectUnit: "区财政局",
    file: "ballots-match.xlsx",
  });
  expect(findings[3]?.message).toContain("区人社局、区住建局");
});

function tally(id: string, subjectName: string, subjectUnit: string | null, category: string): TallyRow {
  return {
    id,
    layout: "raw",
    source: { file: "raw.xlsx", sheet: "服务对象", row: 1, cells: { name: "B1" } },
    subjectName,
    subjectUnit,
    isTeam: false,
    category,
    item: null,
    expected: null,
    issued: 3,
    returned: 3,
    valid: 3,
    counts: [1, 1, 1, 0],
    abstain: 0,
    subjectId: null,
  };
}

test("one subject in several categories of a raw sheet is reported once at its header", () => {
  const roster = [blankRosterRow("R1", "褚明", "区住建局")];
  const { tallies, findings } = matchSubjects(roster, [
    tally("T1", "王五", null, "班子成员"),
    tally("T2", "王五", null, "服务对象"),
    tally("T3", "褚明", null, "服务对象"),
  ]);
  expect(tallies.map((t) => t.subjectId)).toEqual([null, null, "R1"]);
  expect(codesAt(findings)).toEqual(["subject_unknown@B1"]);
});

test("a cadre never matches a team row, nor a team a cadre", () => {
  const roster = [blankRosterRow("R1", "领导班子", "区住建局", "team"), blankRosterRow("R2", "张三", "区住建局")];
  const { tallies } = matchSubjects(roster, [
    { ...tally("T1", "领导班子", "区住建局", "班子成员"), isTeam: true },
    tally("T2", "张三", "区住建局", "班子成员"),
  ]);
  expect(tallies.map((t) => t.subjectId)).toEqual(["R1", "R2"]);
});

test("a roster without units still matches unique names; a shared name stays ambiguous", () => {
  const roster = [blankRosterRow("R1", "褚明", ""), blankRosterRow("R2", "卫琳", ""), blankRosterRow("R3", "卫琳", "")];
  const { tallies, findings } = matchSubjects(roster, [
    tally("T1", "褚明", "区住建局", "班子成员"),
    tally("T2", "卫琳", "区住建局", "班子成员"),
  ]);
  expect(tallies.map((t) => t.subjectId)).toEqual(["R1", null]);
  expect(codesAt(findings)).toEqual(["subject_ambiguous@B1"]);
});

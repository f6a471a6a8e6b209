import { blankRosterRow, type RosterRow } from "../../src/core/model/roster";
import { matchSubjects, readBallots, readRoster } from "../../src/core/reader";
import { sampleRosterCells } from "../fixtures/sampleRosterColumns";
import { codesAt, readSample, spelledSource } from "./support";

async function sampleRoster() {
  return readRoster((await readSample("roster-sample.xlsx")).grids);
}

async function sampleBallots(name: string) {
  return readBallots((await readSample(name)).grids, { teamLevelSet: "hao" });
}

/** The expected row: a blank row with the sample's values, read from the cells of its sheet row. */
function expectedRow(id: string, row: number, fields: Partial<RosterRow>): RosterRow {
  const base = blankRosterRow(id, fields.name ?? "", fields.unit ?? "", fields.kind ?? "cadre");
  const cells = sampleRosterCells(row);
  if (fields.secondedFrom) cells.secondedFrom = `N${row}`;
  if (fields.secondedUntil) cells.secondedUntil = `N${row}`;
  return { ...base, ...fields, source: { file: "roster-sample.xlsx", sheet: "名册", row, cells } };
}

function cadre(
  name: string,
  unit: string,
  position: string,
  idNumber: string,
  born: [number, number, number],
): Partial<RosterRow> {
  return { name, unit, position, idNumber, birthDate: { y: born[0], m: born[1], d: born[2] } };
}

test("roster sample: every row, value and source cell", async () => {
  const { rows, findings, yearHint, mappings } = await sampleRoster();
  expect(rows.map((row) => ({ ...row, source: spelledSource(row.source) }))).toEqual([
    expectedRow("R1", 3, {
      ...cadre("赵文", "胜利路街道", "党工委书记", "410927197304122531", [1973, 4, 12]),
      proposedGrade: "优秀",
      reportChars: 2800,
    }),
    expectedRow("R2", 4, {
      ...cadre("钱红", "胜利路街道", "办事处主任", "410927198209303064", [1982, 9, 30]),
      promotedOn: { y: 2020, m: 3, d: 18 },
      proposedGrade: "称职",
      reportChars: 3150,
    }),
    expectedRow("R3", 5, {
      ...cadre("孙立", "胜利路街道", "副主任", "410927196802023590", [1968, 2, 2]),
      leaveDays: 45,
      retiredOn: { y: 2020, m: 8, d: 20 },
      proposedGrade: "称职",
      reportChars: 2000,
    }),
    expectedRow("R4", 6, {
      ...cadre("李娜", "胜利路街道", "副主任", "410927198506064127", [1985, 6, 6]),
      leaveDays: 200,
      reportChars: 1800,
    }),
    expectedRow("R5", 7, {
      ...cadre("周平", "胜利路街道", "纪工委书记", "410927197911114656", [1979, 11, 11]),
      transferredOn: { y: 2020, m: 10, d: 9 },
      transferredFrom: "区人社局",
      proposedGrade: "称职",
      reportChars: 2500,
    }),
    expectedRow("R6", 8, {
      ...cadre("吴刚", "胜利路街道", "武装部长", "410927197601255189", [1976, 1, 25]),
      discipline: "2020年4月受政务警告处分",
      proposedGrade: "优秀",
      reportChars: 2400,
    }),
    expectedRow("R7", 9, {
      ...cadre("郑洁", "区人社局", "副局长", "410927198812015710", [1988, 12, 1]),
      promotedOn: { y: 2019, m: 12, d: 20 },
      probationEnds: { y: 2020, m: 12, d: 20 },
      proposedGrade: "称职",
      reportChars: 2100,
    }),
    expectedRow("R8", 10, {
      ...cadre("王海", "区人社局", "局长", "410927198005055716", [1980, 5, 5]),
      mainPost: true,
      proposedGrade: "优秀",
      reportChars: 2900,
    }),
    expectedRow("R9", 11, {
      ...cadre("冯雪", "区人社局", "副局长", "410927198403156774", [1984, 3, 15]),
      secondedTo: "省人社厅",
      secondedFrom: { y: 2020, m: 1, d: null },
      secondedUntil: { y: 2020, m: 9, d: null },
      proposedGrade: "称职",
      reportChars: 2200,
    }),
    expectedRow("R10", 12, {
      ...cadre("陈东", "区人社局", "副局长", "410927197507077304", [1975, 7, 7]),
      discipline: "立案审查调查中",
      reportChars: 2600,
    }),
    expectedRow("R11", 13, {
      ...cadre("王海", "区住建局", "党组书记（兼）", "410927198005055716", [1980, 5, 5]),
      mainPost: false,
    }),
    expectedRow("R12", 14, {
      ...cadre("褚明", "区住建局", "局长", "410927197208088361", [1972, 8, 8]),
      mainPost: true,
      proposedGrade: "称职",
      reportChars: 2700,
    }),
    expectedRow("R13", 15, {
      ...cadre("卫琳", "区住建局", "副局长", "410927198610108898", [1986, 10, 10]),
      proposedGrade: "称职",
      reportChars: 2300,
    }),
    expectedRow("R14", 16, {
      name: "领导班子",
      unit: "胜利路街道",
      kind: "team",
      position: "党工委领导班子",
      proposedGrade: "较好",
      reportChars: 3600,
    }),
    expectedRow("R15", 17, {
      name: "领导班子",
      unit: "区人社局",
      kind: "team",
      position: "局党组领导班子",
      proposedGrade: "较好",
      reportChars: 3000,
    }),
    expectedRow("R16", 18, {
      name: "领导班子",
      unit: "区住建局",
      kind: "team",
      position: "局党组领导班子",
      proposedGrade: "较好",
      reportChars: 3200,
    }),
  ]);
  expect(yearHint).toBe(2020);
  expect(codesAt(findings)).toEqual(["header_found@A2", "column_synonym@D2", "column_unused@C2"]);
  expect(findings[1]?.message).toContain("“问责情况”作“处分情况”");
  // 性别 is the one column the review does not need: accounted for as unused, at its header.
  expect(findings[2]?.message).toContain("“性别”列未使用");
  expect(mappings).toHaveLength(1);
  expect(mappings[0]?.headerRows).toEqual([2]);
  expect(mappings[0]?.dataRows).toEqual([3, 18]);
  expect(mappings[0]?.columns.filter((c) => c.field === null).map((c) => c.header)).toEqual(["序号", "性别"]);
});

const LONG_ROWS: Array<[string, string, number, number, number, number[], number]> = [
  ["赵文", "班子成员", 8, 8, 8, [6, 2, 0, 0], 0],
  ["赵文", "干部职工代表", 40, 38, 38, [25, 12, 1, 0], 0],
  ["钱红", "班子成员", 8, 8, 8, [3, 5, 0, 0], 0],
  ["钱红", "干部职工代表", 40, 38, 38, [10, 26, 2, 0], 0],
  ["孙立", "班子成员", 8, 8, 8, [1, 6, 1, 0], 0],
  ["孙立", "干部职工代表", 40, 38, 38, [4, 20, 8, 6], 0],
  ["李娜", "班子成员", 8, 8, 8, [0, 2, 2, 4], 0],
  ["李娜", "干部职工代表", 40, 38, 38, [2, 14, 9, 13], 0],
  ["周平", "班子成员", 8, 8, 8, [2, 6, 0, 0], 0],
  ["周平", "干部职工代表", 40, 38, 38, [9, 27, 2, 0], 0],
  ["吴刚", "班子成员", 8, 8, 8, [4, 4, 0, 0], 0],
  ["吴刚", "干部职工代表", 40, 38, 38, [18, 18, 1, 0], 1],
  ["领导班子", "全体参评人员", 48, 46, 46, [30, 12, 4, 0], 0],
];

test("long ballots sample: one tally per row, the team under cadre headers read in order", async () => {
  const { tallies, findings, mappings } = await sampleBallots("ballots-long-sample.xlsx");
  expect(findings).toEqual([]);
  expect(mappings[0]?.role).toBe("ballots-long");
  expect(tallies.map((t) => [t.subjectName, t.category, t.issued, t.returned, t.valid, t.counts, t.abstain])).toEqual(
    LONG_ROWS,
  );
  expect(tallies.every((t) => t.layout === "long" && t.subjectUnit === "胜利路街道" && t.expected === null)).toBe(true);
  expect(tallies.map((t) => t.id)).toEqual(LONG_ROWS.map((_, i) => `T${i + 1}`));
  const team = tallies[12];
  expect(team?.isTeam).toBe(true);
  expect(spelledSource(team?.source)).toEqual({
    file: "ballots-long-sample.xlsx",
    sheet: "民主测评",
    row: 14,
    cells: {
      name: "A14",
      unit: "B14",
      category: "C14",
      issued: "D14",
      returned: "E14",
      valid: "F14",
      level0: "G14",
      level1: "H14",
      level2: "I14",
      level3: "J14",
      abstain: "K14",
    },
  });
});

test("wide ballots sample: categories from the merged group cells, counts from the note above", async () => {
  const { tallies, findings, mappings } = await sampleBallots("ballots-wide-sample.xlsx");
  expect(codesAt(findings)).toEqual(["header_found@A3"]);
  expect(mappings[0]?.headerRows).toEqual([3, 4]);
  expect(mappings[0]?.columns.map((c) => [c.cell, c.group, c.field])).toEqual([
    ["A3", null, null],
    ["B3", null, "unit"],
    ["C3", null, "name"],
    ["D4", "班子成员", "level0"],
    ["E4", "班子成员", "level1"],
    ["F4", "班子成员", "level2"],
    ["G4", "班子成员", "level3"],
    ["H4", "干部职工代表", "level0"],
    ["I4", "干部职工代表", "level1"],
    ["J4", "干部职工代表", "level2"],
    ["K4", "干部职工代表", "level3"],
  ]);
  expect(
    tallies.map((t) => [t.subjectName, t.subjectUnit, t.category, t.issued, t.returned, t.valid, t.counts]),
  ).toEqual([
    ["王海", "区人社局", "班子成员", 6, 6, 6, [5, 1, 0, 0]],
    ["王海", "区人社局", "干部职工代表", 30, 29, 29, [20, 9, 0, 0]],
    ["郑洁", "区人社局", "班子成员", 6, 6, 6, [2, 4, 0, 0]],
    ["郑洁", "区人社局", "干部职工代表", 30, 29, 29, [9, 18, 2, 0]],
    ["冯雪", "区人社局", "班子成员", 6, 6, 6, [1, 5, 0, 0]],
    ["冯雪", "区人社局", "干部职工代表", 30, 29, 29, [6, 20, 3, 0]],
    ["陈东", "区人社局", "班子成员", 6, 6, 6, [0, 3, 1, 2]],
    ["陈东", "区人社局", "干部职工代表", 30, 29, 29, [1, 12, 6, 10]],
    ["褚明", "区住建局", "班子成员", 6, 6, 6, [4, 2, 0, 0]],
    ["褚明", "区住建局", "干部职工代表", 30, 29, 29, [15, 14, 0, 0]],
    ["卫琳", "区住建局", "班子成员", 6, 6, 6, [3, 3, 0, 0]],
    ["卫琳", "区住建局", "干部职工代表", 30, 29, 29, [12, 16, 1, 0]],
    ["王海", "区住建局", "班子成员", 6, 6, 6, [2, 4, 0, 0]],
    ["王海", "区住建局", "干部职工代表", 30, 29, 29, [10, 19, 0, 0]],
  ]);
  expect(spelledSource(tallies[13]?.source)).toEqual({
    file: "ballots-wide-sample.xlsx",
    sheet: "区直单位",
    row: 11,
    cells: {
      name: "C11",
      unit: "B11",
      category: "H3",
      issued: "A2",
      returned: "A2",
      valid: "A2",
      level0: "H11",
      level1: "I11",
      level2: "J11",
      level3: "K11",
    },
  });
});

test("raw ballots sample: marks counted per subject, a blank is an abstention, the sheet names the category", async () => {
  const { tallies, findings, mappings } = await sampleBallots("ballots-raw-sample.xlsx");
  expect(findings).toEqual([]);
  expect(mappings[0]?.role).toBe("ballots-raw");
  expect(mappings[0]?.columns.map((c) => [c.cell, c.field, c.confidence])).toEqual([
    ["A1", null, null],
    ["B1", "褚明", "positional"],
    ["C1", "卫琳", "positional"],
  ]);
  expect(
    tallies.map((t) => [
      t.id,
      t.layout,
      t.subjectName,
      t.subjectUnit,
      t.category,
      t.issued,
      t.returned,
      t.valid,
      t.counts,
      t.abstain,
    ]),
  ).toEqual([
    ["T1", "raw", "褚明", null, "服务对象", 6, 6, 6, [5, 1, 0, 0], 0],
    ["T2", "raw", "卫琳", null, "服务对象", 6, 6, 6, [1, 3, 1, 0], 1],
  ]);
  expect(tallies[1]?.source.row).toBe(1);
  expect(spelledSource(tallies[1]?.source)?.cells).toMatchObject({ name: "C1", valid: "C1" });
});

test("every sample ballot matches its roster subject: spaced names, concurrent posts and teams", async () => {
  const roster = (await sampleRoster()).rows;
  const matched: Array<[string, string | null]> = [];
  for (const name of ["ballots-long-sample.xlsx", "ballots-wide-sample.xlsx", "ballots-raw-sample.xlsx"]) {
    const { tallies, findings } = matchSubjects(roster, (await sampleBallots(name)).tallies);
    expect(findings).toEqual([]);
    matched.push(
      ...tallies.map((t): [string, string | null] => [`${t.subjectName}@${t.subjectUnit ?? ""}`, t.subjectId]),
    );
  }
  const ids = Object.fromEntries(matched);
  expect(ids).toEqual({
    "赵文@胜利路街道": "R1",
    "钱红@胜利路街道": "R2",
    "孙立@胜利路街道": "R3",
    "李娜@胜利路街道": "R4",
    "周平@胜利路街道": "R5",
    "吴刚@胜利路街道": "R6",
    "领导班子@胜利路街道": "R14",
    "王海@区人社局": "R8",
    "郑洁@区人社局": "R7",
    "冯雪@区人社局": "R9",
    "陈东@区人社局": "R10",
    "褚明@区住建局": "R12",
    "卫琳@区住建局": "R13",
    "王海@区住建局": "R11",
    "褚明@": "R12",
    "卫琳@": "R13",
  });
});

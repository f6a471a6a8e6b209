import { classifySheet, matchSubjects, readBallots, readRoster } from "../../src/core/reader";
import type { TallyRow } from "../../src/core/model/tally";
import { codesAt, grid, readFixture, readSample, tallyFigures } from "./support";

async function ballotsOf(name: string, teamLevelSet: "hao" | "youxiu" = "hao") {
  return readBallots((await readFixture(name)).grids, { teamLevelSet });
}

/** The overall tallies (item null) as [subject, unit, team?, category, issued, returned, valid, counts, abstain]. */
function overall(tallies: readonly TallyRow[]) {
  return tallies.filter((t) => t.item === null).map(tallyFigures);
}

// The votes written in tests/fixtures/reader/perBallotCases.ts, counted by hand from its mark strings.
const EXPORT_VOTES = [
  ["赵文", "胜利路街道", false, "班子成员", 8, 8, 8, [6, 2, 0, 0], 0],
  ["赵文", "胜利路街道", false, "干部职工代表", 12, 12, 12, [8, 3, 1, 0], 0],
  ["钱红", "胜利路街道", false, "班子成员", 8, 8, 8, [1, 6, 1, 0], 0],
  ["钱红", "胜利路街道", false, "干部职工代表", 12, 12, 12, [2, 8, 1, 1], 0],
  ["褚明", "区住建局", false, "班子成员", 8, 8, 8, [8, 0, 0, 0], 0],
  ["褚明", "区住建局", false, "干部职工代表", 12, 12, 12, [10, 2, 0, 0], 0],
  ["领导班子", "胜利路街道", true, "班子成员", 8, 8, 8, [6, 2, 0, 0], 0],
  ["领导班子", "胜利路街道", true, "干部职工代表", 12, 12, 12, [7, 3, 1, 1], 0],
];

test("an e-ballot export is a per-ballot sheet; raw ballots, tallies and rosters keep their roles", async () => {
  const roles = [];
  for (const name of [
    "ballots-perballot-export.xlsx",
    "ballots-perballot-letters.xlsx",
    "ballots-perballot-flaws.xlsx",
  ]) {
    roles.push(...(await readFixture(name)).grids.map(classifySheet));
  }
  expect(roles).toEqual(Array(4).fill("ballots-perballot"));
  const samples = [];
  for (const name of ["roster-sample.xlsx", "ballots-long-sample.xlsx", "ballots-raw-sample.xlsx"]) {
    samples.push(...(await readSample(name)).grids.map(classifySheet));
  }
  expect(samples).toEqual(["roster", "ballots-long", "ballots-raw"]);
  expect((await readFixture("ballots-raw-category.xlsx")).grids.map(classifySheet)).toEqual(["ballots-raw"]);
  expect((await readFixture("ballots-long-items.xlsx")).grids.map(classifySheet)).toEqual(["ballots-long"]);
});

test("a roster whose names repeat (teams, concurrent posts) and which has a column of grades stays a roster", () => {
  const teams = grid([
    ["姓名", "单位", "上年度考核等次"],
    ["领导班子", "胜利路街道", "好"],
    ["领导班子", "区人社局", "较好"],
    ["领导班子", "区住建局", "好"],
    ["王海", "区人社局", "优秀"],
    ["王海", "区住建局", "优秀"],
  ]);
  expect(classifySheet(teams)).toBe("roster");
});

test("a per-ballot sheet without a unit column was raw ballots with 德 能 勤 as people; it is per ballot now", () => {
  const rows = [["测评人", "被测评人", "整体评价", "德", "能", "勤"]];
  for (const who of ["甲", "乙", "丙"])
    for (const name of ["赵文", "钱红"]) rows.push([who, name, "优秀", "优秀", "称职", "优秀"]);
  const sheet = grid(rows, { sheet: "服务对象" });
  expect(classifySheet(sheet)).toBe("ballots-perballot");
  const { tallies, findings } = readBallots([sheet], { teamLevelSet: "hao" });
  expect(new Set(tallies.map((t) => t.subjectName))).toEqual(new Set(["赵文", "钱红"]));
  expect(tallies.map((t) => [t.subjectName, t.item, t.category, t.valid, t.counts])).toEqual([
    ["赵文", null, "服务对象", 3, [3, 0, 0, 0]],
    ["赵文", "德", "服务对象", 3, [3, 0, 0, 0]],
    ["赵文", "能", "服务对象", 3, [0, 3, 0, 0]],
    ["赵文", "勤", "服务对象", 3, [3, 0, 0, 0]],
    ["钱红", null, "服务对象", 3, [3, 0, 0, 0]],
    ["钱红", "德", "服务对象", 3, [3, 0, 0, 0]],
    ["钱红", "能", "服务对象", 3, [0, 3, 0, 0]],
    ["钱红", "勤", "服务对象", 3, [3, 0, 0, 0]],
  ]);
  expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
});

test("e-ballot export: 4 subjects × 20 evaluators read to exactly the votes cast, items as items", async () => {
  const { tallies, findings, mappings } = await ballotsOf("ballots-perballot-export.xlsx");
  expect(overall(tallies)).toEqual(EXPORT_VOTES);
  expect(mappings).toHaveLength(1);
  expect(mappings[0]).toMatchObject({ role: "ballots-perballot", headerRows: [2], dataRows: [3, 82] });
  expect(mappings[0]?.columns.map((c) => [c.header, c.field])).toEqual([
    ["序号", null],
    ["测评码", "evaluator"],
    ["评价主体", "category"],
    ["被测评人", "name"],
    ["单位", "unit"],
    ["职务", null],
    ["整体评价", "overall"],
    ["德", "item:德"],
    ["能", "item:能"],
    ["勤", "item:勤"],
    ["绩", "item:绩"],
    ["廉", "item:廉"],
    ["思想政治建设", "item:思想政治建设"],
    ["领导能力", "item:领导能力"],
    ["工作实绩", "item:工作实绩"],
    ["党风廉政建设", "item:党风廉政建设"],
    ["提交时间", null],
  ]);
  // No item column became a person, and nothing but the four subjects got a tally.
  expect([...new Set(tallies.map((t) => t.subjectName))]).toEqual(["赵文", "钱红", "褚明", "领导班子"]);
  // Only info: where the header is, which headers were read by synonym, and the two columns left unused (职务, 提交时间).
  expect(codesAt(findings)).toEqual(["header_found@A2", "column_synonym@B2", "column_unused@F2", "column_unused@Q2"]);
  expect(findings.every((f) => f.severity === "info")).toBe(true);
  expect(tallies.every((t) => t.layout === "perballot")).toBe(true);
});

test("e-ballot export: each item is a tally of its own, on the scale it uses; a team has only the team items", async () => {
  const { tallies } = await ballotsOf("ballots-perballot-export.xlsx");
  const items = (name: string, category: string) =>
    tallies
      .filter((t) => t.subjectName === name && t.category === category && t.item !== null)
      .map((t) => [t.item, t.valid, t.counts, t.abstain]);
  // 德 … 绩 follow the overall mark on 优秀/良好/一般/较差; 廉 is 优秀 on every ballot.
  expect(items("钱红", "干部职工代表")).toEqual([
    ["德", 12, [2, 8, 1, 1], 0],
    ["能", 12, [2, 8, 1, 1], 0],
    ["勤", 12, [2, 8, 1, 1], 0],
    ["绩", 12, [2, 8, 1, 1], 0],
    ["廉", 12, [12, 0, 0, 0], 0],
  ]);
  // 领导能力 is one step below the overall mark, down to 差.
  expect(items("领导班子", "干部职工代表")).toEqual([
    ["思想政治建设", 12, [7, 3, 1, 1], 0],
    ["领导能力", 12, [0, 7, 3, 2], 0],
    ["工作实绩", 12, [7, 3, 1, 1], 0],
    ["党风廉政建设", 12, [7, 3, 1, 1], 0],
  ]);
  const team = tallies.find((t) => t.isTeam && t.item === null && t.category === "班子成员");
  expect(team?.source).toEqual({
    file: "ballots-perballot-export.xlsx",
    sheet: "测评明细导出",
    row: 6,
    cells: {
      name: "D6",
      unit: "E6",
      category: "C6",
      issued: "G2",
      returned: "G2",
      valid: "G2",
      abstain: "G2",
      level0: "G2",
      level1: "G2",
      level2: "G2",
      level3: "G2",
    },
  });
});

test("per-category sheets without evaluator or category columns, marks A–D: the same votes, categories from the sheet names", async () => {
  const { tallies, findings, mappings } = await ballotsOf("ballots-perballot-letters.xlsx");
  const bySubject = (rows: ReturnType<typeof overall>) =>
    [...rows].sort(
      (a, b) => EXPORT_VOTES.findIndex((v) => v[0] === a[0]) - EXPORT_VOTES.findIndex((v) => v[0] === b[0]),
    );
  expect(bySubject(overall(tallies))).toEqual(EXPORT_VOTES);
  expect(mappings.map((m) => [m.sheet, m.role, m.columns.map((c) => c.field)])).toEqual(
    ["班子成员", "干部职工代表"].map((sheet) => [
      sheet,
      "ballots-perballot",
      ["name", "unit", "overall", "item:德", "item:能", "item:勤", "item:绩", "item:廉"],
    ]),
  );
  // The team's rows leave the cadre items blank: those are no items of the team.
  expect(tallies.filter((t) => t.isTeam).map((t) => t.item)).toEqual([null, null]);
  expect(tallies.filter((t) => t.subjectName === "赵文" && t.item === "廉").map((t) => t.counts)).toEqual([
    [6, 2, 0, 0],
    [8, 3, 1, 0],
  ]);
  expect(codesAt(findings)).toEqual(["column_synonym@A1", "column_synonym@A1"]);
  expect(findings.map((f) => f.sheet)).toEqual(["班子成员", "干部职工代表"]);
});

test("a team's marks go through the rules' team level set", async () => {
  const { tallies, findings } = await ballotsOf("ballots-perballot-export.xlsx", "youxiu");
  // 好 / 较好 are not 优秀 / 良好 / 一般 / 较差; 一般 is, and 差 is neither.
  const team = tallies.find((t) => t.isTeam && t.item === null && t.category === "干部职工代表");
  expect([team?.valid, team?.counts, team?.abstain]).toEqual([1, [0, 0, 1, 0], 0]);
  expect(findings.filter((f) => f.code === "count_invalid" && f.cell?.startsWith("G"))).toHaveLength(19);
});

test("flaws: a blank overall mark abstains, an unrecognised one is found at its cell, a repeated ballot is flagged", async () => {
  const { tallies, findings, mappings } = await ballotsOf("ballots-perballot-flaws.xlsx");
  expect(mappings[0]?.columns.map((c) => [c.header, c.field])).toEqual([
    ["评价人", "evaluator"],
    ["评价人类别", "category"],
    ["被考核人", "name"],
    ["单位", "unit"],
    ["评价等次", "overall"],
  ]);
  expect(overall(tallies)).toEqual([
    ["赵文", "胜利路街道", false, "班子成员", 2, 2, 2, [1, 0, 0, 0], 1],
    ["赵文", "胜利路街道", false, "服务对象", 2, 2, 2, [0, 2, 0, 0], 0],
    ["钱红", "胜利路街道", false, "班子成员", 2, 2, 1, [0, 1, 0, 0], 0],
    ["钱红", "胜利路街道", false, "服务对象", 1, 1, 1, [0, 1, 0, 0], 0],
    ["郝明", "胜利路街道", false, "班子成员", 2, 2, 2, [1, 1, 0, 0], 0],
  ]);
  expect(codesAt(findings)).toEqual(["column_synonym@B1", "note@A9", "count_invalid@E6"]);
  expect(findings[1]).toMatchObject({ severity: "warning", subject: "赵文" });
  expect(findings[1]?.message).toContain("第9行与第8行");
  expect(findings[2]).toMatchObject({ severity: "error", subject: "钱红" });
  expect(findings[2]?.message).toContain("“良好”");

  const roster = readRoster((await readSample("roster-sample.xlsx")).grids);
  const matched = matchSubjects(roster.rows, tallies);
  expect(codesAt(matched.findings)).toEqual(["subject_unknown@C4"]);
  expect(matched.findings[0]?.subject).toBe("郝明");
  expect(matched.tallies.filter((t) => t.subjectId === null).map((t) => t.subjectName)).toEqual(["郝明"]);
});

test("a correction re-maps a per-ballot column; an unknown field is refused", async () => {
  const workbook = await readFixture("ballots-perballot-export.xlsx");
  const at = { file: "ballots-perballot-export.xlsx", sheet: "测评明细导出" };
  const { tallies, findings, mappings } = readBallots(workbook.grids, {
    teamLevelSet: "hao",
    overrides: [
      { ...at, col: 12, field: null },
      { ...at, col: 6, field: "position" },
    ],
  });
  expect(tallies.some((t) => t.item === "廉")).toBe(false);
  expect(mappings[0]?.columns.find((c) => c.col === 12)).toMatchObject({ field: null, confidence: "override" });
  expect(codesAt(findings)).toContain("note@F2");
});

test("a header repeated between pages is no ballot; a sheet with an overall-mark column is never raw ballots", () => {
  const header = ["评价人", "被考核人", "单位", "评价等次"];
  const sheet = grid([
    header,
    ["P1", "赵文", "胜利路街道", "优秀"],
    ["P1", "钱红", "胜利路街道", "称职"],
    header,
    ["P2", "赵文", "胜利路街道", "称职"],
    ["P2", "钱红", "胜利路街道", "称职"],
  ]);
  const { tallies, findings } = readBallots([sheet], { teamLevelSet: "hao" });
  expect(tallies.map((t) => [t.subjectName, t.issued, t.counts])).toEqual([
    ["赵文", 2, [1, 1, 0, 0]],
    ["钱红", 2, [0, 2, 0, 0]],
  ]);
  expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
  // Subjects under a header Kaohe does not know: not taken for raw papers with 整体评价 and 德 as people.
  const unnamed = grid([
    ["对象", "整体评价", "德"],
    ["赵文", "优秀", "优秀"],
    ["赵文", "称职", "优秀"],
  ]);
  expect(classifySheet(unnamed)).toBe("unknown");
});

test("without an overall column the items are still read, and the missing overall mark is reported", () => {
  const rows = (header: string[]) =>
    grid(
      [
        header,
        ["甲", "赵文", "优秀", "称职"],
        ["乙", "赵文", "称职", "称职"],
        ["甲", "钱红", "优秀", "优秀"],
        ["乙", "钱红", null, "优秀"],
      ],
      {
        sheet: "干部职工代表",
      },
    );
  const itemsOnly = readBallots([rows(["测评人", "被测评人", "德", "能"])], { teamLevelSet: "hao" });
  expect(itemsOnly.tallies.map((t) => [t.subjectName, t.item, t.counts, t.abstain])).toEqual([
    ["赵文", "德", [1, 1, 0, 0], 0],
    ["赵文", "能", [0, 2, 0, 0], 0],
    ["钱红", "德", [1, 0, 0, 0], 1],
    ["钱红", "能", [2, 0, 0, 0], 0],
  ]);
  expect(codesAt(itemsOnly.findings.filter((f) => f.severity !== "info"))).toEqual(["column_missing@B1"]);
  // One column of marks named as an item stays an item; 投票 is the overall mark.
  const lone = (header: string) =>
    readBallots([rows(["测评人", "被测评人", header, "备注"])], { teamLevelSet: "hao" }).tallies.map((t) => t.item);
  expect(lone("德")).toEqual(["德", "德"]);
  expect(lone("投票")).toEqual([null, null]);
});

test("a table of past annual results (one row per person and year) is no e-ballot export", () => {
  const history = grid([
    ["姓名", "单位", "年度", "考核结果"],
    ["赵文", "胜利路街道", 2018, "优秀"],
    ["赵文", "胜利路街道", 2019, "称职"],
    ["钱红", "胜利路街道", 2018, "称职"],
    ["钱红", "胜利路街道", 2019, "称职"],
  ]);
  expect(classifySheet(history)).toBe("roster");
});

import { readRoster } from "../../src/core/reader";
import { codesAt, readFixture, spelledSource } from "./support";

async function rosterOf(name: string) {
  return readRoster((await readFixture(name)).grids);
}

test("title rows, a note and blanks above the header; section, note and signature rows below", async () => {
  const { rows, findings, yearHint, mappings } = await rosterOf("roster-title-notes.xlsx");
  expect(rows.map((r) => [r.id, r.source.row, r.name, r.birthDate, r.promotedOn])).toEqual([
    ["R1", 7, "赵文", { y: 1973, m: 4, d: null }, { y: 2018, m: 6, d: null }],
    ["R2", 8, "钱红", { y: 1982, m: 9, d: null }, { y: 2020, m: 3, d: null }],
  ]);
  expect(yearHint).toBe(2020);
  expect(mappings[0]?.headerRows).toEqual([5]);
  // The row with a unit and a post but no name is reported at its name cell, not dropped unseen.
  expect(codesAt(findings)).toEqual(["header_found@A5", "note@B10"]);
  expect(findings[1]?.severity).toBe("warning");
});

test("a merged two-row header: labels merged down, fields under their group cells", async () => {
  const { rows, findings, mappings } = await rosterOf("roster-two-row-header.xlsx");
  expect(mappings[0]?.headerRows).toEqual([2, 3]);
  expect(mappings[0]?.columns.map((c) => [c.cell, c.group, c.field])).toEqual([
    ["A2", null, null],
    ["B2", null, "name"],
    ["C2", null, "unit"],
    ["D3", "任职情况", "promotedOn"],
    ["E3", "任职情况", "transferredOn"],
    ["F3", "挂职情况", "secondedTo"],
    ["G3", "挂职情况", "secondedPeriod"],
    ["H2", null, "proposedGrade"],
  ]);
  expect(
    rows.map((r) => [r.name, r.secondedTo, r.secondedFrom, r.secondedUntil, r.transferredOn, r.proposedGrade]),
  ).toEqual([
    ["冯雪", "省人社厅", { y: 2020, m: 1, d: null }, { y: 2020, m: 9, d: null }, null, "称职"],
    ["周平", null, null, null, { y: 2020, m: 10, d: 9 }, "优秀"],
  ]);
  expect(spelledSource(rows[0]?.source)?.cells.secondedFrom).toBe("G4");
  expect(codesAt(findings)).toEqual(["header_found@A2"]);
});

test("synonym headers are matched after normalising, and listed in one information finding", async () => {
  const { rows, findings, mappings } = await rosterOf("roster-synonyms.xlsx");
  expect(mappings[0]?.columns.map((c) => [c.field, c.confidence])).toEqual([
    ["name", "exact"],
    ["unit", "synonym"],
    ["position", "synonym"],
    ["idNumber", "synonym"],
    ["leaveDays", "synonym"],
    ["proposedGrade", "synonym"],
    ["kind", "synonym"],
  ]);
  expect(rows[0]).toMatchObject({
    name: "赵文",
    unit: "胜利路街道",
    kind: "cadre",
    leaveDays: 10,
    proposedGrade: "优秀",
  });
  expect(codesAt(findings)).toEqual(["column_synonym@B1"]);
  expect(findings[0]?.severity).toBe("info");
  expect(findings[0]?.message).toContain("“公民身份号码”作“身份证号”");
});

test("names lose every space; full-width digits and text numbers are read; what is no number is reported", async () => {
  const { rows, findings } = await rosterOf("roster-names-numbers.xlsx");
  expect(rows.map((r) => [r.name, r.unit, r.leaveDays, r.reportChars])).toEqual([
    ["钱红", "胜利路街道", 45, 2800],
    ["孙立", "胜利路街道", 200, 2000],
    ["李娜", "胜利路街道", null, 1800],
    ["周平", "胜利路街道", null, null],
  ]);
  expect(codesAt(findings)).toEqual(["number_invalid@C4", "number_invalid@C5"]);
  expect(findings[0]).toMatchObject({
    subject: "李娜",
    subjectUnit: "胜利路街道",
    sheet: "名册",
    file: "roster-names-numbers.xlsx",
  });
});

test("dates in every form; a date that cannot be read is reported at its cell", async () => {
  const { rows, findings } = await rosterOf("roster-dates.xlsx");
  const day = { y: 2020, m: 7, d: 2 };
  const month = { y: 2020, m: 7, d: null };
  expect(rows.map((r) => r.promotedOn)).toEqual([
    day,
    day,
    day,
    day,
    day,
    month,
    day,
    month,
    { y: 1975, m: 3, d: null },
    day,
    day,
    null,
    null,
    null,
  ]);
  expect(codesAt(findings)).toEqual(["date_invalid@C13", "date_invalid@C14", "date_invalid@C15"]);
  expect(findings[1]?.message).toContain("2020.10");
});

test("a 1904-based workbook: date cells and serials typed as text give the same day", async () => {
  const workbook = await readFixture("roster-date1904.xlsx");
  expect(workbook.date1904).toBe(true);
  const { rows, findings } = readRoster(workbook.grids);
  expect(rows[0]?.promotedOn).toEqual({ y: 2020, m: 7, d: 2 });
  expect(rows[0]?.retiredOn).toEqual({ y: 2020, m: 7, d: 2 });
  expect(findings).toEqual([]);
});

test("身份证号 check digits; an ID stored as a number is reported, not trusted", async () => {
  const { rows, findings } = await rosterOf("roster-id-numbers.xlsx");
  expect(rows.map((r) => r.idNumber)).toEqual([
    "410927197304122531",
    "410927198209303065",
    "11010519491231002X",
    null,
    "41092719791111",
  ]);
  expect(codesAt(findings)).toEqual(["id_number_invalid@C3", "id_number_invalid@C5", "id_number_invalid@C6"]);
  expect(findings[1]?.message).toContain("数字");
  // Personnel data: the number itself never goes into a message.
  expect(findings.some((f) => f.message.includes("410927"))).toBe(false);
});

test("挂职起止时间 fills the secondment's start and end", async () => {
  const { rows, findings } = await rosterOf("roster-seconded.xlsx");
  const march = { y: 2020, m: 3, d: null };
  const december = { y: 2020, m: 12, d: null };
  expect(rows.map((r) => [r.secondedFrom, r.secondedUntil])).toEqual([
    [march, december],
    [march, december],
    [march, december],
    [
      { y: 2020, m: 3, d: 1 },
      { y: 2020, m: 12, d: 31 },
    ],
    [march, null],
    [march, december],
    [null, null],
  ]);
  expect(codesAt(findings)).toEqual(["date_invalid@D8"]);
});

test("teams by name or 类别, a team's unit from its name, 是否主职 marks; unknown values reported", async () => {
  const { rows, findings } = await rosterOf("roster-teams-kinds.xlsx");
  expect(rows.map((r) => [r.name, r.unit, r.kind, r.mainPost])).toEqual([
    ["区人社局领导班子", "区人社局", "team", null],
    ["党组班子", "区住建局", "team", null],
    ["王海", "区人社局", "cadre", true],
    ["王海", "区住建局", "cadre", false],
    ["褚明", "区住建局", "cadre", null],
  ]);
  expect(codesAt(findings)).toEqual(["note@C6", "note@D6"]);
  expect(findings.every((f) => f.severity === "warning")).toBe(true);
});

test("a missing required column is an error at the header; the rows are still read", async () => {
  const { rows, findings } = await rosterOf("roster-missing-unit.xlsx");
  expect(codesAt(findings)).toEqual(["column_missing@A1"]);
  expect(findings[0]?.severity).toBe("error");
  expect(rows.map((r) => [r.name, r.unit, r.position])).toEqual([["赵文", "", "党工委书记"]]);
});

test("a workbook without any roster header is one error naming its sheets", async () => {
  const { rows, findings } = await rosterOf("roster-no-header.xlsx");
  expect(rows).toEqual([]);
  expect(codesAt(findings)).toEqual(["header_not_found@A1"]);
  expect(findings[0]).toMatchObject({ severity: "error", sheet: "封面", file: "roster-no-header.xlsx" });
  expect(findings[0]?.message).toContain("“空表”");
});

test("a unit merged down over its cadres names each of them; error values are reported", async () => {
  const { rows, findings } = await rosterOf("roster-merged-cells.xlsx");
  expect(rows.map((r) => [r.name, r.unit, r.position, r.birthDate])).toEqual([
    ["郑洁", "区人社局", "副局长", { y: 1988, m: 12, d: null }],
    ["冯雪", "区人社局", null, null],
    ["陈东", "区人社局", "副局长", { y: 1975, m: 7, d: 7 }],
    ["褚明", "区住建局", "局长", { y: 1972, m: 8, d: null }],
  ]);
  // A problem in a covered cell is fixed in the merge's top-left cell.
  expect(rows[2]?.source.cells.unit).toBe("B2");
  expect(codesAt(findings)).toEqual(["note@C3", "date_invalid@D3"]);
  expect(findings[1]?.message).toContain("#N/A");
});

test("a header cell merged across two columns does not make the first data row a second header row", async () => {
  const { rows, findings, mappings } = await rosterOf("roster-merged-header-cell.xlsx");
  expect(mappings[0]?.headerRows).toEqual([1]);
  expect(rows.map((r) => [r.source.row, r.name, r.unit, r.position])).toEqual([
    [2, "张三", "区人社局", "局长"],
    [3, "李四", "区人社局", "副局长"],
  ]);
  expect(findings).toEqual([]);
});

test("Kaohe's own sheets in a reviewed workbook are not read; other unreadable sheets are noted", async () => {
  const { rows, findings, mappings } = await rosterOf("roster-reviewed.xlsx");
  expect(rows.map((r) => [r.name, r.source.sheet])).toEqual([["赵文", "名册"]]);
  expect(mappings.map((m) => m.sheet)).toEqual(["名册"]);
  expect(codesAt(findings)).toEqual(["sheet_skipped@A1"]);
  expect(findings[0]).toMatchObject({ severity: "info", sheet: "说明" });
});

import { readBallots, readRoster } from "../../src/core/reader";
import { codesAt, readFixture, readSample } from "./support";

test("a correction makes a column a field, and the field leaves the column that had it", async () => {
  const grids = (await readSample("roster-sample.xlsx")).grids;
  // Column G (职务) read as the unit instead of column F.
  const { rows, mappings } = readRoster(grids, {
    overrides: [{ file: "roster-sample.xlsx", sheet: "名册", col: 7, field: "unit" }],
  });
  expect(rows[0]?.unit).toBe("党工委书记");
  expect(rows[0]?.position).toBeNull();
  const columns = mappings[0]?.columns ?? [];
  expect(columns.find((c) => c.col === 7)).toMatchObject({ field: "unit", confidence: "override" });
  expect(columns.find((c) => c.col === 6)).toMatchObject({ field: null, confidence: null });
});

test("a correction can ignore a column, and one naming no known field is reported, not applied", async () => {
  const grids = (await readSample("roster-sample.xlsx")).grids;
  const { rows, findings } = readRoster(grids, {
    overrides: [
      { file: "roster-sample.xlsx", sheet: "名册", col: 19, field: null },
      { file: "roster-sample.xlsx", sheet: "名册", col: 20, field: "salary" },
      { file: "other.xlsx", sheet: "名册", col: 2, field: null },
    ],
  });
  expect(rows[0]?.proposedGrade).toBeNull();
  expect(rows[0]?.reportChars).toBe(2800);
  expect(rows[0]?.name).toBe("赵文");
  expect(codesAt(findings.filter((f) => f.code === "note"))).toEqual(["note@T2"]);
});

test("ballot corrections: a raw column can be renamed or ignored; taking the name away is column_missing", async () => {
  const raw = (await readSample("ballots-raw-sample.xlsx")).grids;
  const renamed = readBallots(raw, {
    teamLevelSet: "hao",
    overrides: [
      { file: "ballots-raw-sample.xlsx", sheet: "服务对象", col: 2, field: "褚 明（区住建局）" },
      { file: "ballots-raw-sample.xlsx", sheet: "服务对象", col: 3, field: null },
    ],
  });
  expect(renamed.tallies.map((t) => [t.subjectName, t.subjectUnit, t.counts])).toEqual([
    ["褚明", "区住建局", [5, 1, 0, 0]],
  ]);

  const long = (await readFixture("ballots-match.xlsx")).grids;
  const { findings, tallies } = readBallots(long, {
    teamLevelSet: "hao",
    overrides: [{ file: "ballots-match.xlsx", sheet: "测评", col: 1, field: "category" }],
  });
  // The column that was the category before the correction is now accounted for as unused.
  expect(codesAt(findings)).toEqual(["column_missing@A1", "column_unused@B1"]);
  expect(tallies.every((t) => t.source.sheet === "分单位")).toBe(true);
});

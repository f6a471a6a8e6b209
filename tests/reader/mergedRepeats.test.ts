import type { GridValue, SheetGrid } from "../../src/core/model/sheetGrid";
import { readBallots, readRoster } from "../../src/core/reader";
import { grid, readFixture, readSample, spelledSource } from "./support";

/**
 * The grid as a reader that repeats a merged value into every covered cell gives it; with
 * `dropMerges`, as a host that cannot tell where the merges are.
 */
function repeatMerged(grid: SheetGrid, dropMerges: boolean): SheetGrid {
  const values: GridValue[][] = grid.values.map((row) => [...row]);
  for (const m of grid.merges) {
    const topLeft = grid.values[m.top]?.[m.left] ?? null;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const row = values[r];
        if (row) row[c] = topLeft;
      }
    }
  }
  return { ...grid, values, merges: dropMerges ? [] : grid.merges };
}

const TEAM_LEVELS = { teamLevelSet: "hao" } as const;

test("repeated merged values change nothing when the merges are known", async () => {
  for (const name of ["ballots-long-totals.xlsx", "ballots-wide-leaves.xlsx"]) {
    const grids = (await readFixture(name)).grids;
    const repeated = grids.map((g) => repeatMerged(g, false));
    expect(readBallots(repeated, TEAM_LEVELS)).toEqual(readBallots(grids, TEAM_LEVELS));
  }
  for (const name of ["roster-title-notes.xlsx", "roster-two-row-header.xlsx", "roster-merged-cells.xlsx"]) {
    const grids = (await readFixture(name)).grids;
    expect(readRoster(grids.map((g) => repeatMerged(g, false)))).toEqual(readRoster(grids));
  }
  const wide = (await readSample("ballots-wide-sample.xlsx")).grids;
  expect(
    readBallots(
      wide.map((g) => repeatMerged(g, false)),
      TEAM_LEVELS,
    ),
  ).toEqual(readBallots(wide, TEAM_LEVELS));
});

test("without merge information, repeated group cells are one group and repeated counts are not doubled", async () => {
  const wide = (await readSample("ballots-wide-sample.xlsx")).grids;
  const plain = readBallots(wide, TEAM_LEVELS).tallies;
  const repeated = readBallots(
    wide.map((g) => repeatMerged(g, true)),
    TEAM_LEVELS,
  );
  expect(repeated.mappings[0]?.headerRows).toEqual([3, 4]);
  expect(repeated.tallies).toEqual(plain);
});

test("a two-row roster header read without merge information still finds every field", async () => {
  const grids = (await readFixture("roster-two-row-header.xlsx")).grids;
  const plain = readRoster(grids);
  for (const dropped of [grids.map((g) => repeatMerged(g, true)), grids.map((g) => ({ ...g, merges: [] }))]) {
    const reading = readRoster(dropped);
    expect(reading.mappings[0]?.headerRows).toEqual([2, 3]);
    expect(reading.mappings[0]?.columns.map((c) => c.field)).toEqual(plain.mappings[0]?.columns.map((c) => c.field));
    expect(reading.rows.map(({ source: _source, ...values }) => values)).toEqual(
      plain.rows.map(({ source: _source, ...values }) => values),
    );
  }
});

test("a merged meeting figure belongs to every row it covers; a merged vote count is counted once", () => {
  const sheet = grid(
    [
      ["姓名", "评价主体", "发出票数", "有效票数", "优秀", "称职", "基本称职", "不称职"],
      ["赵文", "班子成员", 8, 8, 6, 2, 0, 0],
      ["钱红", "班子成员", null, 8, null, 8, 0, 0],
    ],
    {
      merges: [
        { top: 1, left: 2, bottom: 2, right: 2 },
        { top: 1, left: 4, bottom: 2, right: 4 },
      ],
    },
  );
  for (const grids of [[sheet], [repeatMerged(sheet, false)]]) {
    const { tallies } = readBallots(grids, TEAM_LEVELS);
    expect(tallies.map((t) => [t.subjectName, t.issued, t.counts])).toEqual([
      ["赵文", 8, [6, 2, 0, 0]],
      ["钱红", 8, [0, 8, 0, 0]],
    ]);
    expect(spelledSource(tallies[1]?.source)?.cells).toMatchObject({ issued: "C2", level0: "E3" });
  }
});

test("a title merged across the header is never taken for a group of the header", async () => {
  const roster = (await readFixture("roster-title-notes.xlsx")).grids;
  const { mappings, yearHint } = readRoster(roster.map((g) => repeatMerged(g, true)));
  expect(mappings[0]?.headerRows).toEqual([5]);
  expect(mappings[0]?.columns.every((c) => c.group === null)).toBe(true);
  expect(yearHint).toBe(2020);
});

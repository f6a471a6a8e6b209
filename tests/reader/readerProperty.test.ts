import fc from "fast-check";
import { FindingSchema, type Finding } from "../../src/core/findings/finding";
import { RosterRowSchema } from "../../src/core/model/roster";
import type { GridValue, MergedArea, SheetGrid } from "../../src/core/model/sheetGrid";
import { TallyRowSchema } from "../../src/core/model/tally";
import { matchSubjects, readBallots, readRoster } from "../../src/core/reader";
import { CADRE_LEVELS, TEAM_LEVELS_HAO } from "../../src/core/rules/levels";

// Words that steer random grids into every reader path: headers, levels, marks, totals, notes.
const WORDS = [
  "姓名",
  "单位",
  "职务",
  "类别",
  "身份证号",
  "出生年月",
  "是否主职",
  "挂职起止时间",
  "病事假天数",
  "建议等次",
  "评价主体",
  "测评项目",
  "发出票数",
  "收回票数",
  "有效票数",
  "发出",
  "有效",
  "弃权",
  "应到人数",
  ...CADRE_LEVELS,
  ...TEAM_LEVELS_HAO,
  "良好",
  "较差",
  "优",
  "称",
  "A",
  "d",
  "班子成员",
  "服务对象",
  "测评等次",
  "合计",
  "小计",
  "注：",
  "填表人：",
  "领导班子",
  "区人社局领导班子",
  "张　三",
  "王五",
  "2020.07",
  "2020年7月2日",
  "2020.03-至今",
  "２０",
  "12张",
  "十二",
  "是",
  "√",
  "发出测评票12张，收回12张，有效12张",
  "班子成员：发出12张；服务对象：有效3张",
  // Per-ballot exports (one row per evaluator × subject).
  "被测评人",
  "测评人",
  "整体评价",
  "德",
];

const value: fc.Arbitrary<GridValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 4 },
  { arbitrary: fc.constantFrom(...WORDS), weight: 6 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  { arbitrary: fc.string({ minLength: 5000, maxLength: 20000 }), weight: 1 },
  { arbitrary: fc.integer({ min: -1000, max: 100000 }), weight: 3 },
  { arbitrary: fc.double({ noNaN: false }), weight: 1 },
  { arbitrary: fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER, -0, 2020.1, 1975.03), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant("date" as const),
      y: fc.integer({ min: 1800, max: 2300 }),
      m: fc.integer({ min: 0, max: 13 }),
      d: fc.integer({ min: 0, max: 32 }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("error" as const),
      code: fc.constantFrom("#N/A", "#REF!", "#VALUE!", "#DIV/0!"),
    }),
    weight: 1,
  },
);

const merge: fc.Arbitrary<MergedArea> = fc.record({
  top: fc.integer({ min: -2, max: 14 }),
  left: fc.integer({ min: -2, max: 12 }),
  bottom: fc.integer({ min: -2, max: 16 }),
  right: fc.integer({ min: -2, max: 14 }),
});

const HEADER_WORDS = WORDS.slice(1, 40);

/** Random rows under a header that names a subject column, so that every layout's rows get read. */
const headedRows: fc.Arbitrary<GridValue[][]> = fc
  .tuple(
    fc.array(fc.array(value, { maxLength: 3 }), { maxLength: 2 }),
    fc.option(
      fc.array(fc.constantFrom<GridValue>("班子成员", "服务对象", "合计", null), { minLength: 4, maxLength: 9 }),
    ),
    fc.shuffledSubarray(HEADER_WORDS, { minLength: 2, maxLength: 9 }),
    fc.array(fc.array(value, { maxLength: 10 }), { maxLength: 12 }),
  )
  .map(([above, groups, header, data]) => [...above, ...(groups ? [groups] : []), ["姓名", ...header], ...data]);

const sheetGrid: fc.Arbitrary<SheetGrid> = fc.record({
  file: fc.constantFrom("a.xlsx", "b.xlsx"),
  sheet: fc.constantFrom("名册", "测评", "服务对象", "考核对象", "Sheet1", ""),
  originRow: fc.integer({ min: 1, max: 1048576 }),
  originCol: fc.integer({ min: 1, max: 16384 }),
  values: fc.oneof(fc.array(fc.array(value, { maxLength: 10 }), { maxLength: 14 }), headedRows),
  merges: fc.array(merge, { maxLength: 5 }),
  date1904: fc.boolean(),
});

const A1 = /^[A-Z]{1,3}[0-9]+$/;

function wellFormed(findings: readonly Finding[]): void {
  for (const f of findings) {
    expect(FindingSchema.safeParse(f).success).toBe(true);
    expect(f.file).toBeDefined();
    expect(f.sheet).toBeDefined();
    expect(f.cell).toMatch(A1);
    expect(f.message.length).toBeGreaterThan(0);
  }
}

test("random grids never make the reader throw; rows, tallies and findings are well formed", () => {
  fc.assert(
    fc.property(
      fc.array(sheetGrid, { minLength: 1, maxLength: 3 }),
      fc.constantFrom("hao" as const, "youxiu" as const),
      (grids, teamLevelSet) => {
        const roster = readRoster(grids);
        const ballots = readBallots(grids, { teamLevelSet });
        const matched = matchSubjects(roster.rows, ballots.tallies);
        roster.rows.forEach((row, i) => {
          expect(RosterRowSchema.safeParse(row).success).toBe(true);
          expect(row.id).toBe(`R${i + 1}`);
        });
        matched.tallies.forEach((tally, i) => {
          expect(TallyRowSchema.safeParse(tally).success).toBe(true);
          expect(tally.id).toBe(`T${i + 1}`);
        });
        wellFormed([...roster.findings, ...ballots.findings, ...matched.findings]);
        // Nothing read and no header found is never silent.
        if (roster.rows.length === 0 && roster.mappings.length === 0) {
          expect(roster.findings.some((f) => f.code === "header_not_found" && f.severity === "error")).toBe(true);
        }
        if (ballots.tallies.length === 0 && ballots.mappings.length === 0) {
          expect(ballots.findings.some((f) => f.code === "header_not_found" && f.severity === "error")).toBe(true);
        }
      },
    ),
    { numRuns: 300 },
  );
});

test("empty sheets and sheets of nothing but errors give an error finding, not an exception", () => {
  const empty: SheetGrid = {
    file: "e.xlsx",
    sheet: "空",
    originRow: 1,
    originCol: 1,
    values: [],
    merges: [],
    date1904: false,
  };
  const errors: SheetGrid = {
    ...empty,
    sheet: "错",
    values: [
      [
        { kind: "error", code: "#REF!" },
        { kind: "error", code: "#N/A" },
      ],
    ],
  };
  for (const grids of [[empty], [errors], [empty, errors]]) {
    expect(readRoster(grids).findings.map((f) => [f.code, f.severity])).toEqual([["header_not_found", "error"]]);
    expect(readBallots(grids, { teamLevelSet: "hao" }).findings.map((f) => [f.code, f.severity])).toEqual([
      ["header_not_found", "error"],
    ]);
  }
});

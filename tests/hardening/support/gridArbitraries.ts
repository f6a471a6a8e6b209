import fc from "fast-check";
import { ROSTER_HEADER } from "../../../bench/district/rosterRows";
import { CADRE_LEVEL_HEADERS, COUNT_HEADERS } from "../../../bench/district/tallyHeaders";
import type { GridValue, MergedArea, SheetGrid } from "../../../src/core/model/sheetGrid";
import { CRITERIA_TEXT, dateArb, nastyValue } from "./cellValues";
import { ODD_SHEET_NAMES } from "./mutations";

/**
 * Whole workbooks from scratch: a roster and ballot tallies in every layout, each a header the
 * reader recognises over rows of plausible values with bad ones mixed in, sharing names so that
 * subjects match, plus sheets of pure noise. Sheet and file names include the odd ones.
 */
const NAMES = ["赵文", "钱　红", "孙立", "李娜", "周 平", "区人社局领导班子", "领导班子", '=HYPERLINK("http://x","y")'];
const UNITS = ["胜利路街道", "区人社局", "孟轲乡", "", "区人社局 ", "胜利路街道*", "=1+1", "ABC局", "abc局"];
/** The generated district's roster columns but 姓名 and 单位, which every roster here has. */
const ROSTER_HEADERS = ROSTER_HEADER.filter((h) => h !== "姓名" && h !== "单位");
const LEVELS = CADRE_LEVEL_HEADERS;
const CATEGORIES = ["班子成员", "中层干部", "干部职工代表", "服务对象"];

const maybeBad = <T extends GridValue>(good: fc.Arbitrary<T>): fc.Arbitrary<GridValue> =>
  fc.oneof({ arbitrary: good, weight: 4 }, { arbitrary: nastyValue, weight: 1 });

const plausible: Record<string, fc.Arbitrary<GridValue>> = {
  出生日期: fc.oneof(dateArb, fc.constantFrom("1973.04", "1980-01-02", "1975年3月")),
  身份证号: fc.constantFrom("410927197304122531", "41092719820930306X", "410927198209303064", null),
  类别: fc.constantFrom("领导干部", "领导班子", "班子", null),
  是否主职: fc.constantFrom("是", "否", "√", null),
  提拔时间: fc.oneof(dateArb, fc.constantFrom("2020.03", "2020-07-02", null)),
  交流时间: fc.constantFrom("2020.05", null),
  挂职起止时间: fc.constantFrom("2020.03-2020.12", "2019.01-至今", null),
  病事假天数: fc.oneof(fc.integer({ min: 0, max: 366 }), fc.constant(null)),
  退休日期: fc.constantFrom("2020-08-20", "2020.07", null),
  试用期满时间: fc.constantFrom("2020-12-31", "2021.01", null),
  处分情况: fc.constantFrom("警告", "2019年12月受记大过处分", "立案审查", "诫勉；调整职务", null),
  建议等次: fc.constantFrom(...LEVELS, "好", "较好", null, "*", "优?", "~*", "=优秀", "优秀 "),
  职务: fc.constantFrom("主任", "副局长", ...CRITERIA_TEXT),
  原单位: fc.constantFrom("孟轲乡", ...CRITERIA_TEXT),
  挂职单位: fc.constantFrom("区人社局", "abc局", ...CRITERIA_TEXT),
  述职报告字数: fc.integer({ min: 0, max: 5000 }),
};

const count = fc.integer({ min: 0, max: 60 });

function grid(file: string, sheet: string, values: GridValue[][], merges: MergedArea[] = []): SheetGrid {
  return { file, sheet, originRow: 1, originCol: 1, values, merges, date1904: false };
}

/** Rows of plausible values for the chosen columns, a bad value in about one cell of five. */
export const rosterGridArb: fc.Arbitrary<SheetGrid> = fc
  .record({
    title: fc.constantFrom<GridValue[]>(["2020年度区管干部名册"], [], ["名册", "（2020年度）"]),
    headers: fc.shuffledSubarray(ROSTER_HEADERS, { minLength: 0, maxLength: 10 }),
    rows: fc.integer({ min: 0, max: 12 }),
    trailing: fc.array(nastyValue, { maxLength: 3 }),
    sheet: fc.constantFrom("名册", ...ODD_SHEET_NAMES),
  })
  .chain((r) => {
    const row = fc.tuple(
      maybeBad(fc.constantFrom(...NAMES)),
      maybeBad(fc.constantFrom(...UNITS)),
      ...r.headers.map((h) => maybeBad(plausible[h] ?? fc.constant(null))),
    );
    return fc
      .array(row, { minLength: r.rows, maxLength: r.rows })
      .map((rows) => grid("名册.xlsx", r.sheet, [r.title, ["姓名", "单位", ...r.headers], ...rows, r.trailing]));
  });

const longRowArb = fc.record({
  name: maybeBad(fc.constantFrom(...NAMES)),
  unit: maybeBad(fc.constantFrom(...UNITS)),
  category: maybeBad(fc.constantFrom(...CATEGORIES, "合计")),
  counts: fc.array(maybeBad(count), { minLength: COUNT_HEADERS.length, maxLength: COUNT_HEADERS.length }),
});

export const longBallotsArb: fc.Arbitrary<SheetGrid> = fc
  .record({
    headers: fc.shuffledSubarray(COUNT_HEADERS, { minLength: 1 }),
    rows: fc.array(longRowArb, { maxLength: 12 }),
    sheet: fc.constantFrom("民主测评", ...ODD_SHEET_NAMES),
  })
  .map(({ headers, rows, sheet }) =>
    grid("测评.xlsx", sheet, [
      ["姓名", "单位", "评价主体", ...headers],
      ...rows.map((r) => [r.name, r.unit, r.category, ...r.counts.slice(0, headers.length)]),
    ]),
  );

export const wideBallotsArb: fc.Arbitrary<SheetGrid> = fc
  .record({
    categories: fc.shuffledSubarray(CATEGORIES, { minLength: 1, maxLength: 3 }),
    note: fc.constantFrom<GridValue>(
      "班子成员：发出测评票6张，收回6张，有效6张",
      null,
      "发出测评票12张，收回13张，有效99张",
    ),
    rows: fc.array(
      fc.tuple(maybeBad(fc.constantFrom(...NAMES)), fc.array(maybeBad(count), { minLength: 12, maxLength: 12 })),
      {
        maxLength: 10,
      },
    ),
  })
  .map(({ categories, note, rows }) => {
    const top: GridValue[] = ["姓名", "单位", ...categories.flatMap((c) => [c, null, null, null])];
    const leaves: GridValue[] = [null, null, ...categories.flatMap(() => LEVELS)];
    const merges: MergedArea[] = [
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 1 },
      ...categories.map((_, i) => ({ top: 1, left: 2 + 4 * i, bottom: 1, right: 5 + 4 * i })),
    ];
    const body = rows.map(([name, counts]) => [name, "区人社局", ...counts.slice(0, 4 * categories.length)]);
    return grid("测评宽表.xlsx", "区直单位", [[note], top, leaves, ...body], merges);
  });

export const rawBallotsArb: fc.Arbitrary<SheetGrid> = fc
  .record({
    subjects: fc.shuffledSubarray(NAMES, { minLength: 1, maxLength: 4 }),
    papers: fc.array(
      fc.array(maybeBad(fc.constantFrom<GridValue>("优", "称职", "A", "D", "差", null)), {
        minLength: 4,
        maxLength: 4,
      }),
      {
        maxLength: 12,
      },
    ),
    sheet: fc.constantFrom("服务对象", "班子成员", ...ODD_SHEET_NAMES),
  })
  .map(({ subjects, papers, sheet }) =>
    grid("原始票.xlsx", sheet, [
      ["票号", ...subjects],
      ...papers.map((p, i) => [i + 1, ...p.slice(0, subjects.length)]),
    ]),
  );

export const noiseGridArb: fc.Arbitrary<SheetGrid> = fc
  .record({
    values: fc.array(fc.array(nastyValue, { maxLength: 8 }), { maxLength: 10 }),
    merges: fc.array(
      fc.record({
        top: fc.integer({ min: -2, max: 12 }),
        left: fc.integer({ min: -2, max: 10 }),
        bottom: fc.integer({ min: -2, max: 14 }),
        right: fc.integer({ min: -2, max: 12 }),
      }),
      { maxLength: 3 },
    ),
    originRow: fc.integer({ min: 1, max: 1_048_576 }),
    originCol: fc.integer({ min: 1, max: 16_384 }),
    sheet: fc.constantFrom(...ODD_SHEET_NAMES),
    file: fc.constantFrom("名册.xlsx", "测评.xlsx", "杂项.xlsx"),
  })
  .map(({ values, merges, originRow, originCol, sheet, file }) => ({
    ...grid(file, sheet, values, merges),
    originRow,
    originCol,
  }));

/** A review's input: the roster workbook's sheets (a roster, maybe noise) and any ballot sheets. */
export const reviewInputArb = fc.record({
  roster: fc.tuple(
    rosterGridArb,
    fc.array(
      noiseGridArb.map((g) => ({ ...g, file: "名册.xlsx" })),
      { maxLength: 1 },
    ),
  ),
  ballots: fc.array(fc.oneof(longBallotsArb, wideBallotsArb, rawBallotsArb, noiseGridArb), { maxLength: 4 }),
  year: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: undefined }),
});

/**
 * Districts whose every text column holds criteria-like and look-alike text (CRITERIA_TEXT)
 * beside the plain names it would match as a pattern, and nothing else bad: units, 建议等次,
 * names, 职务, 挂职单位, 原单位, 处分情况 and the ballots' units and categories. The values are
 * otherwise plausible, so that the formulas can be held to the core's values cell by cell.
 */
const CRITERIA_UNITS = ["胜利路街道", "胜利路街道办", "1+1", "甲", "ABC局", ...CRITERIA_TEXT];
const criteriaText = fc.constantFrom<GridValue>(...CRITERIA_TEXT);
const criteriaPersonArb = fc.record({
  name: fc.constantFrom("赵文", "钱红", "孙立", "李娜", ...CRITERIA_TEXT),
  unit: fc.constantFrom(...CRITERIA_UNITS),
  position: fc.oneof(fc.constant("副主任"), criteriaText),
  kind: fc.constantFrom("领导干部", "领导干部", "领导班子"),
  grade: fc.constantFrom<GridValue>(...LEVELS, "好", "较好", null, ...CRITERIA_TEXT),
  seconded: fc.option(
    fc.tuple(fc.constantFrom(...CRITERIA_UNITS), fc.constantFrom("2020.01-2020.12", "2020.03-2020.05")),
  ),
  transferredFrom: fc.option(criteriaText),
  discipline: fc.option(fc.oneof(criteriaText, fc.constant("2020年3月受警告处分"))),
  votes: fc.option(fc.tuple(count, count, count, count)),
  category: fc.oneof(fc.constantFrom(...CATEGORIES), criteriaText),
});

export const criteriaInputArb = fc.array(criteriaPersonArb, { minLength: 1, maxLength: 14 }).map((people) => {
  const roster = grid("名册.xlsx", "名册", [
    ["2020年度区管干部名册"],
    ["姓名", "单位", "职务", "类别", "建议等次", "挂职单位", "挂职起止时间", "原单位", "处分情况"],
    ...people.map((p, i) => [
      // A name made unique by a number, so that ballots find their subject whatever the text.
      p.kind === "领导班子" ? "领导班子" : `${p.name}${i + 1}`,
      p.unit,
      p.position,
      p.kind,
      p.grade,
      p.seconded?.[0] ?? null,
      p.seconded?.[1] ?? null,
      p.transferredFrom,
      p.discipline,
    ]),
  ]);
  const ballots = grid("测评.xlsx", "民主测评", [
    ["姓名", "单位", "评价主体", "有效票数", ...LEVELS],
    ...people.flatMap((p, i) => {
      if (p.votes === null) return [];
      const total = p.votes.reduce((a, b) => a + b, 0);
      const name = p.kind === "领导班子" ? "领导班子" : `${p.name}${i + 1}`;
      return [[name, p.unit, p.category, total, ...p.votes]];
    }),
  ]);
  return { roster, ballots };
});

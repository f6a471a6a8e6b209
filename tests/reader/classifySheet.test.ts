import { classifySheet } from "../../src/core/reader";
import { grid, readFixture, readSample } from "./support";

test("the samples are told apart: roster, long, wide and raw ballots", async () => {
  const roles = [];
  for (const name of [
    "roster-sample.xlsx",
    "ballots-long-sample.xlsx",
    "ballots-wide-sample.xlsx",
    "ballots-raw-sample.xlsx",
  ]) {
    roles.push(...(await readSample(name)).grids.map(classifySheet));
  }
  expect(roles).toEqual(["roster", "ballots-long", "ballots-wide", "ballots-raw"]);
});

test("Kaohe's own sheets are kaohe whatever they hold", async () => {
  const reviewed = (await readFixture("roster-reviewed.xlsx")).grids;
  expect(reviewed.map((g) => [g.sheet, classifySheet(g)])).toEqual([
    ["名册", "roster"],
    ["考核对象", "kaohe"],
    ["说明", "unknown"],
  ]);
  for (const sheet of ["考核规则", "测评明细", "单位名额", "问题清单"]) {
    expect(classifySheet(grid([["姓名", "单位"]], { sheet }))).toBe("kaohe");
  }
});

test("levels under a generic group are a long layout; under a category they are wide", () => {
  const underGroup = (group: string) =>
    grid(
      [
        ["姓名", group, null, null, null],
        [null, "优秀", "称职", "基本称职", "不称职"],
        ["张三", 1, 2, 0, 0],
      ],
      {
        merges: [
          { top: 0, left: 0, bottom: 1, right: 0 },
          { top: 0, left: 1, bottom: 0, right: 4 },
        ],
      },
    );
  expect(classifySheet(underGroup("测评等次"))).toBe("ballots-long");
  expect(classifySheet(underGroup("服务对象"))).toBe("ballots-wide");
});

test("a sheet of marks without any name header is raw; text that is no mark is not", () => {
  expect(
    classifySheet(
      grid([
        ["张三", "李四"],
        ["优", "称"],
        ["A", null],
      ]),
    ),
  ).toBe("ballots-raw");
  expect(
    classifySheet(
      grid([
        ["张三", "李四"],
        ["很好", "不错"],
      ]),
    ),
  ).toBe("unknown");
  expect(classifySheet(grid([]))).toBe("unknown");
  // A name column alone is a roster without its unit (read with column_missing), never ballots.
  expect(classifySheet(grid([["姓名"], ["张三"]]))).toBe("roster");
  expect(
    classifySheet(
      grid([
        ["姓名", "测评分数", "排名"],
        ["张三", 95, 1],
      ]),
    ),
  ).toBe("unknown");
});

test("a sheet named 汇总 is Kaohe's only under Kaohe's title; a clerk's 汇总 of ballots is read", () => {
  const ballots = [
    ["姓名", "单位", "优秀", "称职", "基本称职", "不称职"],
    ["张三", "孟轲乡", 10, 20, 1, 0],
  ];
  expect(classifySheet(grid(ballots, { sheet: "汇总" }))).toBe("ballots-long");
  expect(classifySheet(grid([["考核汇总（2020年度）"], ...ballots], { sheet: "汇总" }))).toBe("kaohe");
});

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

/** Kaohe's frame: title in A1, legend label in A2, the table's header in row 4. */
const framed = (title: string, legend: string, header: string[], sheet: string) =>
  grid([[title], [legend], ["说明文字"], header, header.map(() => "x")], { sheet });

test("Kaohe's own sheets are told by their content, whatever their names", async () => {
  const reviewed = (await readFixture("roster-reviewed.xlsx")).grids;
  expect(reviewed.map((g) => [g.sheet, classifySheet(g)])).toEqual([
    ["名册", "roster"],
    ["考核对象", "kaohe"],
    ["说明", "unknown"],
  ]);
  const own: Array<[string, string, string[]]> = [
    ["考核规则（2020年度）", "考核助手标记", ["键", "规则", "值"]],
    ["民主测评明细（每行一个对象、评价主体和测评项目）", "图例", ["行号", "对象ID", "姓名", "单位", "评价主体"]],
    ["单位名额（2020年度）", "图例", ["单位", "参加定等人数", "理论名额", "分配名额"]],
    ["问题清单（2020年度，共3条）", "图例", ["序号", "级别", "类型", "代码", "问题说明"]],
    ["考核对象（2020年度）", "图例", ["ID", "姓名", "单位", "类别", "职务", "考核状态"]],
  ];
  for (const [title, legend, header] of own) {
    for (const sheet of ["考核对象 (2)", "备份", "名册"]) {
      expect(classifySheet(framed(title, legend, header, sheet))).toBe("kaohe");
    }
  }
  // A clerk's own sheets under Kaohe's names are read.
  for (const sheet of ["考核规则", "测评明细", "单位名额", "问题清单", "考核对象"]) {
    expect(classifySheet(grid([["姓名", "单位"]], { sheet }))).toBe("roster");
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

test("a sheet named 汇总 is Kaohe's only with Kaohe's frame; a clerk's 汇总 of ballots is read", () => {
  const ballots = [
    ["姓名", "单位", "优秀", "称职", "基本称职", "不称职"],
    ["张三", "孟轲乡", 10, 20, 1, 0],
  ];
  expect(classifySheet(grid(ballots, { sheet: "汇总" }))).toBe("ballots-long");
  expect(classifySheet(grid([["考核汇总（2020年度）"], ...ballots], { sheet: "汇总" }))).toBe("ballots-long");
  const summary = [["考核汇总（2020年度）"], ["图例"], ["说明"], ["单位", "参加定等人数", "名额"], ["孟轲乡", 3, 1]];
  expect(classifySheet(grid(summary, { sheet: "汇总" }))).toBe("kaohe");
  expect(classifySheet(grid(summary, { sheet: "汇总 (2)" }))).toBe("kaohe");
});

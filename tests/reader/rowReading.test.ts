import { GridView } from "../../src/core/reader/gridView";
import { rowKind } from "../../src/core/reader/rowKind";
import { anyFigure, settleVotes } from "../../src/core/reader/tallyCells";
import { grid } from "./support";

// The pieces every data row passes through, tested on their own: the reader's suites cover them
// only through whole sheets.

test("a merge is found on the rows it crosses and nowhere else", () => {
  const view = new GridView(
    grid(
      [
        ["标题", null, null],
        ["姓名", "单位", "类别"],
        ["张三", "区委办", "干部"],
        ["李四", null, "干部"],
      ],
      {
        merges: [
          { top: 0, left: 0, bottom: 0, right: 2 },
          { top: 2, left: 1, bottom: 3, right: 1 },
        ],
      },
    ),
  );
  expect(view.mergeAt(0, 2)).toEqual({ top: 0, left: 0, bottom: 0, right: 2 });
  expect(view.mergeAt(1, 0)).toBeUndefined();
  expect(view.mergeAt(2, 0)).toBeUndefined();
  expect(view.label(3, 1)).toBe("区委办");
  expect(view.own(3, 1)).toBeNull();
  expect(view.own(1, 1)).toBe("单位");
});

test("a label is a total only when its normalised text starts or ends with one", () => {
  const kinds = new GridView(
    grid([
      [1, "张三", "区委办"],
      [2, "合 计", null],
      [null, "胜利路街道小计（人）", null],
      ["共计", null, null],
      [3, "计划科", "科长"],
      [4, "统计局", null],
    ]),
  );
  expect([0, 1, 2, 3, 4, 5].map((r) => rowKind(kinds, r, 1))).toEqual([
    "data",
    "total",
    "total",
    "total",
    "data",
    "data",
  ]);
});

test("a note starts the row's first text; a number, date or error first cell is data", () => {
  const view = new GridView(
    grid([
      ["注：以上数据截至年底", null],
      [12, "张三"],
      [{ kind: "date", y: 2020, m: 1, d: 2 }, "李四"],
      [{ kind: "error", code: "#N/A" }, "王五"],
      [null, null],
      [null, "姓名"],
    ]),
  );
  expect([0, 1, 2, 3, 4, 5].map((r) => rowKind(view, r, 1))).toEqual([
    "note",
    "data",
    "data",
    "data",
    "blank",
    "header",
  ]);
});

test("blank votes are none in a row with any figure, abstentions included, and unknown otherwise", () => {
  expect(settleVotes([3, "blank", 1, "blank"], "blank")).toEqual({ counts: [3, 0, 1, 0], abstain: 0 });
  expect(settleVotes(["blank", "blank", "blank", "blank"], 2)).toEqual({ counts: [0, 0, 0, 0], abstain: 2 });
  expect(settleVotes(["blank", "blank", "blank", "blank"], "blank")).toEqual({
    counts: [null, null, null, null],
    abstain: null,
  });
  // An unreadable cell (null, reported) stays unknown; it is no figure.
  expect(settleVotes([null, "blank", "blank", "blank"], "blank")).toEqual({
    counts: [null, null, null, null],
    abstain: null,
  });
  expect(settleVotes([null, 4, "blank", "blank"], null)).toEqual({ counts: [null, 4, 0, 0], abstain: null });
  expect(anyFigure(["blank", null, "blank", "blank"], "blank")).toBe(false);
  expect(anyFigure(["blank", "blank", "blank", 0], "blank")).toBe(true);
});

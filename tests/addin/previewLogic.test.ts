import { cellFills } from "../../src/preview/cellFills";
import { cellText } from "../../src/preview/cellText";
import { cropGrid } from "../../src/preview/gridCrop";
import { holds, parseHighlight } from "../../src/preview/highlightFormula";
import { reviewedGrids } from "../../src/preview/reviewedGrids";
import { HIGHLIGHT } from "../../src/core/plan/kaoheSheets";
import { sampleReview } from "./support/plans";

const cells: Record<string, string | number | null> = { "5:2": "是", "5:3": 2, "6:2": null, "6:3": 0 };
const valueAt = (row: number, col: number) => cells[`${row}:${col}`] ?? null;

test("highlight formulas: references move with the row, comparisons follow Excel", () => {
  const tree = parseHighlight('$B5="是"');
  if (tree === null) throw new Error("unparsed");
  expect(holds(tree, { row: 5, col: 1, top: 5, left: 1 }, valueAt)).toBe(true);
  expect(holds(tree, { row: 6, col: 4, top: 5, left: 1 }, valueAt)).toBe(false);
  const count = parseHighlight("$C5>0");
  if (count === null) throw new Error("unparsed");
  expect(holds(count, { row: 6, col: 1, top: 5, left: 1 }, valueAt)).toBe(false);
  const both = parseHighlight('AND($B5="是",$C5>1)');
  if (both === null) throw new Error("unparsed");
  expect(holds(both, { row: 5, col: 2, top: 5, left: 1 }, valueAt)).toBe(true);
});

test("a formula outside the small language is not guessed at", () => {
  expect(parseHighlight("COUNTIF($A:$A,$A5)>1")).toBeNull();
  expect(parseHighlight('$B5="是"+')).toBeNull();
});

test("the samples' reviewed 考核对象 shows the special-report rows in red, as Excel would", async () => {
  const { plan } = await sampleReview();
  // What the preview shows of Kaohe's sheets: their grids from the plan (a reviewed workbook read
  // back keeps of them only what a re-run reads).
  const read = { grids: reviewedGrids(plan, "reviewed.xlsx", false) };
  const sheet = plan.sheets.find((s) => s.name === "考核对象");
  const grid = read.grids.find((g) => g.sheet === "考核对象");
  if (sheet === undefined || grid === undefined) throw new Error("no 考核对象");
  const fills = cellFills(grid, sheet, 100);
  const names = (colour: string) =>
    [...fills]
      .filter(([key, fill]) => fill === colour && key.endsWith(":1"))
      .map(([key]) => grid.values[Number(key.split(":")[0]) - grid.originRow]?.[1]);
  expect(names(HIGHLIGHT.red)).toEqual(expect.arrayContaining(["李娜", "陈东"]));
  expect(names(HIGHLIGHT.red)).not.toContain("赵文");
});

test("a range of a grid keeps its own origin and merges", () => {
  const grid = {
    file: "f.xlsx",
    sheet: "s",
    originRow: 1,
    originCol: 1,
    values: [
      ["标题", null, null],
      ["班子成员", null, "中层"],
      ["优秀", "称职", "优秀"],
    ],
    merges: [
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 1, left: 0, bottom: 1, right: 1 },
    ],
    date1904: false,
  };
  expect(cropGrid(grid, "A2:C3")).toEqual({
    ...grid,
    originRow: 2,
    values: [
      ["班子成员", null, "中层"],
      ["优秀", "称职", "优秀"],
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
  });
  expect(cropGrid(grid, "Z9:Z10")).toBeNull();
});

test("cells read as the preview shows them", () => {
  expect(cellText({ kind: "date", y: 2020, m: 7, d: 2 })).toBe("2020-07-02");
  expect(cellText(0.333333333, "0.00%")).toBe("33.33%");
  expect(cellText(0.1 + 0.2)).toBe("0.3");
  expect(cellText("410902198001011234")).toBe("410902********1234");
});

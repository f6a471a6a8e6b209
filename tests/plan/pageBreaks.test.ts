import { keepTogether, pageFrame, sheetPageBreaks, type PageFrame } from "../../src/core/plan/pageBreaks";
import { printSetup } from "../../src/core/plan/printSetup";
import type { PlanColumn, PlanPrint, PlanSheetContent } from "../../src/core/plan/writePlan";

/** Every row 10 points high; a page of 100 points holds ten rows, later pages eight (two repeated). */
const tenPoints = () => 10;
const frame: PageFrame = { page: 100, laterPage: 80 };

test("blocks that fit in what is left of their page need no break", () => {
  const spans = [
    { first: 1, last: 4 },
    { first: 6, last: 9 },
  ];
  expect(keepTogether(spans, tenPoints, frame)).toEqual([]);
});

test("a block that would run past its page's end starts the next page, and the next block counts from there", () => {
  const spans = [
    { first: 1, last: 5 },
    // Rows 7 to 11 would end past row 10: they start page 2, which holds 8 rows below the repeated ones.
    { first: 7, last: 11 },
    // Rows 13 and 14 with the blank row 12 fill page 2 to 8 rows exactly.
    { first: 13, last: 14 },
    { first: 16, last: 17 },
  ];
  expect(keepTogether(spans, tenPoints, frame)).toEqual([7, 16]);
});

test("a block longer than a page starts a page and runs on; the block after it starts a page too", () => {
  const spans = [
    { first: 1, last: 3 },
    { first: 5, last: 25 },
    { first: 27, last: 28 },
  ];
  expect(keepTogether(spans, tenPoints, frame)).toEqual([5, 27]);
});

test("a long first block is not broken before; its follower starts a page", () => {
  const spans = [
    { first: 1, last: 30 },
    { first: 32, last: 33 },
  ];
  expect(keepTogether(spans, tenPoints, frame)).toEqual([32]);
});

test("the rows' own heights count: a tall row pushes its block to the next page", () => {
  const spans = [
    { first: 1, last: 6 },
    { first: 8, last: 9 },
  ];
  expect(keepTogether(spans, tenPoints, frame)).toEqual([]);
  expect(keepTogether(spans, (row) => (row === 3 ? 40 : 10), frame)).toEqual([8]);
});

const print: PlanPrint = {
  paper: "A4",
  orientation: "landscape",
  fitToWidth: 1,
  fitToHeight: 0,
  titleRows: { first: 1, last: 1 },
  header: "汇总 · 2020年度",
  footer: "第 &P 页，共 &N 页",
  margins: { left: 0.4, right: 0.4, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
};

test("an A4 landscape page holds its printable height at full size, less a row's slack, and more rows when wide columns shrink the print", () => {
  // 210 mm less 1.4 inches of margins is 494.5 points; a row of slack leaves 479.5.
  const narrow = pageFrame(print, [10, 10, 10], 15);
  expect(narrow.page).toBeCloseTo(479.5, 0);
  expect(narrow.laterPage).toBeCloseTo(464.5, 0);
  // 20 columns of 20 characters are 2,175 points across 784 printable: scaled to about 36%.
  const wide = pageFrame(print, Array<number>(20).fill(20), 15);
  expect(wide.page).toBeGreaterThan(1300);
  expect(wide.page).toBeLessThan(1400);
});

function column(width: number): PlanColumn {
  return { header: "列", width, role: "value" };
}

function sheet(rows: number, charts: Array<{ row: number }>): PlanSheetContent {
  return {
    name: "汇总",
    tabColor: "1F4E78",
    table: { name: "T", anchorRow: 4, anchorCol: 1, columns: [column(20), column(12)], rows: [] },
    loose: Array.from({ length: rows }, (_, i) => ({ row: i + 1, col: 1, value: `行${i + 1}` })),
    conditionalFormats: [],
    validations: [],
    freeze: { rows: 4, cols: 1 },
    charts: charts.map(({ row }) => ({
      type: "stackedBar" as const,
      title: "图",
      from: { row, col: 1 },
      to: { row: row + 18, col: 3 },
      series: [],
      valueFormat: "0",
    })),
  };
}

test("a chart is kept on one page, starting a row above it: two charts of 18 rows do not share an A4 page with 20 rows above them", () => {
  // Page 1 holds 31 rows of 15 points (479.5 points): rows 1–20 and a chart of rows 22–39 do not
  // fit. The page breaks before row 21, the blank row above the chart, so that its top edge is not
  // on the break (LibreOffice draws such a chart cut off on the page before).
  const s = sheet(20, [{ row: 22 }, { row: 41 }]);
  expect(sheetPageBreaks(s, print, [{ first: 1, last: 20 }])).toEqual([21, 40]);
  // Without the rows above, the first chart fits on page 1 and the second starts page 2 a row above it.
  expect(sheetPageBreaks(sheet(0, [{ row: 2 }, { row: 21 }]), print, [])).toEqual([20]);
});

test("printSetup writes the breaks only when a block or a chart needs one", () => {
  const s = sheet(20, [{ row: 22 }]);
  expect(printSetup(s, 2020, { together: [{ first: 1, last: 20 }] }).rowBreaks).toEqual([21]);
  expect(printSetup(sheet(20, []), 2020, { together: [{ first: 1, last: 20 }] }).rowBreaks).toBeUndefined();
});

test("rows outside the table made taller for their wrapped cells count on the page", () => {
  // Rows 1–30 of 15 points fill 450 of page 1's 479.5 points; four of them at 30 points do not fit.
  const plain = sheet(30, []);
  const together = [
    { first: 1, last: 20 },
    { first: 21, last: 30 },
  ];
  expect(sheetPageBreaks(plain, print, together)).toEqual([]);
  const tall = { ...plain, looseRowHeights: [2, 3, 4, 5].map((row) => ({ row, points: 30 })) };
  expect(sheetPageBreaks(tall, print, together)).toEqual([21]);
});

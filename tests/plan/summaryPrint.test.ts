import { assess } from "../../src/core/assess/assess";
import { buildPlan } from "../../src/core/plan/buildPlan";
import { FIRST_DATA_ROW, HEADER_ROW, SUMMARY_SHEET } from "../../src/core/plan/kaoheSheets";
import { pageFrame } from "../../src/core/plan/pageBreaks";
import { columnWidthAt, linesOf } from "../../src/core/plan/rowHeights";
import { chartRows } from "../../src/core/plan/summaryCharts";
import type { TeamLevelSet } from "../../src/core/rules/levels";
import type { PlanLooseCell, PlanSheet, PlanValue } from "../../src/core/plan/writePlan";
import { Random, generateRoster, generateRules } from "./generate";
import { generateTallies } from "./generateTallies";
import { reviewSamples } from "./samples";

/**
 * 汇总 on paper: a leader prints it without the add-in, and a cell's text wider than its column
 * is cut there by the filled cell beside it; a count at its cell's right edge beside a label at
 * the next cell's left edge reads as one ("3 好"). Checked on the samples and on a district of
 * long unit names under both team level sets, with the project's width estimate (rowHeights.ts).
 */

const LONG_UNITS: Record<string, string> = {
  孟轲乡: "区委机构编制委员会办公室",
  区住建局: "区住房和城乡建设局",
  区人社局: "区人力资源和社会保障局驻区政务服务中心窗口",
};

function longNamedSummary(teamLevelSet: TeamLevelSet): PlanSheet {
  const r = new Random(11);
  const rules = { ...generateRules(r), teamLevelSet };
  const roster = generateRoster(r, 400, rules).map((row) => ({ ...row, unit: LONG_UNITS[row.unit] ?? row.unit }));
  const assessment = assess({ roster, tallies: generateTallies(r, roster, rules), rules });
  const plan = buildPlan(assessment, {
    findings: assessment.findings,
    rosterFile: "roster.xlsx",
    keptSheets: ["名册"],
    date1904: false,
  });
  return summaryOf(plan.sheets);
}

function summaryOf(sheets: readonly PlanSheet[]): PlanSheet {
  const summary = sheets.find((s) => s.name === SUMMARY_SHEET);
  if (summary === undefined) throw new Error("no 汇总");
  return summary;
}

/** The blocks' cells: below the unit table. */
function blockCells(summary: PlanSheet): PlanLooseCell[] {
  const last = summary.table.anchorRow + summary.table.rows.length;
  return summary.loose.filter((c) => c.row > last);
}

const isText = (v: PlanValue): v is string => typeof v === "string" && v !== "";

/** Cells that print wrong: cut by a filled neighbour, or a number run into the text beside it. */
function printProblems(summary: PlanSheet): string[] {
  const cells = blockCells(summary);
  const at = new Map(cells.map((c) => [`${c.row},${c.col}`, c]));
  const heights = new Map((summary.looseRowHeights ?? []).map((h) => [h.row, h.points]));
  const problems: string[] = [];
  for (const c of cells) {
    const next = at.get(`${c.row},${c.col + 1}`);
    const filled = next !== undefined && next.value !== null && next.value !== "";
    if (isText(c.value) && filled) {
      const lines = linesOf(c.value, columnWidthAt(summary.table, c.col));
      if (lines > 1 && c.wrap !== true) problems.push(`${c.row},${c.col} ${c.value}: cut by the next cell`);
      if (lines > 1 && (heights.get(c.row) ?? 15) < lines * 15)
        problems.push(`${c.row},${c.col} ${c.value}: ${lines} lines in a row of ${heights.get(c.row) ?? 15} points`);
    }
    if (typeof c.value === "number" && next !== undefined && isText(next.value) && next.fill === undefined)
      problems.push(`${c.row},${c.col} ${c.value} runs into ${next.value}`);
  }
  return problems;
}

test("汇总's blocks print whole: no label cut by the next cell, no count run into the next label", async () => {
  const { plan } = await reviewSamples();
  expect(printProblems(summaryOf(plan.sheets))).toEqual([]);
  for (const set of ["hao", "youxiu"] as const) expect([set, printProblems(longNamedSummary(set))]).toEqual([set, []]);
});

test("each block's header cells wrap, and its row is as tall as its longest header needs", () => {
  const summary = longNamedSummary("hao");
  const headers = blockCells(summary).filter((c) => c.fill !== undefined);
  // A header over counts sits at the right, over them; over labels, at the left with them.
  const below = (c: PlanLooseCell) => blockCells(summary).find((d) => d.row === c.row + 1 && d.col === c.col)?.value;
  for (const c of headers)
    expect([c.value, c.horizontal]).toEqual([c.value, typeof below(c) === "number" ? "right" : undefined]);
  // 考核状态, 档次, 姓名 (the special-report list), 级别: one header row per block.
  expect(new Set(headers.map((c) => c.row)).size).toBe(4);
  expect(headers.filter((c) => c.wrap !== true)).toEqual([]);
  const rate = headers.find((c) => c.value === "基本称职/一般率");
  if (rate === undefined) throw new Error("the special-report list has its rate headers");
  expect(summary.looseRowHeights).toContainEqual({ row: rate.row, points: 30 });
});

test("the grade block's level columns are as wide as their longest level, whichever team levels", () => {
  for (const set of ["hao", "youxiu"] as const) {
    const summary = longNamedSummary(set);
    const cells = blockCells(summary);
    const top = cells.find((c) => c.value === "第1档")?.row ?? 0;
    const labels = cells.filter((c) => c.row >= top && c.row < top + 4 && (c.col === 2 || c.col === 3));
    expect(labels).toHaveLength(8);
    for (const c of labels)
      expect([c.value, linesOf(String(c.value), columnWidthAt(summary.table, c.col))]).toEqual([c.value, 1]);
  }
});

test("a long unit name wraps in the unit table, its row made taller", () => {
  const summary = longNamedSummary("hao");
  const unit = summary.table.columns[0];
  expect(unit?.wrap).toBe(true);
  const names = summary.table.rows;
  const i = Array.from({ length: names.length }, (_, k) => k).find(
    (k) => names.at(k)?.[0]?.value === LONG_UNITS["区人社局"],
  );
  if (i === undefined) throw new Error("the long unit has a row of 汇总");
  expect(summary.table.rowHeights?.[FIRST_DATA_ROW - HEADER_ROW + i]).toBe(30);
});

test("汇总's charts are as tall as their bars need, each within one printed page", async () => {
  const { plan } = await reviewSamples();
  const samples = summaryOf(plan.sheets);
  const district = longNamedSummary("hao");
  const units = (summary: PlanSheet) => summary.table.rows.length - 1;
  expect(samples.charts?.map((c) => c.to.row - c.from.row)).toEqual([chartRows(units(samples)), chartRows(2)]);
  expect(chartRows(3)).toBe(12);
  expect(chartRows(80)).toBe(28);
  for (const summary of [samples, district]) {
    const widths = summary.table.columns.map((c) => c.width);
    const page = pageFrame(summary.print, widths, 15).laterPage;
    for (const chart of summary.charts ?? []) {
      // The chart and the blank row above it, kept whole on a page (pageBreaks.ts).
      expect((chart.to.row - chart.from.row + 1) * 15).toBeLessThanOrEqual(page);
      expect(chart.to.row - chart.from.row).toBeGreaterThanOrEqual(
        Math.min(28, chart.series[0]?.categoryCache.length ?? 0),
      );
    }
  }
});

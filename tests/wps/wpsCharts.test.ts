import { a1 } from "../../src/core/model/address";
import { SUMMARY_SHEET } from "../../src/core/plan/kaoheSheets";
import type { PlanChart, WritePlan } from "../../src/core/plan/writePlan";
import { bgr } from "../../src/hosts/wps/etValues";
import { WPS_LIMITS } from "../../src/hosts/wps/wpsHost";
import { planCharts, seriesCells } from "../addin/support/planCharts";
import { key, type FakeEt } from "./fakeEt";
import { frameCells, type FakeEtChart } from "./fakeEt/charts";
import { reviewInWps, samplesInFakeEt } from "./support/samplesInWps";

/** 汇总's charts through the fake ET object model: drawn as the plan says, one set after a re-run. */

/** Reads the open workbook through the host, as the pane does, and writes the review's plan. */
async function run(et: FakeEt): Promise<WritePlan> {
  return (await reviewInWps(et)).result.plan;
}

function expectDrawn(et: FakeEt, drawn: FakeEtChart, chart: PlanChart): void {
  const horizontal = chart.type !== "stackedColumn";
  expect(drawn).toMatchObject({
    name: chart.title,
    chartType: { stackedBar: 58, stackedColumn: 52, percentStackedBar: 59 }[chart.type],
    hasTitle: true,
    title: chart.title,
    hasLegend: true,
    legendPosition: -4107,
    series: chart.series.map((s) => ({ name: s.name, values: s.values, xValues: s.categories, color: bgr(s.color) })),
  });
  // The frame covers the plan's cells exactly: from its top-left cell to the one before `to`.
  expect(frameCells(et.sheet(SUMMARY_SHEET), drawn)).toBe(
    `${a1(chart.from.row, chart.from.col)}:${a1(chart.to.row - 1, chart.to.col - 1)}`,
  );
  expect(drawn.axes.get(2)).toMatchObject({ NumberFormat: chart.valueFormat });
  if (horizontal) expect(drawn.axes.get(1)).toEqual({ ReversePlotOrder: true, Crosses: 2 });
}

test("汇总 gets the plan's charts: type, title, legend, frame over the plan's cells, series over its ranges in BGR", async () => {
  const et = await samplesInFakeEt();
  const plan = await run(et);
  const charts = planCharts(plan);
  expect(charts.map((c) => c.type)).toEqual(["stackedBar", "percentStackedBar"]);
  const drawn = et.sheet(SUMMARY_SHEET).charts;
  expect(drawn).toHaveLength(charts.length);
  drawn.forEach((d, i) => expectDrawn(et, d, charts[i] as PlanChart));
  expect(et.book.sheets.filter((s) => s.charts.length > 0).map((s) => s.name)).toEqual([SUMMARY_SHEET]);
});

test("the charts' series are 汇总's live formulas, so a changed grade moves the bars", async () => {
  const et = await samplesInFakeEt();
  await run(et);
  const summary = et.sheet(SUMMARY_SHEET);
  for (const chart of summary.charts) {
    for (const series of chart.series) {
      for (const { row, col } of seriesCells(series.values)) {
        expect(summary.cells.get(key(row, col))?.formula).toBeDefined();
      }
    }
  }
});

test("a re-run leaves exactly one set of charts: the old 汇总 goes with its charts", async () => {
  const et = await samplesInFakeEt();
  const plan = await run(et);
  await run(et);
  await run(et);
  const charts = planCharts(plan);
  expect(et.book.sheets.filter((s) => s.name === SUMMARY_SHEET)).toHaveLength(1);
  const drawn = et.sheet(SUMMARY_SHEET).charts;
  expect(drawn).toHaveLength(charts.length);
  drawn.forEach((d, i) => expectDrawn(et, d, charts[i] as PlanChart));
});

test("the pane no longer says that WPS draws no charts", () => {
  expect(WPS_LIMITS.some((m) => m.zh.includes("图表") || /chart/i.test(m.en))).toBe(false);
});

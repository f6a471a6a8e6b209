import { a1, parseA1 } from "../../src/core/model/address";
import { review } from "../../src/core/pipeline";
import { SUMMARY_SHEET } from "../../src/core/plan/kaoheSheets";
import type { PlanChart, WritePlan } from "../../src/core/plan/writePlan";
import { readWorkbookFile } from "../../src/hosts/exceljs/readWorkbook";
import { bgr } from "../../src/hosts/wps/etValues";
import { createWpsHost, WPS_LIMITS } from "../../src/hosts/wps/wpsHost";
import { BALLOT_SAMPLES, ROSTER_SAMPLE } from "../plan/samples";
import { key, type FakeEt } from "./fakeEt";
import { frameCells, type FakeEtChart } from "./fakeEt/charts";
import { fakeFromGrids } from "./support/fakeFromGrids";

/** 汇总's charts through the fake ET object model: drawn as the plan says, one set after a re-run. */

async function samples(): Promise<FakeEt> {
  const roster = await readWorkbookFile(ROSTER_SAMPLE);
  const ballots = await Promise.all(BALLOT_SAMPLES.map((p) => readWorkbookFile(p)));
  return fakeFromGrids([...roster.grids, ...ballots.flatMap((b) => b.grids)], "roster-sample.xlsx");
}

/** Reads the open workbook through the host, as the pane does, and writes the review's plan. */
async function run(et: FakeEt): Promise<WritePlan> {
  const host = createWpsHost(et.app);
  const sources = await host.listSources();
  const read = await host.readGrids(sources.map((s) => ({ id: s.id, range: null })));
  const grids = read.grids.map((g) => g.grid);
  const outcome = review({ rosterGrids: grids, ballotGrids: grids });
  if (!outcome.ok) throw new Error(outcome.messageEn);
  await host.applyPlan(outcome.result.plan, { onProgress: () => undefined, signal: new AbortController().signal });
  return outcome.result.plan;
}

function planCharts(plan: WritePlan): PlanChart[] {
  const charts = plan.sheets.find((s) => s.name === SUMMARY_SHEET)?.charts ?? [];
  if (charts.length === 0) throw new Error("the samples' plan has no charts");
  return charts;
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
  const et = await samples();
  const plan = await run(et);
  const charts = planCharts(plan);
  expect(charts.map((c) => c.type)).toEqual(["stackedBar", "percentStackedBar"]);
  const drawn = et.sheet(SUMMARY_SHEET).charts;
  expect(drawn).toHaveLength(charts.length);
  drawn.forEach((d, i) => expectDrawn(et, d, charts[i] as PlanChart));
  expect(et.book.sheets.filter((s) => s.charts.length > 0).map((s) => s.name)).toEqual([SUMMARY_SHEET]);
});

test("the charts' series are 汇总's live formulas, so a changed grade moves the bars", async () => {
  const et = await samples();
  await run(et);
  const summary = et.sheet(SUMMARY_SHEET);
  for (const chart of summary.charts) {
    for (const series of chart.series) {
      const [from = "", to = ""] = (series.values ?? "").split("!")[1]?.replace(/\$/g, "").split(":") ?? [];
      const first = parseA1(from);
      const last = parseA1(to);
      if (first === null || last === null) throw new Error(`bad range ${series.values}`);
      for (let row = first.row; row <= last.row; row++) {
        expect(summary.cells.get(key(row, first.col))?.formula).toBeDefined();
      }
    }
  }
});

test("a re-run leaves exactly one set of charts: the old 汇总 goes with its charts", async () => {
  const et = await samples();
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

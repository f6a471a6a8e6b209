import { SUMMARY_SHEET } from "../../src/core/plan/kaoheSheets";
import type { PlanChart, WritePlan } from "../../src/core/plan/writePlan";
import { applyPlanToExcel } from "../../src/hosts/office/applyPlan";
import { FakeExcel, FakeRequestContext } from "./fakeExcel";
import { EXCEL_1_13 } from "./support/excelFeatures";
import { newChart } from "./fakeExcel/state";
import { expectedChart, planCharts, seriesCells } from "./support/planCharts";
import { sampleReview } from "./support/plans";

function workbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("名册", [["姓名"], ["张三"]]);
  return excel;
}

async function apply(excel: FakeExcel, plan: WritePlan): Promise<FakeRequestContext> {
  const ctx = new FakeRequestContext(excel.state);
  excel.contexts.push(ctx);
  await applyPlanToExcel(ctx as unknown as Excel.RequestContext, plan, { features: EXCEL_1_13 });
  return ctx;
}

test("汇总 gets the plan's charts: type, title, position, and every series over the plan's ranges in its colour", async () => {
  const { plan } = await sampleReview();
  const charts = planCharts(plan);
  expect(charts.map((c) => c.type)).toEqual(["stackedBar", "percentStackedBar"]);
  const excel = workbook();
  const ctx = await apply(excel, plan);
  const drawn = excel.sheet(SUMMARY_SHEET).charts;
  expect(drawn).toHaveLength(charts.length);
  drawn.forEach((chart, i) => expect(chart).toMatchObject(expectedChart(charts[i] as PlanChart)));
  // Only 汇总 has charts, and none was drawn on a sheet other than the one the user sees.
  expect(excel.state.sheets.filter((s) => s.charts.length > 0).map((s) => s.name)).toEqual([SUMMARY_SHEET]);
  const adds = ctx.requests.flatMap((r) => r.ops).filter((op) => op.name === "worksheet.charts.add");
  expect(adds.map((op) => op.args[0])).toEqual(charts.map(() => SUMMARY_SHEET));
});

test("the charts' series are 汇总's live formulas, so a changed grade moves the bars", async () => {
  const { plan } = await sampleReview();
  const excel = workbook();
  await apply(excel, plan);
  const summary = excel.sheet(SUMMARY_SHEET);
  for (const chart of summary.charts) {
    for (const series of chart.series) {
      for (const { row, col } of seriesCells(series.values)) {
        expect(summary.cells.get(`${row}:${col}`)?.formula ?? null).not.toBeNull();
      }
    }
  }
});

test("a re-run leaves exactly one set of charts, whatever the old 汇总 held", async () => {
  const { plan } = await sampleReview();
  const charts = planCharts(plan);
  const excel = workbook();
  await apply(excel, plan);
  const summary = excel.sheet(SUMMARY_SHEET);
  const id = summary.id;
  // A chart the clerk added, and one sharing a Kaohe chart's name.
  const extra = newChart(summary, "Pie", { top: 5, left: 2, bottom: 9, right: 2 }, "Columns");
  summary.charts.push(extra, { ...extra, name: charts[0]?.title ?? "" });
  expect(summary.charts).toHaveLength(charts.length + 2);

  const ctx = await apply(excel, plan);
  // Replaced in place: the same sheet, its cells copied from the staging sheet.
  expect(excel.sheet(SUMMARY_SHEET).id).toBe(id);
  expect(ctx.requests.flatMap((r) => r.ops).some((op) => op.name === "worksheet.range.copyFrom")).toBe(true);
  const drawn = excel.sheet(SUMMARY_SHEET).charts;
  expect(drawn).toHaveLength(charts.length);
  drawn.forEach((chart, i) => expect(chart).toMatchObject(expectedChart(charts[i] as PlanChart)));
  expect(excel.state.sheets.some((s) => s.name.endsWith("~暂存"))).toBe(false);

  await apply(excel, plan);
  expect(excel.sheet(SUMMARY_SHEET).charts).toHaveLength(charts.length);
});

test("a plan without charts draws none and removes an earlier review's", async () => {
  const { plan } = await sampleReview();
  const excel = workbook();
  await apply(excel, plan);
  const bare: WritePlan = { ...plan, sheets: plan.sheets.map(({ charts: _charts, ...sheet }) => sheet) };
  await apply(excel, bare);
  expect(excel.sheet(SUMMARY_SHEET).charts).toEqual([]);
});

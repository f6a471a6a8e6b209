import { a1, parseA1 } from "../../../src/core/model/address";
import { SUMMARY_SHEET } from "../../../src/core/plan/kaoheSheets";
import type { PlanChart, WritePlan } from "../../../src/core/plan/writePlan";
import type { FakeChart } from "../fakeExcel";

/** 汇总's charts in a plan; a plan of the samples without them is a broken test, not a pass. */
export function planCharts(plan: WritePlan): PlanChart[] {
  const charts = plan.sheets.find((s) => s.name === SUMMARY_SHEET)?.charts ?? [];
  if (charts.length === 0) throw new Error("the plan has no charts");
  return charts;
}

/** What Excel must hold for a plan chart once the host has drawn it (fake context and lane alike). */
export function expectedChart(chart: PlanChart): Partial<FakeChart> {
  const horizontal = chart.type !== "stackedColumn";
  return {
    name: chart.title,
    type: { stackedBar: "BarStacked", stackedColumn: "ColumnStacked", percentStackedBar: "BarStacked100" }[chart.type],
    // Made over the first series' values, which the host then names and completes.
    source: chart.series[0]?.values ?? "",
    seriesBy: "Columns",
    title: chart.title,
    // The plan's `to` is the cell past the chart's bottom-right; setPosition takes the last cell.
    position: { start: a1(chart.from.row, chart.from.col), end: a1(chart.to.row - 1, chart.to.col - 1) },
    legend: "Bottom",
    axes: {
      "valueAxis.numberFormat": chart.valueFormat,
      ...(horizontal ? { "categoryAxis.reversePlotOrder": true, "categoryAxis.position": "Maximum" } : {}),
    },
    series: chart.series.map((s) => ({
      name: s.name,
      values: s.values,
      categories: s.categories,
      color: `#${s.color}`,
    })),
  };
}

/**
 * The cells a chart series draws from, read off its range as the chart holds it
 * (`'汇总'!$C$5:$C$9`, one column): where the tests look for 汇总's live formulas.
 */
export function seriesCells(values: string | null): Array<{ row: number; col: number }> {
  const [from = "", to = ""] = (values ?? "").split("!")[1]?.replace(/\$/g, "").split(":") ?? [];
  const first = parseA1(from);
  const last = parseA1(to);
  if (first === null || last === null) throw new Error(`bad range ${values}`);
  const cells: Array<{ row: number; col: number }> = [];
  for (let row = first.row; row <= last.row; row++) cells.push({ row, col: first.col });
  return cells;
}

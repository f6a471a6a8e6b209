import { a1 } from "../../core/model/address";
import type { PlanChart } from "../../core/plan/writePlan";
import type { EtBook } from "./etFacade";
import { XL, type EtAxes, type EtAxis, type EtChart, type EtChartObjects, type EtSeriesCollection } from "./etTypes";
import { bgr } from "./etValues";

const CHART_TYPES: Record<PlanChart["type"], number> = {
  stackedBar: XL.barStacked,
  stackedColumn: XL.columnStacked,
  percentStackedBar: XL.barStacked100,
};

/**
 * A plan chart embedded in its sheet through ET's chart objects, as the package writer draws it:
 * framed over the plan's cells (a frame is placed in points, so it takes the cells' own
 * position and size), every series over the same cells of the sheet (live formulas: a changed
 * grade moves the bars) in the plan's colour, titled and named by its title, the legend below.
 * Sheets are replaced whole on a re-run, so an earlier review's charts go with their sheet.
 */
export function drawChart(book: EtBook, sheet: string, plan: PlanChart): void {
  const cells = book.range(sheet, `${a1(plan.from.row, plan.from.col)}:${a1(plan.to.row - 1, plan.to.col - 1)}`);
  const frames = book.sheet(sheet).ChartObjects() as EtChartObjects;
  const frame = frames.Add(Number(cells.Left), Number(cells.Top), Number(cells.Width), Number(cells.Height));
  frame.Name = plan.title;
  const chart = frame.Chart;
  const series = chart.SeriesCollection() as EtSeriesCollection;
  // Excel fills a chart made while a block of cells is selected from that block; should a WPS
  // build do so too, those series are not the plan's.
  while (series.Count > 0) series.Item(1).Delete();
  for (const s of plan.series) {
    const added = series.NewSeries();
    added.Name = s.name;
    added.Values = book.range(sheet, onSheet(s.values));
    added.XValues = book.range(sheet, onSheet(s.categories));
    added.Interior.Color = bgr(s.color);
  }
  chart.ChartType = CHART_TYPES[plan.type];
  chart.HasTitle = true;
  chart.ChartTitle.Text = plan.title;
  chart.HasLegend = true;
  chart.Legend.Position = XL.legendBottom;
  axis(chart, XL.value).TickLabels.NumberFormat = plan.valueFormat;
  if (plan.type !== "stackedColumn") {
    // Horizontal bars list the first category at the top, as the table does, with the values'
    // axis kept at the bottom (the package writer's maxMin and crosses="max").
    const categories = axis(chart, XL.category);
    categories.ReversePlotOrder = true;
    categories.Crosses = XL.axisMaximum;
  }
}

/**
 * `Chart.Axes(type)` gives the axis in Excel's object model, while the vendor's types call
 * what comes back the axes collection: both are taken.
 */
function axis(chart: EtChart, type: number): EtAxis {
  const got = chart.Axes(type) as Partial<EtAxes> & EtAxis;
  return typeof got.Item === "function" ? got.Item(type) : got;
}

/** `'汇总'!$C$5:$C$9` → `$C$5:$C$9`: the plan's series are on the chart's own sheet. */
function onSheet(reference: string): string {
  return reference.slice(reference.lastIndexOf("!") + 1);
}

import { a1 } from "../../core/model/address";
import type { PlanChart, PlanSheet } from "../../core/plan/writePlan";
import type { OperationQueue } from "./requestBatcher";
import { actionBytes } from "./requestSize";
import type { WriteContext } from "./writeContext";

/** The plan's chart types as Excel names them (ExcelApi 1.1). */
const CHART_TYPES: Record<PlanChart["type"], "BarStacked" | "ColumnStacked" | "BarStacked100"> = {
  stackedBar: "BarStacked",
  stackedColumn: "ColumnStacked",
  percentStackedBar: "BarStacked100",
};

/**
 * The plan's charts on the sheet the user sees, as the package writer draws them: each series
 * over the same cells of the sheet (live formulas, so a changed grade moves the bars), in the
 * plan's colour, the chart between the plan's cells, titled and named by its title, the legend
 * below. Drawn on the visible sheet and never on a staging sheet, so the copy of the staging
 * cells carries none and the old review's charts are the only ones to remove (deleteCharts).
 * Every member is ExcelApi 1.8 or older, under the pane's floor (supportFloor.ts).
 */
export async function writeCharts(
  b: OperationQueue,
  w: WriteContext,
  sheet: Pick<PlanSheet, "name" | "charts">,
): Promise<void> {
  for (const chart of sheet.charts ?? []) {
    const [first] = chart.series;
    if (first === undefined) continue;
    const ranges = chart.series.map((s) => [s.name, s.values, s.categories, s.color]);
    await b.add(actionBytes(8 + 5 * chart.series.length, sheet.name, chart.title, ranges), () => {
      const ws = w.sheet(sheet.name);
      const cells = (reference: string) => ws.getRange(onSheet(reference));
      // Made over the first series' values, then every series is set from the plan: Excel's own
      // guess at series and categories from a range is not what the plan says.
      const added = ws.charts.add(CHART_TYPES[chart.type], cells(first.values), "Columns");
      added.name = chart.title;
      added.title.text = chart.title;
      added.legend.position = "Bottom";
      added.setPosition(a1(chart.from.row, chart.from.col), a1(chart.to.row - 1, chart.to.col - 1));
      added.axes.valueAxis.numberFormat = chart.valueFormat;
      if (chart.type !== "stackedColumn") {
        // Horizontal bars list the first category at the top, as the table does, with the
        // values' axis kept at the bottom (the package writer's maxMin and crosses="max").
        added.axes.categoryAxis.reversePlotOrder = true;
        added.axes.categoryAxis.position = "Maximum";
      }
      chart.series.forEach((s, i) => {
        const series = i === 0 ? added.series.getItemAt(0) : added.series.add(s.name);
        if (i === 0) series.name = s.name;
        series.setValues(cells(s.values));
        series.setXAxisValues(cells(s.categories));
        series.format.fill.setSolidColor(`#${s.color}`);
      });
    });
  }
}

/**
 * Removes an earlier review's charts from its sheet before the sheet is written again: every
 * chart on a sheet Kaohe owns is Kaohe's, as its cells are. By name, in the order they were
 * listed: Excel gives the first chart of a name, so charts sharing one go one after the other.
 */
export function deleteCharts(ws: Excel.Worksheet, names: readonly string[]): void {
  for (const name of names) ws.charts.getItem(name).delete();
}

/** `'汇总'!$C$5:$C$9` → `C5:C9`: the plan's series are on the chart's own sheet. */
export function onSheet(reference: string): string {
  return reference.slice(reference.lastIndexOf("!") + 1).replace(/\$/g, "");
}

import { SUMMARY_SHEET } from "../../../src/core/plan/kaoheSheets";
import type { PlanChart, WritePlan } from "../../../src/core/plan/writePlan";
import { newChart } from "../fakeExcel/state";
import { expectedChart, planCharts } from "../support/planCharts";
import { sampleReview } from "../support/plans";
import { SHIPPED_EXCEL_LIBRARIES } from "./officeLibrary";
import { OfficeLane } from "./officeLane";

/**
 * 汇总's charts through the real Office.js library: every chart call the host makes is built,
 * serialised and sent by the shipped client (a member it lacks, a wrong argument type or an
 * object path it cannot make fails here), and the lane's Excel keeps what the requests did.
 */
function lane(library?: string): OfficeLane {
  const made = new OfficeLane(library === undefined ? {} : { library });
  made.excel.addSheet("名册", [["姓名"], ["张三"]]);
  return made;
}

async function apply(l: OfficeLane, plan: WritePlan): Promise<void> {
  await l.host().applyPlan(plan, { onProgress: () => undefined, signal: new AbortController().signal });
}

test.each(SHIPPED_EXCEL_LIBRARIES)("%s sends the chart calls and 汇总 ends with the plan's charts", async (library) => {
  const { plan } = await sampleReview();
  const charts = planCharts(plan);
  const l = lane(library);
  await apply(l, plan);
  expect(l.requests.every((r) => r.error === null)).toBe(true);
  const actions = l.requests.flatMap((r) => r.actions);
  // Methods that make an object (charts.add, series.add) are object paths, not actions.
  for (const call of [
    "Method:SetPosition",
    "Method:SetValues",
    "Method:SetXAxisValues",
    "Method:SetSolidColor",
    "SetProperty:Text",
    "SetProperty:NumberFormat",
    "SetProperty:ReversePlotOrder",
    "SetProperty:Position",
  ]) {
    expect(actions).toContain(call);
  }
  const drawn = l.excel.sheet(SUMMARY_SHEET).charts;
  expect(drawn).toHaveLength(charts.length);
  drawn.forEach((chart, i) => expect(chart).toMatchObject(expectedChart(charts[i] as PlanChart)));
  expect(l.excel.state.sheets.filter((s) => s.charts.length > 0).map((s) => s.name)).toEqual([SUMMARY_SHEET]);
});

test("a re-run through Office.js deletes 汇总's charts, the clerk's too, and leaves exactly one set", async () => {
  const { plan } = await sampleReview();
  const charts = planCharts(plan);
  const l = lane();
  await apply(l, plan);
  const summary = l.excel.sheet(SUMMARY_SHEET);
  summary.charts.push(newChart(summary, "Pie", { top: 5, left: 2, bottom: 9, right: 2 }, "Columns"));
  l.resetCounts();
  await apply(l, plan);
  expect(l.requests.every((r) => r.error === null)).toBe(true);
  expect(l.requests.flatMap((r) => r.actions)).toContain("Method:CopyFrom");
  const drawn = l.excel.sheet(SUMMARY_SHEET).charts;
  expect(l.excel.sheet(SUMMARY_SHEET).id).toBe(summary.id);
  expect(drawn).toHaveLength(charts.length);
  drawn.forEach((chart, i) => expect(chart).toMatchObject(expectedChart(charts[i] as PlanChart)));
});

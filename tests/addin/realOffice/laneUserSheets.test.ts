import { RENAMED_SUFFIX } from "../../../src/core/plan/rosterSheets";
import type { FakeSheet } from "../fakeExcel";
import { paneRun, reviewOutcome } from "../support/paneRun";
import { sampleWorkbook } from "../support/workbookOfSamples";
import { OfficeLane } from "./officeLane";

/**
 * tests/addin/userSheetNames.test.ts through the shipped Office.js library: the pane's read of
 * the workbook's sheet names and marker (workbookSheets.ts) and the apply beside a user's 汇总.
 */
async function laneOfSamples(): Promise<OfficeLane> {
  const l = new OfficeLane();
  const samples = await sampleWorkbook();
  l.excel.state.name = samples.state.name;
  l.excel.state.sheets.push(...samples.state.sheets);
  return l;
}

function snapshot(sheet: FakeSheet): string {
  return JSON.stringify({ ...sheet, cells: [...sheet.cells] });
}

test("a user's own 汇总 stays as it is, Kaohe's is written beside it and found again by a re-run", async () => {
  const baseline = reviewOutcome(await paneRun((await laneOfSamples()).host()));
  const l = await laneOfSamples();
  const own = l.excel.addSheet("汇总", [["本科室自用汇总"], ["干部", 12]]);
  const ownBefore = snapshot(own);
  const first = await paneRun(l.host());
  expect(reviewOutcome(first)).toEqual(baseline);
  const names = l.excel.state.sheets.map((s) => s.name);
  expect(names.filter((n) => n.startsWith("汇总"))).toEqual(["汇总", `汇总${RENAMED_SUFFIX}`]);
  expect(snapshot(own)).toBe(ownBefore);
  expect(l.requests.every((r) => r.error === null)).toBe(true);
  const again = await paneRun(l.host());
  expect(reviewOutcome(again)).toEqual(baseline);
  expect(l.excel.state.sheets.map((s) => s.name)).toEqual(names);
  expect(snapshot(own)).toBe(ownBefore);
  expect(again.findings.filter((f) => f.code === "kaohe_sheet_renamed")).toEqual([]);
}, 120_000);

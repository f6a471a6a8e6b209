import type { SheetGrid } from "../../src/core/model/sheetGrid";
import { RENAMED_SUFFIX } from "../../src/core/plan/rosterSheets";
import { readWorkbookFile } from "../../src/hosts/exceljs/readWorkbook";
import { createWpsHost } from "../../src/hosts/wps/wpsHost";
import { paneRun, reviewOutcome } from "../addin/support/paneRun";
import { BALLOT_SAMPLES, ROSTER_SAMPLE } from "../plan/samples";
import { key, type FakeEt } from "./fakeEt";
import { fakeFromGrids } from "./support/fakeFromGrids";

/**
 * A sheet of the user's under one of Kaohe's names, in WPS as through the command line: the
 * pane's session (every sheet "auto") hands the core the workbook's sheet names and marker, the
 * core names Kaohe's sheets beside the user's, and the host writes them there; the user's sheets
 * stay cell for cell, and a re-run replaces Kaohe's renamed sheets, never the user's.
 */
const SUMMARY = "汇总";
const SUBJECTS = "考核对象";
const TALLIES = "测评明细";

async function sampleGrids(): Promise<SheetGrid[]> {
  const roster = await readWorkbookFile(ROSTER_SAMPLE);
  const ballots = await Promise.all(BALLOT_SAMPLES.map((p) => readWorkbookFile(p)));
  return [...roster.grids, ...ballots.flatMap((b) => b.grids)];
}

function snapshot(et: FakeEt, name: string): string {
  const sheet = et.sheet(name);
  return JSON.stringify({ ...sheet, cells: [...sheet.cells], pageSetup: [...sheet.pageSetup] });
}

test("a user's own 汇总, a roster named 考核对象 and ballots named 测评明细 stay as they are; Kaohe writes beside them, and a re-run replaces only its own", async () => {
  const grids = await sampleGrids();
  const baseline = reviewOutcome(await paneRun(createWpsHost(fakeFromGrids(grids, "roster-sample.xlsx").app)));
  const renamed = grids.map((g) =>
    g.sheet === "名册" ? { ...g, sheet: SUBJECTS } : g.sheet === "民主测评" ? { ...g, sheet: TALLIES } : g,
  );
  const et = fakeFromGrids(renamed, "roster-sample.xlsx");
  const own = et.addSheet(SUMMARY, [["本科室自用汇总"], ["项目", "数量"], ["干部", 12]]);
  const before = () => [SUMMARY, SUBJECTS, TALLIES].map((name) => snapshot(et, name));
  const userSheets = before();

  const first = await paneRun(createWpsHost(et.app));
  expect(reviewOutcome(first)).toEqual(baseline);
  const renamedTo = first.findings
    .filter((f) => f.code === "kaohe_sheet_renamed")
    .map((f) => /写入工作表“(.+)”/.exec(f.message)?.[1]);
  expect(renamedTo).toEqual([SUMMARY, SUBJECTS, TALLIES].map((name) => `${name}${RENAMED_SUFFIX}`));
  const names = et.book.sheets.map((s) => s.name);
  expect(names.filter((n) => n.startsWith(SUMMARY))).toEqual([SUMMARY, `${SUMMARY}${RENAMED_SUFFIX}`]);
  expect(names).toEqual(expect.arrayContaining([`${SUBJECTS}${RENAMED_SUFFIX}`, `${TALLIES}${RENAMED_SUFFIX}`]));
  expect(own.cells.get(key(1, 1))?.value).toBe("本科室自用汇总");
  expect(before()).toEqual(userSheets);
  const quotaFormulas = [...et.sheet("单位名额").cells.values()].flatMap((c) => c.formula ?? []);
  expect(quotaFormulas.some((f) => f.includes(`'${SUBJECTS}${RENAMED_SUFFIX}'!`))).toBe(true);
  expect(quotaFormulas.some((f) => f.includes(`'${SUBJECTS}'!`))).toBe(false);
  // Kaohe's 汇总 and its charts are on the renamed sheet, drawn over its own cells.
  const summary = et.sheet(`${SUMMARY}${RENAMED_SUFFIX}`);
  expect(summary.charts).toHaveLength(2);
  expect(own.charts).toEqual([]);

  const again = await paneRun(createWpsHost(et.app));
  expect(et.book.sheets.map((s) => s.name)).toEqual(names);
  expect(before()).toEqual(userSheets);
  expect(et.sheet(`${SUMMARY}${RENAMED_SUFFIX}`).charts).toHaveLength(2);
  expect(again.findings.filter((f) => ["kaohe_sheet_renamed", "kaohe_sheet_kept"].includes(f.code))).toEqual([]);
  expect(reviewOutcome(again)).toEqual(baseline);
});

import { RENAMED_SUFFIX } from "../../src/core/plan/rosterSheets";
import { createOfficeHost } from "../../src/hosts/office/officeHost";
import type { KaoheHost } from "../../src/taskpane/host";
import type { FakeExcel, FakeSheet } from "./fakeExcel";
import { paneRun, reviewOutcome } from "./support/paneRun";
import { sampleWorkbook } from "./support/workbookOfSamples";

/**
 * A sheet of the user's under one of Kaohe's names, in Excel as through the command line: the
 * pane reads the workbook as it does (every sheet "auto", the user's tally left unread by the
 * review), the core names Kaohe's sheet beside the user's, and the add-in writes it there. The
 * user's sheet stays cell for cell; a re-run finds Kaohe's renamed sheets again.
 */
const SUMMARY = "汇总";
const SUBJECTS = "考核对象";
const TALLIES = "测评明细";

function officeHost(excel: FakeExcel): KaoheHost {
  return createOfficeHost({
    run: excel.run,
    features: { screenUpdating: true, mergedAreas: true, notes: false, mergeUndo: false, pageLayout: true },
  });
}

function snapshot(sheet: FakeSheet): string {
  return JSON.stringify({ ...sheet, cells: [...sheet.cells] });
}

const renamedSummary = `${SUMMARY}${RENAMED_SUFFIX}`;
const renamedSubjects = `${SUBJECTS}${RENAMED_SUFFIX}`;
const renamedTallies = `${TALLIES}${RENAMED_SUFFIX}`;

test("a user's own 汇总, a roster named 考核对象 and ballots named 测评明细 stay as they are; Kaohe writes beside them, and a re-run replaces only its own", async () => {
  const baseline = reviewOutcome(await paneRun(officeHost(await sampleWorkbook())));
  const excel = await sampleWorkbook();
  excel.sheet("名册").name = SUBJECTS;
  excel.sheet("民主测评").name = TALLIES;
  const own = excel.addSheet(SUMMARY, [["本科室自用汇总"], ["项目", "数量"], ["干部", 12]]);
  const before = () => [SUMMARY, SUBJECTS, TALLIES].map((name) => snapshot(excel.sheet(name)));
  const userSheets = before();

  const first = await paneRun(officeHost(excel));
  expect(reviewOutcome(first)).toEqual(baseline);
  expect(first.findings.filter((f) => f.code === "kaohe_sheet_renamed").map((f) => f.message)).toEqual([
    expect.stringContaining(`“${renamedSummary}”`),
    expect.stringContaining(`“${renamedSubjects}”`),
    expect.stringContaining(`“${renamedTallies}”`),
  ]);
  const names = excel.state.sheets.map((s) => s.name);
  expect(names).toEqual(
    expect.arrayContaining([SUMMARY, SUBJECTS, TALLIES, renamedSummary, renamedSubjects, renamedTallies]),
  );
  expect(names.filter((n) => n.includes(SUMMARY))).toEqual([SUMMARY, renamedSummary]);
  expect(own.cells.get("1:1")?.value).toBe("本科室自用汇总");
  expect(before()).toEqual(userSheets);
  // Kaohe's sheets refer to each other under the names they were written with.
  const quotaFormulas = [...excel.sheet("单位名额").cells.values()].flatMap((c) =>
    c.formula === null ? [] : [c.formula],
  );
  expect(quotaFormulas.some((f) => f.includes(`'${renamedSubjects}'!`))).toBe(true);
  expect(quotaFormulas.some((f) => f.includes(`'${SUBJECTS}'!`))).toBe(false);
  expect(excel.sheet(renamedSummary).cells.get("1:1")?.value).toMatch(/^考核汇总（/);
  expect(excel.state.names.get("KAOHE_SHEETS")).toBeDefined();

  // A re-run: the user's sheets are still read as input and kept, Kaohe's renamed ones replaced
  // (the rows dropped here come back), and no third name appears.
  const summaryRows = excel.sheet(renamedSummary).cells.size;
  for (const key of [...excel.sheet(renamedSummary).cells.keys()]) {
    if (Number(key.split(":")[0]) > 4) excel.sheet(renamedSummary).cells.delete(key);
  }
  const again = await paneRun(officeHost(excel));
  expect(excel.state.sheets.map((s) => s.name)).toEqual(names);
  expect(excel.sheet(renamedSummary).cells.size).toBe(summaryRows);
  expect(before()).toEqual(userSheets);
  expect(again.findings.filter((f) => f.code === "kaohe_sheet_renamed")).toEqual([]);
  expect(again.findings.filter((f) => f.code === "kaohe_sheet_kept")).toEqual([]);
  expect(reviewOutcome(again)).toEqual(baseline);
});

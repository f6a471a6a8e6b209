// Slow: LibreOffice (the run's one LibreOffice, office.ts) recalculates four reviewed workbooks, a generated district's
// among them.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { KAOHE_SHEET_NAMES, SUBJECTS_SHEET, SUMMARY_SHEET } from "../../src/core/plan/kaoheSheets";
import { STATUS_LABEL } from "../../src/core/plan/labels";
import { applyPlanToWorkbook } from "../../src/hosts/exceljs/applyPlan";
import { generatedPlan } from "../plan/generatedPlan";
import { reviewedSampleBytes, reviewSamples } from "../plan/samples";
import { subjectColumns } from "../../src/core/plan/subjectColumns";

/** 赵文's 考核状态 cell, the one the tampering test corrupts. */
const STATUS_CELL = `${subjectColumns("hao").letter("status")}5`;
const GRADE_CELL = `${subjectColumns("hao").letter("grade")}5`;
const EDITED_GRADE = "基本称职";
import { formulaResults, recalculate, sameResult, type FormulaResult } from "./libreOffice";

/**
 * LibreOffice opens the reviewed workbooks, recalculates every formula and must arrive at
 * exactly the values Kaohe cached: on the samples and on a generated district. A workbook with
 * one wrong cached value shows that LibreOffice really recalculated. This test fails, never
 * skips, when LibreOffice is missing: CI installs it.
 */
const dir = mkdtempSync(join(tmpdir(), "kaohe-recalc-"));
const files = {
  samples: join(dir, "samples.xlsx"),
  district: join(dir, "district.xlsx"),
  tampered: join(dir, "tampered.xlsx"),
  edited: join(dir, "edited.xlsx"),
};
let recalculated: Record<keyof typeof files, string>;

async function districtBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("名册").getCell("A1").value = "干部名册";
  applyPlanToWorkbook(wb, generatedPlan(2024, 150));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  const samples = await reviewedSampleBytes(await reviewSamples());
  writeFileSync(files.samples, samples);
  writeFileSync(files.district, await districtBytes());
  const tampered = new ExcelJS.Workbook();
  await tampered.xlsx.load(
    samples.buffer.slice(samples.byteOffset, samples.byteOffset + samples.byteLength) as ArrayBuffer,
  );
  const status = tampered.getWorksheet(SUBJECTS_SHEET)?.getCell(STATUS_CELL);
  if (status === undefined) throw new Error("no status cell");
  status.value = { formula: status.formula, result: STATUS_LABEL.review, date1904: false };
  await tampered.xlsx.writeFile(files.tampered);
  // A clerk's edit: 赵文 (胜利路街道, the first unit of 汇总) proposed 基本称职 instead.
  const edited = new ExcelJS.Workbook();
  await edited.xlsx.load(
    samples.buffer.slice(samples.byteOffset, samples.byteOffset + samples.byteLength) as ArrayBuffer,
  );
  const grade = edited.getWorksheet(SUBJECTS_SHEET)?.getCell(GRADE_CELL);
  if (grade === undefined || grade.value === EDITED_GRADE) throw new Error("赵文 is proposed another grade");
  grade.value = EDITED_GRADE;
  await edited.xlsx.writeFile(files.edited);
  const [samplesOut = "", districtOut = "", tamperedOut = "", editedOut = ""] = recalculate([
    files.samples,
    files.district,
    files.tampered,
    files.edited,
  ]);
  recalculated = { samples: samplesOut, district: districtOut, tampered: tamperedOut, edited: editedOut };
}, 180000);

async function differences(
  ours: string,
  theirs: string,
): Promise<{ checked: number; differ: Array<[FormulaResult, unknown]> }> {
  const mine = await formulaResults(ours, KAOHE_SHEET_NAMES);
  const lo = await formulaResults(theirs, KAOHE_SHEET_NAMES);
  const differ: Array<[FormulaResult, unknown]> = [];
  for (const [key, cell] of mine) {
    const other = lo.get(key);
    if (other === undefined || !sameResult(cell.result, other.result)) differ.push([cell, other?.result]);
  }
  return { checked: mine.size, differ };
}

test("LibreOffice recalculates the reviewed sample workbook to exactly the cached values", async () => {
  const { checked, differ } = await differences(files.samples, recalculated.samples);
  expect(differ).toEqual([]);
  expect(checked).toBeGreaterThan(500);
});

test("LibreOffice recalculates a generated district to exactly the cached values", async () => {
  const { checked, differ } = await differences(files.district, recalculated.district);
  expect(differ.slice(0, 5)).toEqual([]);
  expect(checked).toBeGreaterThan(150 * 18);
});

test("LibreOffice really recalculates: a wrong cached value comes back corrected", async () => {
  const { differ } = await differences(files.tampered, recalculated.tampered);
  expect(differ.map(([cell, theirs]) => [cell.sheet, cell.address, cell.result, theirs])).toEqual([
    [SUBJECTS_SHEET, STATUS_CELL, STATUS_LABEL.review, STATUS_LABEL.graded],
  ]);
});

test("an edited 建议等次 changes 汇总's counts when LibreOffice recalculates", async () => {
  const { differ } = await differences(files.edited, recalculated.edited);
  const summary = differ.filter(([cell]) => cell.sheet === SUMMARY_SHEET);
  // 胜利路街道's 建议基本称职 (F5) and the cadres' 基本称职 count of the grade block, one more each.
  const unitCell = summary.find(([cell]) => cell.address === "F5");
  expect(unitCell?.[1]).toBe(Number(unitCell?.[0].result) + 1);
  expect(summary.length).toBeGreaterThanOrEqual(3);
});

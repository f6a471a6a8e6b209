import { join } from "node:path";
import ExcelJS from "exceljs";
import { review, type ReviewResult } from "../../src/core/pipeline";
import { applyPlanToWorkbook } from "../../src/hosts/exceljs/applyPlan";
import { readWorkbookFile } from "../../src/hosts/exceljs/readWorkbook";

/** The sample workbooks of samples/ through the whole pipeline, as the command line runs them. */
export const SAMPLES = join(__dirname, "..", "..", "samples");
export const ROSTER_SAMPLE = join(SAMPLES, "roster-sample.xlsx");
export const BALLOT_SAMPLES = ["long", "wide", "raw"].map((layout) => join(SAMPLES, `ballots-${layout}-sample.xlsx`));

export async function reviewSamples(rosterPath = ROSTER_SAMPLE): Promise<ReviewResult> {
  const roster = await readWorkbookFile(rosterPath);
  const ballots = await Promise.all(BALLOT_SAMPLES.map((path) => readWorkbookFile(path)));
  const outcome = review({
    rosterGrids: roster.grids,
    ballotGrids: ballots.flatMap((b) => b.grids),
    notKept: roster.notKept,
  });
  if (!outcome.ok) throw new Error(outcome.messageEn);
  return outcome.result;
}

export async function loadWorkbook(path: string | Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  if (typeof path === "string") await workbook.xlsx.readFile(path);
  else await workbook.xlsx.load(path.buffer.slice(path.byteOffset, path.byteOffset + path.byteLength) as ArrayBuffer);
  return workbook;
}

/** The reviewed sample workbook, as bytes. */
export async function reviewedSampleBytes(result: ReviewResult, rosterPath = ROSTER_SAMPLE): Promise<Buffer> {
  const workbook = await loadWorkbook(rosterPath);
  applyPlanToWorkbook(workbook, result.plan);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

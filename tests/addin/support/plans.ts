import { join } from "node:path";
import { review, type ReviewResult } from "../../../src/core/pipeline";
import { readWorkbookFile } from "../../../src/hosts/exceljs/readWorkbook";
import { districtGrids } from "./district";

const SAMPLES = join(__dirname, "..", "..", "..", "samples");

export const SAMPLE_BALLOTS = ["ballots-long-sample.xlsx", "ballots-wide-sample.xlsx", "ballots-raw-sample.xlsx"];

export function samplePath(name: string): string {
  return join(SAMPLES, name);
}

function reviewed(outcome: ReturnType<typeof review>): ReviewResult {
  if (!outcome.ok) throw new Error(outcome.messageEn);
  return outcome.result;
}

/** The review of the four sample workbooks, read by the ExcelJS host as the command line reads them. */
export async function sampleReview(): Promise<ReviewResult> {
  const roster = await readWorkbookFile(samplePath("roster-sample.xlsx"));
  const ballots = await Promise.all(SAMPLE_BALLOTS.map((b) => readWorkbookFile(samplePath(b))));
  return reviewed(review({ rosterGrids: roster.grids, ballotGrids: ballots.flatMap((b) => b.grids) }));
}

/** The review of a generated district of `subjects` cadres × 5 evaluator categories. */
export function districtReview(subjects: number): ReviewResult {
  const { roster, ballots } = districtGrids(subjects);
  return reviewed(review({ rosterGrids: [roster], ballotGrids: [ballots] }));
}

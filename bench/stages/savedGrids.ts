import { readFile } from "node:fs/promises";
import { review, type ReviewResult } from "../../src/core/pipeline";
import type { WorkbookGrids } from "../../src/hosts/exceljs/readWorkbook";

/** The grids the read stage saved, and the review the later stages start from. */
export interface SavedGrids {
  roster: WorkbookGrids;
  ballots: WorkbookGrids;
}

export async function loadGrids(path: string): Promise<SavedGrids> {
  return JSON.parse(await readFile(path, "utf8")) as SavedGrids;
}

export function reviewGrids(grids: SavedGrids): ReviewResult {
  const outcome = review({
    rosterGrids: grids.roster.grids,
    ballotGrids: grids.ballots.grids,
    notKept: grids.roster.notKept,
  });
  // The generated district always has a roster header and a year: anything else is a bench bug.
  if (!outcome.ok) throw new Error(outcome.messageEn);
  return outcome.result;
}

import { review, type ReviewResult } from "../../../src/core/pipeline";
import { readWorkbookFile } from "../../../src/hosts/exceljs/readWorkbook";
import { createWpsHost } from "../../../src/hosts/wps/wpsHost";
import { BALLOT_SAMPLES, ROSTER_SAMPLE } from "../../plan/samples";
import type { FakeEt } from "../fakeEt";
import { fakeFromGrids } from "./fakeFromGrids";

/** The roster and ballot samples open in one fake WPS workbook, as a clerk would have pasted them. */
export async function samplesInFakeEt(): Promise<FakeEt> {
  const roster = await readWorkbookFile(ROSTER_SAMPLE);
  const ballots = await Promise.all(BALLOT_SAMPLES.map((p) => readWorkbookFile(p)));
  return fakeFromGrids([...roster.grids, ...ballots.flatMap((b) => b.grids)], "roster-sample.xlsx");
}

/**
 * Reads the open workbook through the WPS host, as the pane does, reviews every sheet as roster
 * and ballots, and writes the review's plan; `applyCalls` counts the calls into ET of the writing alone.
 */
export async function reviewInWps(et: FakeEt): Promise<{ result: ReviewResult; applyCalls: number }> {
  const host = createWpsHost(et.app);
  const sources = await host.listSources();
  const read = await host.readGrids(sources.map((s) => ({ id: s.id, range: null })));
  const grids = read.grids.map((g) => g.grid);
  const outcome = review({ rosterGrids: grids, ballotGrids: grids });
  if (!outcome.ok) throw new Error(outcome.messageEn);
  const before = et.calls;
  await host.applyPlan(outcome.result.plan, { onProgress: () => undefined, signal: new AbortController().signal });
  return { result: outcome.result, applyCalls: et.calls - before };
}

import type { Assessment } from "../../src/core/assess/assessment";
import type { Finding } from "../../src/core/findings/finding";
import { KAOHE_SHEET_NAMES } from "../../src/core/plan/kaoheSheets";
import { buildPlan } from "../../src/core/plan/buildPlan";
import { readBallots, readRoster } from "../../src/core/reader";
import { reportStage, settledRssMb, timed } from "../harness/stageResult";
import { loadGrids, reviewGrids, type SavedGrids } from "./savedGrids";

/**
 * Stages "reader", "core" and "plan" (`node … coreStage.ts GRIDS.json`): `review()`, the
 * facade every host calls, from grids to plan, timed whole. Its parts are timed by doing them
 * again on the same input, each once the review's plan is let go, so that the heap they run in
 * is the one they had inside the review: the reader (grids to roster and tally rows) and the
 * plan (the assessment to the sheets written). The core is the rest: matching, assessment, report.
 */
interface Reviewed {
  ms: number;
  assessment: Assessment;
  findings: Finding[];
  tallies: number;
  planCells: number;
}

/** The review, of which only what the later parts need outlives this function: its plan can be collected. */
async function reviewOnce(grids: SavedGrids): Promise<Reviewed> {
  const { ms, value } = await timed(() => reviewGrids(grids));
  const planCells = value.plan.sheets.reduce((n, s) => n + s.table.rows.length * s.table.columns.length, 0);
  return {
    ms,
    assessment: value.assessment,
    findings: value.findings,
    tallies: value.ballots.tallies.length,
    planCells,
  };
}

async function main(gridsPath: string): Promise<void> {
  const grids = await loadGrids(gridsPath);
  const baseMb = settledRssMb();
  const reviewed = await reviewOnce(grids);
  settledRssMb();
  const isKaohe = (sheet: string) => (KAOHE_SHEET_NAMES as readonly string[]).includes(sheet.trim());
  const sourceGrids = grids.roster.grids.filter((g) => !isKaohe(g.sheet));
  const planned = await timed(() => {
    buildPlan(reviewed.assessment, {
      findings: reviewed.findings,
      rosterFile: grids.roster.file,
      keptSheets: sourceGrids.map((g) => g.sheet),
      date1904: grids.roster.date1904,
    });
  });
  settledRssMb();
  const read = await timed(() => {
    readRoster(sourceGrids);
    readBallots(grids.ballots.grids, { teamLevelSet: reviewed.assessment.rules.teamLevelSet });
  });
  reportStage({
    baseMb,
    reviewMs: reviewed.ms,
    readerMs: read.ms,
    coreMs: reviewed.ms - read.ms - planned.ms,
    planMs: planned.ms,
    subjects: reviewed.assessment.subjects.length,
    tallies: reviewed.tallies,
    findings: reviewed.findings.length,
    planCells: reviewed.planCells,
  });
}

void main(process.argv[2] ?? "");

import { KAOHE_SHEET_NAMES } from "../../src/core/plan/kaoheSheets";
import { buildPlan } from "../../src/core/plan/buildPlan";
import { readBallots, readRoster } from "../../src/core/reader";
import { reportStage, settledRssMb, timed } from "../harness/stageResult";
import { loadGrids, reviewGrids } from "./savedGrids";

/**
 * Stages "reader", "core" and "plan" (`node … coreStage.ts GRIDS.json`): `review()`, the
 * facade every host calls, from grids to plan, timed whole. Its parts are timed by doing them
 * again on the same input: the reader (grids to roster and tally rows) and the plan (the
 * assessment to the sheets written); the core is the rest (matching, assessment, report).
 */
async function main(gridsPath: string): Promise<void> {
  const grids = await loadGrids(gridsPath);
  const baseMb = settledRssMb();
  const reviewed = await timed(() => reviewGrids(grids));
  const result = reviewed.value;
  const { rules } = result.assessment;
  const isKaohe = (sheet: string) => (KAOHE_SHEET_NAMES as readonly string[]).includes(sheet.trim());
  const sourceGrids = grids.roster.grids.filter((g) => !isKaohe(g.sheet));
  const read = await timed(() => {
    readRoster(sourceGrids);
    return readBallots(grids.ballots.grids, { teamLevelSet: rules.teamLevelSet });
  });
  const planned = await timed(() =>
    buildPlan(result.assessment, {
      findings: result.findings,
      rosterFile: grids.roster.file,
      keptSheets: sourceGrids.map((g) => g.sheet),
      date1904: grids.roster.date1904,
    }),
  );
  const cells = planned.value.sheets.reduce((n, s) => n + s.table.rows.length * s.table.columns.length, 0);
  reportStage({
    baseMb,
    reviewMs: reviewed.ms,
    readerMs: read.ms,
    coreMs: reviewed.ms - read.ms - planned.ms,
    planMs: planned.ms,
    subjects: result.assessment.subjects.length,
    tallies: result.ballots.tallies.length,
    findings: result.findings.length,
    planCells: cells,
  });
}

void main(process.argv[2] ?? "");

import { stat } from "node:fs/promises";
import ExcelJS from "exceljs";
import { applyPlanToWorkbook } from "../../src/hosts/exceljs/applyPlan";
import { reportStage, settledRssMb, timed } from "../harness/stageResult";
import { loadGrids, reviewGrids } from "./savedGrids";

/**
 * Stages "apply" and "write" (`node … applyStage.ts GRIDS.json ROSTER.xlsx OUT.xlsx`): the
 * ExcelJS host applies the plan to the roster workbook, then ExcelJS writes the file. The
 * review and the roster workbook are set up before the clock starts.
 */
async function main(gridsPath: string, rosterPath: string, outPath: string): Promise<void> {
  const result = reviewGrids(await loadGrids(gridsPath));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(rosterPath);
  const baseMb = settledRssMb();
  // As the command line applies it: the workbook goes straight to a file.
  const applied = await timed(() => applyPlanToWorkbook(workbook, result.plan, { sharedFormulas: true }));
  const written = await timed(() => workbook.xlsx.writeFile(outPath));
  reportStage({ baseMb, applyMs: applied.ms, writeMs: written.ms, outBytes: (await stat(outPath)).size });
}

const [grids = "", roster = "", out = ""] = process.argv.slice(2);
void main(grids, roster, out);

import { readFile, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { readWorkbookStreaming } from "../../src/hosts/exceljs/streamWorkbookNode";
import { reportStage, settledRssMb, timed } from "../harness/stageResult";

/**
 * Stage "read": the ExcelJS host reads the roster and the ballot workbook into grids a row at a
 * time, as the command line does (`node … readStage.ts ROSTER BALLOTS GRIDS.json`). The grids are then saved for the next
 * stages, after the clock has stopped.
 */
async function main(roster: string, ballots: string, gridsOut: string): Promise<void> {
  const baseMb = settledRssMb();
  const read = async (path: string) => readWorkbookStreaming(new Uint8Array(await readFile(path)), basename(path));
  const rosterRead = await timed(() => read(roster));
  const ballotsRead = await timed(() => read(ballots));
  const rows = ballotsRead.value.grids.reduce((n, g) => n + g.values.length, 0);
  await writeFile(gridsOut, JSON.stringify({ roster: rosterRead.value, ballots: ballotsRead.value }));
  reportStage({ baseMb, readRosterMs: rosterRead.ms, readBallotsMs: ballotsRead.ms, ballotRows: rows });
}

const [roster = "", ballots = "", gridsOut = ""] = process.argv.slice(2);
void main(roster, ballots, gridsOut);

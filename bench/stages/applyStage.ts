import { readFile, stat, writeFile } from "node:fs/promises";
import { readWorkbookBuffer } from "../../src/hosts/exceljs/readWorkbook";
import { gridCellText, RosterPackage } from "../../src/hosts/xlsx/reviewedPackage";
import { nodeZipCodec } from "../../src/hosts/xlsx/nodeZipCodec";
import { reportStage, settledRssMb, timed } from "../harness/stageResult";
import { loadGrids, reviewGrids } from "./savedGrids";

/**
 * Stage "write" (`node … applyStage.ts GRIDS.json ROSTER.xlsx OUT.xlsx`): the command line's
 * writer adds the plan's sheets to the roster's package (src/hosts/xlsx) and the file is
 * written. The review and the roster's bytes are set up before the clock starts.
 */
async function main(gridsPath: string, rosterPath: string, outPath: string): Promise<void> {
  const result = reviewGrids(await loadGrids(gridsPath));
  const roster = new Uint8Array(await readFile(rosterPath));
  const cellText = gridCellText((await readWorkbookBuffer(roster, "roster.xlsx")).grids);
  const baseMb = settledRssMb();
  const written = await timed(async () => {
    // As the command line writes it: the package's pieces written out one after another.
    const pieces = await new RosterPackage(roster, nodeZipCodec).writePieces(result.plan, cellText);
    await writeFile(outPath, pieces);
  });
  reportStage({ baseMb, writeMs: written.ms, outBytes: (await stat(outPath)).size });
}

const [grids = "", roster = "", out = ""] = process.argv.slice(2);
void main(grids, roster, out);

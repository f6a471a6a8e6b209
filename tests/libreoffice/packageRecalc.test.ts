// Slow: LibreOffice (the run's one LibreOffice, office.ts) recalculates the samples' and a district's reviewed workbooks.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KAOHE_SHEET_NAMES } from "../../src/core/plan/kaoheSheets";
import type { WritePlan } from "../../src/core/plan/writePlan";
import { readWorkbookBuffer } from "../../src/hosts/exceljs/readWorkbook";
import { gridCellText, RosterPackage } from "../../src/hosts/xlsx/reviewedPackage";
import { nodeZipCodec } from "../../src/hosts/xlsx/nodeZipCodec";
import { generatedPlan, titleOnlyRoster } from "../plan/generatedPlan";
import { ROSTER_SAMPLE, reviewSamples } from "../plan/samples";
import { unzip } from "../hardening/support/zipFile";
import { formulaResults, recalculate, sameResult } from "./libreOffice";

/**
 * The command line's workbook, written as the roster's package with Kaohe's parts added
 * (src/hosts/xlsx), opened by LibreOffice: every formula it recalculates (shared formulas moved
 * to each row, inline strings, the appended styles) must come to exactly the cached value.
 */
const dir = mkdtempSync(join(tmpdir(), "kaohe-package-recalc-"));

async function packageBytes(roster: Uint8Array, plan: WritePlan): Promise<Uint8Array> {
  const grids = await readWorkbookBuffer(roster, "roster.xlsx");
  return new RosterPackage(roster, nodeZipCodec).write(plan, gridCellText(grids.grids));
}

test("LibreOffice recalculates the package-written samples, a district and a roster LibreOffice wrote, to exactly the cached values", async () => {
  const samples = await reviewSamples();
  // A roster package from another program (LibreOffice: its own styles, number formats and extensions), written
  // once by `soffice --convert-to xlsx` and kept, not made again on every run.
  const rosterByLibreOffice = join(__dirname, "..", "fixtures", "formats", "roster-sample-libreoffice.xlsx");
  expect(unzip(readFileSync(rosterByLibreOffice)).get("docProps/app.xml")?.toString()).toContain(
    "<Application>LibreOffice/",
  );
  const files = [join(dir, "samples.xlsx"), join(dir, "district.xlsx"), join(dir, "libreoffice-roster.xlsx")];
  writeFileSync(files[0] ?? "", await packageBytes(new Uint8Array(readFileSync(ROSTER_SAMPLE)), samples.plan));
  writeFileSync(files[1] ?? "", await packageBytes(await titleOnlyRoster(), generatedPlan(2025, 200)));
  writeFileSync(files[2] ?? "", await packageBytes(new Uint8Array(readFileSync(rosterByLibreOffice)), samples.plan));
  const recalculated = recalculate(files);
  const checked: number[] = [];
  for (const [i, file] of files.entries()) {
    const mine = await formulaResults(file, KAOHE_SHEET_NAMES);
    const theirs = await formulaResults(recalculated[i] ?? "", KAOHE_SHEET_NAMES);
    const differ = [...mine].filter(([key, cell]) => !sameResult(cell.result, theirs.get(key)?.result));
    expect(differ.slice(0, 5).map(([key, cell]) => [key, cell.result, theirs.get(key)?.result])).toEqual([]);
    checked.push(mine.size);
  }
  expect(checked[0]).toBeGreaterThan(500);
  expect(checked[1]).toBeGreaterThan(200 * 18);
  expect(checked[2]).toBe(checked[0]);
}, 240000);

// Slow: the command line reads an .xls roster through SheetJS, then LibreOffice recalculates the result (the run's one
// LibreOffice, office.ts: the first suite to convert starts it, ~5 s of CPU).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { KAOHE_SHEET_NAMES } from "../../src/core/plan/kaoheSheets";
import { readWorkbookBuffer } from "../../src/hosts/exceljs/readWorkbook";
import { runCli, SAMPLES, tempDir } from "../cli/runCli";
import { formulaResults, recalculate, sameResult } from "./libreOffice";

/**
 * The reviewed workbook the command line writes from an .xls roster (a new .xlsx built from the
 * roster's sheets, then Kaohe's sheets added by the package writer) opens in LibreOffice, which
 * recalculates every formula to the cached value and still finds the roster's values and merges.
 */
const FORMATS = join(__dirname, "..", "fixtures", "formats");

test("LibreOffice opens the .xlsx written from an .xls roster, recalculates it to the cached values and keeps the roster sheet", async () => {
  const dir = tempDir();
  const out = join(dir, "reviewed-from-xls.xlsx");
  const run = runCli([
    "review",
    "--roster",
    join(FORMATS, "roster-sample.xls"),
    "--ballots",
    join(FORMATS, "ballots-long-sample.xls"),
    "--ballots",
    join(SAMPLES, "ballots-wide-sample.xlsx"),
    "--out",
    out,
  ]);
  expect(run.status).toBe(0);
  const [recalculated = ""] = recalculate([out]);
  const mine = await formulaResults(out, KAOHE_SHEET_NAMES);
  const theirs = await formulaResults(recalculated, KAOHE_SHEET_NAMES);
  expect(mine.size).toBeGreaterThan(300);
  const differ = [...mine].filter(([key, cell]) => !sameResult(cell.result, theirs.get(key)?.result));
  expect(differ.slice(0, 5).map(([key, cell]) => [key, cell.result, theirs.get(key)?.result])).toEqual([]);
  // LibreOffice's copy still holds the roster's sheet first, with its title merged and its rows.
  const byLibreOffice = await readWorkbookBuffer(new Uint8Array(readFileSync(recalculated)), "lo.xlsx");
  const [roster] = byLibreOffice.grids;
  expect(roster?.sheet).toBe("名册");
  expect(roster?.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 15 });
  expect(roster?.values[2]?.slice(0, 5)).toEqual([1, "赵文", "男", "1973-04-12", "410927197304122531"]);
}, 240000);

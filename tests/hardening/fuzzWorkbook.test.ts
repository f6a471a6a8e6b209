// Slow: each of 20 generated rosters is written and read back through ExcelJS's document model about eight times (applied twice).
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { SheetGrid } from "../../src/core/model/sheetGrid";
import { sameSheetName } from "../../src/core/plan/ownedSheets";
import { review } from "../../src/core/pipeline";
import { applyPlanToWorkbook } from "../../src/hosts/exceljs/applyPlan";
import { readWorkbookBuffer } from "../../src/hosts/exceljs/readWorkbook";
import { NoSheetsError } from "../../src/hosts/exceljs/readWorkbookErrors";
import { FuzzTally } from "./support/fuzzTally";
import { longBallotsArb, rawBallotsArb, reviewInputArb, wideBallotsArb } from "./support/gridArbitraries";
import { mutate, mutationArb } from "./support/mutations";
import { checkFormula, checkRefusal } from "./support/outcomeChecks";
import { sampleGrids } from "./support/sampleGrids";
import { bytesOf, loadBytes, workbookOfGrids } from "./support/workbookOfGrids";

/**
 * Grid to reviewed workbook: a roster workbook (a mutated sample or a generated one) written
 * as an .xlsx, read by the ExcelJS host, reviewed, the plan applied as the command line applies
 * it, written and read back. Its own sheets come back as they were; every formula in the file
 * is Kaohe's own; applying the plan again changes nothing; a sheet of the user's with a Kaohe
 * name stops the apply before anything changes.
 */
const tally = new FuzzTally("reviewed-workbooks");
afterAll(() => tally.write());

const FILE = "名册.xlsx";

function model(wb: ExcelJS.Workbook): unknown {
  return { sheets: wb.worksheets.map((ws) => ({ name: ws.name, model: ws.model })), names: wb.definedNames.model };
}

function formulasOf(wb: ExcelJS.Workbook): string[] {
  const formulas: string[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas.push(cell.formula);
      }),
    );
  }
  return formulas;
}

test("grid to reviewed workbook: sources kept, no formula from cell text, a second apply changes nothing", async () => {
  const samples = await sampleGrids();
  const rosterArb: fc.Arbitrary<SheetGrid[]> = fc.oneof(
    fc
      .array(mutationArb(samples.roster), { maxLength: 3 })
      .map((ms) => ms.reduce((gs, m) => mutate(gs, m), samples.roster).map((g) => ({ ...g, file: FILE }))),
    reviewInputArb.map((input) => [input.roster[0], ...input.roster[1]]),
  );
  const ballotsArb = fc.oneof(
    fc.constant(samples.ballots),
    fc.array(fc.oneof(longBallotsArb, wideBallotsArb, rawBallotsArb), { minLength: 1, maxLength: 3 }),
  );
  await fc.assert(
    // sharedFormulas: as the command line writes files; without: as the preview keeps them.
    fc.asyncProperty(rosterArb, ballotsArb, fc.boolean(), async (rosterGrids, ballotGrids, sharedFormulas) => {
      const generated = workbookOfGrids(rosterGrids);
      const bytes = await bytesOf(generated);
      // A roster whose only sheets have names Excel refuses (""): the file has no sheet, and reading it says so.
      if (generated.worksheets.length === 0) {
        await expect(readWorkbookBuffer(bytes, FILE)).rejects.toThrow(NoSheetsError);
        await expect(readWorkbookBuffer(bytes, FILE)).rejects.toThrow(`${FILE}中没有任何工作表`);
        return;
      }
      const read = await readWorkbookBuffer(bytes, FILE);
      const outcome = review({ rosterGrids: read.grids, ballotGrids, year: 2020 });
      tally.record(outcome);
      if (!outcome.ok) {
        checkRefusal(outcome);
        return;
      }
      const { plan } = outcome.result;
      const workbook = await loadBytes(bytes);
      // A user's sheet named like one of Kaohe's is kept: Kaohe's own takes a name that does not clash.
      for (const sheet of plan.sheets) expect(read.grids.some((g) => sameSheetName(g.sheet, sheet.name))).toBe(false);
      applyPlanToWorkbook(workbook, plan, { sharedFormulas });
      const once = await bytesOf(workbook);
      const back = await readWorkbookBuffer(once, FILE);
      expect(back.grids.map((g) => g.sheet)).toEqual([
        ...read.grids.map((g) => g.sheet),
        ...plan.sheets.map((s) => s.name),
      ]);
      expect(back.grids.slice(0, read.grids.length)).toEqual(read.grids);
      const written = await loadBytes(once);
      for (const formula of formulasOf(written)) checkFormula(formula);
      const onceModel = JSON.stringify(model(written));
      applyPlanToWorkbook(written, plan, { sharedFormulas });
      expect(JSON.stringify(model(await loadBytes(await bytesOf(written))))).toBe(onceModel);
    }),
    { numRuns: 20 },
  );
}, 120_000);

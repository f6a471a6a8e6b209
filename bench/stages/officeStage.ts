import { review } from "../../src/core/pipeline";
import { applyPlanToExcel } from "../../src/hosts/office/applyPlan";
import { FakeExcel, FakeRequestContext } from "../../tests/addin/fakeExcel";
import { districtShape } from "../district/shape";
import { districtGrids } from "../district/writeDistrict";
import { reportStage, settledRssMb, timed } from "../harness/stageResult";
import { EXCEL_1_20 } from "../../tests/addin/support/excelFeatures";

/**
 * Stage "office" (`node … officeStage.ts CADRES`): the Office.js host writes the district's
 * plan through the fake request context of the add-in's tests, which applies every request to
 * an in-memory workbook and counts its bytes as Office.js would send them. Counted: syncs, the
 * largest request, all bytes sent, and the smallest request of cells that was followed by another
 * (a split made before a request was full would show there).
 */

async function main(cadres: number): Promise<void> {
  const grids = districtGrids(districtShape(cadres));
  const outcome = review({ rosterGrids: [grids.roster], ballotGrids: [grids.ballots] });
  if (!outcome.ok) throw new Error(outcome.messageEn);
  const excel = new FakeExcel();
  excel.addSheet("名册", [["姓名"]]);
  const context = new FakeRequestContext(excel.state);
  const baseMb = settledRssMb();
  const applied = await timed(() =>
    applyPlanToExcel(context as unknown as Excel.RequestContext, outcome.result.plan, { features: EXCEL_1_20 }),
  );
  // Cells go in with calculation suspended, out of sight; the last of those carries whatever is
  // left, and the swap that shows them follows. A split is a cell request that another followed.
  const cellRequests = context.requests.filter((r) => r.ops[0]?.name === "suspendApiCalculationUntilNextSync");
  const splits = cellRequests.slice(0, -1).map((r) => r.bytes);
  reportStage({
    baseMb,
    officeMs: applied.ms,
    syncs: context.syncs,
    maxRequestBytes: context.maxRequestBytes,
    requestBytes: context.requests.reduce((sum, r) => sum + r.bytes, 0),
    ...(splits.length > 0 ? { smallestSplitBytes: Math.min(...splits) } : {}),
  });
}

void main(Number(process.argv[2] ?? 2000));

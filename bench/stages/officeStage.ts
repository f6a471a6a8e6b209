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
 * (a split made before a request was full would show there), each also as the batcher estimated
 * it: it splits by its estimate, which counts a Chinese character as six bytes (requestSize.ts),
 * so a split is judged by the estimate, not by the UTF-8 bytes the fake counts.
 */

async function main(cadres: number): Promise<void> {
  const grids = districtGrids(districtShape(cadres));
  const outcome = review({ rosterGrids: [grids.roster], ballotGrids: [grids.ballots] });
  if (!outcome.ok) throw new Error(outcome.messageEn);
  const excel = new FakeExcel();
  excel.addSheet("名册", [["姓名"]]);
  const context = new FakeRequestContext(excel.state);
  const baseMb = settledRssMb();
  // Progress tells the estimated bytes sent after each sync: their steps are the requests' estimates.
  const estimates: number[] = [];
  let estimatedDone = 0;
  const onProgress = ({ done }: { done: number }) => {
    if (done <= estimatedDone) return;
    estimates.push(done - estimatedDone);
    estimatedDone = done;
  };
  const applied = await timed(() =>
    applyPlanToExcel(context as unknown as Excel.RequestContext, outcome.result.plan, {
      features: EXCEL_1_20,
      onProgress,
    }),
  );
  // Cells go in with calculation suspended, out of sight; the last of those carries whatever is
  // left, and the swap that shows them follows. A split is a cell request that another followed.
  const cellRequests = context.requests.filter((r) => r.ops[0]?.name === "suspendApiCalculationUntilNextSync");
  const splits = cellRequests.slice(0, -1).map((r) => r.bytes);
  // The requests of cells come first; the swap's request follows them.
  const cellEstimates = estimates.slice(0, cellRequests.length);
  const splitEstimates = cellEstimates.slice(0, -1);
  reportStage({
    baseMb,
    officeMs: applied.ms,
    syncs: context.syncs,
    maxRequestBytes: context.maxRequestBytes,
    requestBytes: context.requests.reduce((sum, r) => sum + r.bytes, 0),
    cellEstimateBytes: cellEstimates.reduce((sum, n) => sum + n, 0),
    ...(splits.length > 0 ? { smallestSplitBytes: Math.min(...splits) } : {}),
    ...(splitEstimates.length > 0 ? { smallestSplitEstimate: Math.min(...splitEstimates) } : {}),
  });
}

void main(Number(process.argv[2] ?? 2000));

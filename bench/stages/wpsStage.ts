import { review } from "../../src/core/pipeline";
import { applyEtPlan } from "../../src/hosts/wps/applyEtPlan";
import { EtBook } from "../../src/hosts/wps/etFacade";
import { readEtGrids } from "../../src/hosts/wps/readEtGrids";
import { FakeEt } from "../../tests/wps/fakeEt";
import { fakeFromGrids } from "../../tests/wps/support/fakeFromGrids";
import { districtShape } from "../district/shape";
import { districtGrids } from "../district/writeDistrict";
import { reportStage, timed } from "../harness/stageResult";

/**
 * Stage "wps" (`node … wpsStage.ts CADRES`): the WPS host reads the district's two sheets and
 * writes its plan through the fake ET object model of the tests, which counts every member read,
 * write and call, each a round trip into WPS (about 0.2 ms in real WPS). Counted: calls to read,
 * calls to write, and the cells each moved; the times are the fake's, not WPS's.
 */
async function main(cadres: number): Promise<void> {
  const grids = districtGrids(districtShape(cadres));
  const source = fakeFromGrids([grids.roster, grids.ballots]);
  const readStart = source.calls;
  const read = await timed(() =>
    readEtGrids(
      new EtBook(source.app),
      [grids.roster, grids.ballots].map((g) => ({ sheet: g.sheet, range: null })),
    ),
  );
  const readCalls = source.calls - readStart;
  const readCells = read.value.reduce((n, g) => n + g.values.length * (g.values[0]?.length ?? 0), 0);

  const outcome = review({ rosterGrids: [grids.roster], ballotGrids: [grids.ballots] });
  if (!outcome.ok) throw new Error(outcome.messageEn);
  const target = new FakeEt("名册.xlsx");
  target.addSheet("名册", [["姓名"]]);
  const applied = await timed(() => applyEtPlan(new EtBook(target.app), outcome.result.plan));
  const written = outcome.result.plan.sheets.reduce(
    (n, s) => n + (s.table.rows.length + 1) * s.table.columns.length,
    0,
  );
  reportStage({
    wpsReadCalls: readCalls,
    wpsReadCells: readCells,
    wpsReadMs: read.ms,
    wpsApplyCalls: target.calls,
    wpsApplyCells: written,
    wpsApplyMs: applied.ms,
  });
}

void main(Number(process.argv[2] ?? 2000));

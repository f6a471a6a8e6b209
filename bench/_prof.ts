import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../src/hosts/exceljs/readWorkbook";
import { review } from "../src/core/pipeline";
import { applyPlanToWorkbook } from "../src/hosts/exceljs/applyPlan";
(async () => {
  const n = process.argv[2];
  let t = performance.now();
  const lap = (l: string) => { const now = performance.now(); console.log(l, (now - t).toFixed(0), "ms", (process.memoryUsage().rss/1e6).toFixed(0), "MB"); t = now; };
  const r = await readWorkbookFile(`/tmp/kb/district-${n}-roster.xlsx`); lap("read roster");
  const b = await readWorkbookFile(`/tmp/kb/district-${n}-ballots.xlsx`); lap("read ballots");
  const o = review({ rosterGrids: r.grids, ballotGrids: b.grids }); lap("review");
  if (!o.ok) throw new Error(o.messageEn);
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(`/tmp/kb/district-${n}-roster.xlsx`); lap("load roster wb");
  applyPlanToWorkbook(wb, o.result.plan); lap("apply");
  await wb.xlsx.writeFile("/tmp/kb/o2.xlsx"); lap("write");
  console.log(o.result.plan.sheets.map(s => `${s.name} ${s.table.rows.length}x${s.table.columns.length}`));
})();

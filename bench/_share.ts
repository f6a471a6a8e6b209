import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../src/hosts/exceljs/readWorkbook";
import { review } from "../src/core/pipeline";
import { applyPlanToWorkbook } from "../src/hosts/exceljs/applyPlan";
const TOKEN = /"(?:[^"]|"")*"|'(?:[^']|'')*'|(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_.(])|[A-Za-z_\\][A-Za-z0-9_.]*/g;
function shift(f: string, dr: number): string {
  return f.replace(TOKEN, (m, cd, col, rd, row) => (col === undefined || rd === "$" ? m : `${cd}${col}${Number(row) + dr}`));
}
(async () => {
  const [n, mode] = process.argv.slice(2);
  const r = await readWorkbookFile(`/tmp/kb/district-${n}-roster.xlsx`);
  const b = await readWorkbookFile(`/tmp/kb/district-${n}-ballots.xlsx`);
  const o = review({ rosterGrids: r.grids, ballotGrids: b.grids });
  if (!o.ok) throw new Error(o.messageEn);
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(`/tmp/kb/district-${n}-roster.xlsx`);
  applyPlanToWorkbook(wb, o.result.plan);
  let t = performance.now();
  let shared = 0, own = 0;
  if (mode === "shared") {
    for (const s of o.result.plan.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      const { anchorRow, anchorCol, columns, rows } = s.table;
      columns.forEach((_, j) => {
        let master: { f: string; r: number; addr: string } | null = null;
        rows.forEach((row, i) => {
          const cell = ws.getCell(anchorRow + 1 + i, anchorCol + j);
          const v = cell.value as any;
          if (!v || typeof v !== "object" || typeof v.formula !== "string") { master = null; return; }
          const rr = anchorRow + 1 + i;
          if (master && shift(master.f, rr - master.r) === v.formula) { cell.value = { sharedFormula: master.addr, result: v.result } as any; shared++; }
          else { master = { f: v.formula, r: rr, addr: cell.address }; own++; }
        });
      });
    }
  }
  console.log("share", (performance.now() - t).toFixed(0), "ms", shared, own);
  t = performance.now();
  await wb.xlsx.writeFile(`/tmp/kb/s-${mode}.xlsx`);
  console.log(mode, "write", (performance.now() - t).toFixed(0), "ms", "maxRSS", (process.resourceUsage().maxRSS/1024).toFixed(0));
})();

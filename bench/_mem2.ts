import { review } from "../src/core/pipeline";
import { districtGrids } from "./district/writeDistrict";
import { districtShape } from "./district/shape";
const gc = (globalThis as any).gc as () => void;
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
};
const n = Number(process.argv[2]);
const g = districtGrids(districtShape(n));
const o: any = review({ rosterGrids: [g.roster], ballotGrids: [g.ballots] });
const r = o.result;
const out: Record<string, number> = {};
let prev = heap();
for (const k of ["plan", "report", "findings", "roster", "ballots", "assessment"]) {
  r[k] = null;
  const h = heap();
  out[k] = +(prev - h).toFixed(1);
  prev = h;
}
console.log(out);

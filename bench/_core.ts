import { performance } from "node:perf_hooks";
import { review } from "../src/core/pipeline";
import { buildPlan } from "../src/core/plan/buildPlan";
import { districtGrids } from "./district/writeDistrict";
import { districtShape } from "./district/shape";
const n = Number(process.argv[2]);
const g = districtGrids(districtShape(n));
for (let k = 0; k < Number(process.argv[3] ?? 3); k++) {
  let t = performance.now();
  const o = review({ rosterGrids: [g.roster], ballotGrids: [g.ballots] });
  const a = performance.now() - t;
  if (!o.ok) throw new Error(o.messageEn);
  t = performance.now();
  buildPlan(o.result.assessment, { findings: o.result.findings, rosterFile: "x", keptSheets: ["名册"], date1904: false });
  console.log("review", a.toFixed(0), "plan", (performance.now() - t).toFixed(0));
}

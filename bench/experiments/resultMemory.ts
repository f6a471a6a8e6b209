import { review, type ReviewResult } from "../../src/core/pipeline";
import { districtShape } from "../district/shape";
import { districtGrids } from "../district/writeDistrict";

/**
 * Where the review's memory goes (`node --expose-gc --import tsx
 * bench/experiments/resultMemory.ts CADRES`): each part of the review's result is let go in
 * turn and the heap it held is printed, in MB. The largest parts are the plan (its cells'
 * values; a formula column's text is held once, not per cell) and the assessment.
 */
type Part = "plan" | "report" | "findings" | "roster" | "ballots" | "assessment";
const PARTS: readonly Part[] = ["plan", "report", "findings", "roster", "ballots", "assessment"];

function heapMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error("run with node --expose-gc");
  gc();
  gc();
  return process.memoryUsage().heapUsed / (1024 * 1024);
}

function main(cadres: number): void {
  const grids = districtGrids(districtShape(cadres));
  const outcome = review({ rosterGrids: [grids.roster], ballotGrids: [grids.ballots] });
  if (!outcome.ok) throw new Error(outcome.messageEn);
  const result: Partial<ReviewResult> = outcome.result;
  const held: Partial<Record<Part, number>> = {};
  let before = heapMb();
  for (const part of PARTS) {
    delete result[part];
    const after = heapMb();
    held[part] = Math.round(before - after);
    before = after;
  }
  console.log(JSON.stringify({ cadres, heldMb: held }));
}

main(Number(process.argv[2] ?? 2000));

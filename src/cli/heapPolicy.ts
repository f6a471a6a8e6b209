import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * How the command line keeps V8's heap near what it holds alive. The command is started by plain
 * `node` (package.json `bin`), so it sets V8's flags itself, for this process only. Measured on
 * the 20,000-cadre district (BENCH.md, "Session 5 — memory"): peak 729 MB with V8's defaults,
 * 570 MB with the collection below, 485 MB with both.
 */

/**
 * V8 lets the heap grow to up to four times what its last full collection found alive before the
 * next one, when collections are fast next to the work between them; a review holds a few
 * hundred megabytes alive for a while, so its garbage could reach twice that. 50% growth keeps
 * the peak near the live heap for a few more collections (no measurable CPU at 20,000 cadres).
 */
export function limitHeapGrowth(): void {
  setFlagsFromString("--heap-growing-percent=50");
}

let collect: (() => void) | null = null;

/**
 * A full garbage collection, where the command line has just let go of most of what it held (the
 * review's grids, rows and assessment, before the workbook is written): otherwise the writer's
 * garbage piles up on top of them until V8's next collection, which is the peak of the process.
 */
export function collectGarbage(): void {
  if (collect === null) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  }
  collect();
}

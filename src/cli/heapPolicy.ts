import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * How the command line keeps V8's heap near what it holds alive. The command is started by plain
 * `node` (package.json `bin`), so it sets V8's flags itself, for this process only. Measured on
 * the 20,000-cadre district (BENCH.md, "Session 5 — memory"): peak 729 MB with V8's defaults,
 * 570 MB with the collection below, 485 MB with both. Only for large inputs (HeapPolicy): a
 * small district's run peaks far below any machine's memory, and the extra collections cost it
 * about a twentieth of its time (BENCH.md, "Session 13 — the heap policy for large inputs only").
 */

/**
 * V8 lets the heap grow to up to four times what its last full collection found alive before the
 * next one, when collections are fast next to the work between them; a review holds a few
 * hundred megabytes alive for a while, so its garbage could reach twice that. 50% growth keeps
 * the peak near the live heap for a few more collections (no measurable CPU at 20,000 cadres).
 */
function limitHeapGrowth(): void {
  setFlagsFromString("--heap-growing-percent=50");
}

let collect: (() => void) | null = null;

/**
 * A full garbage collection, where the command line has just let go of most of what it held (the
 * review's grids, rows and assessment, before the workbook is written): otherwise the writer's
 * garbage piles up on top of them until V8's next collection, which is the peak of the process.
 */
function collectGarbage(): void {
  if (collect === null) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  }
  collect();
}

/**
 * The input files' bytes in all (compressed, as they lie on disk) from which the heap is held
 * near what it holds alive: about 5,000 cadres' roster and tallies (the 20,000-cadre district's
 * files are 8 MB, the 2,000-cadre one's 0.8 MB). Told before anything is read: limited only
 * once the roster had been read, the 20,000-cadre run peaked at 360 MB instead of 308.
 */
export const HEAP_POLICY_INPUT_BYTES = 2_000_000;

/** What the policy does to V8; the tests give their own. */
export interface HeapActions {
  limitGrowth(): void;
  collect(): void;
}

const V8_ACTIONS: HeapActions = { limitGrowth: limitHeapGrowth, collect: collectGarbage };

/** The policy for one run, decided by its inputs' size before any is read. */
export class HeapPolicy {
  private readonly large: boolean;

  constructor(
    inputBytes: number,
    private readonly actions: HeapActions = V8_ACTIONS,
  ) {
    this.large = inputBytes >= HEAP_POLICY_INPUT_BYTES;
    if (this.large) actions.limitGrowth();
  }

  /** The review done and let go, the workbook still to write: a full collection for large inputs. */
  beforeWrite(): void {
    if (this.large) this.actions.collect();
  }
}

import type { ChildRun } from "./runChild";
import type { SizeRun } from "./districtRun";

/**
 * The figures of one size, flat and rounded, as the table shows them and the final JSON line
 * holds them. A stage that did not finish gives null figures and says why in `failures`.
 */
export interface SizeFigures {
  cadres: number;
  units: number;
  ballotRows: number | null;
  planCells: number | null;
  readRosterMs: number | null;
  readBallotsMs: number | null;
  readPeakMb: number | null;
  /** review() whole: reader, core and plan together. */
  reviewMs: number | null;
  readerMs: number | null;
  /**
   * What review() took beyond the reader's and the plan's re-runs: approximate in a large
   * district, where the garbage collector's share of each differs from run to run.
   */
  coreMs: number | null;
  planMs: number | null;
  corePeakMb: number | null;
  /** The command line's writer: the plan's sheets added to the roster's package, and the file written. */
  writeMs: number | null;
  applyPeakMb: number | null;
  outputBytes: number | null;
  officeMs: number | null;
  officeSyncs: number | null;
  officeMaxRequestBytes: number | null;
  officeRequestBytes: number | null;
  officeSmallestSplitBytes: number | null;
  officeCellEstimateBytes: number | null;
  officeSmallestSplitEstimate: number | null;
  officePeakMb: number | null;
  /** False when no CLI run finished: cliMs, cliPeakMb and cliMsPerCadre are then lower bounds. */
  cliFinished: boolean;
  cliMs: number | null;
  cliPeakMb: number | null;
  /** User + system CPU: less moved than wall time by other work on a shared machine. */
  cliCpuMs: number | null;
  /** `kaohe --help`: the fixed cost of every run (node, the compiled command line, its argument parsing). */
  cliStartupMs: number | null;
  /** The run's time beyond start-up, per cadre: how the work grows with the district. */
  cliMsPerCadre: number | null;
  /** The CLI on its own reviewed workbook (null: it did not finish). */
  rerunMs: number | null;
  rerunPeakMb: number | null;
  floorMs: number | null;
  floorPeakMb: number | null;
  floorCpuMs: number | null;
  /** Median of the pair-by-pair ratios CLI / floor. */
  cliToFloor: number | null;
  runs: number;
  failures: string[];
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const round = (v: number | null | undefined, digits = 0): number | null =>
  v === null || v === undefined || Number.isNaN(v) ? null : Number(v.toFixed(digits));

function fig(run: ChildRun | null, key: string, digits = 0): number | null {
  return run?.ok === true ? round(run.figures[key], digits) : null;
}

const peak = (run: ChildRun | null) => (run?.ok === true ? round(run.peakMb) : null);

export function sizeFigures(run: SizeRun): SizeFigures {
  const pairs = run.cli.map((cli, i) => ({ cli, floor: run.floor[i] })).filter((p) => p.cli.ok && p.floor?.ok);
  const finished = run.cli.filter((r) => r.ok);
  // No run finished (stopped at its time bound, or out of memory): how far it got is a lower bound.
  const cliRuns = finished.length > 0 ? finished : run.cli;
  const cliMs = median(cliRuns.map((r) => r.wallMs));
  const startupMs = median(run.startup.filter((r) => r.ok).map((r) => r.wallMs));
  const failures = (
    [
      ["read", run.read],
      ["core", run.core],
      ["write", run.apply],
      ["office", run.office],
      ...run.cli.map((r) => ["cli", r] as const),
      ...(run.rerun === null ? [] : [["re-run", run.rerun] as const]),
      ...run.floor.map((r) => ["floor", r] as const),
    ] as const
  ).flatMap(([name, r]) =>
    r.failure === null
      ? []
      : [`${name}: ${r.failure} (after ${Math.round(r.wallMs / 1000)} s, peak ${Math.round(r.peakMb)} MB)`],
  );
  return {
    cadres: run.cadres,
    units: run.units,
    ballotRows: fig(run.read, "ballotRows"),
    planCells: fig(run.core, "planCells"),
    readRosterMs: fig(run.read, "readRosterMs"),
    readBallotsMs: fig(run.read, "readBallotsMs"),
    readPeakMb: peak(run.read),
    reviewMs: fig(run.core, "reviewMs"),
    readerMs: fig(run.core, "readerMs"),
    coreMs: fig(run.core, "coreMs"),
    planMs: fig(run.core, "planMs"),
    corePeakMb: peak(run.core),
    writeMs: fig(run.apply, "writeMs"),
    applyPeakMb: peak(run.apply),
    outputBytes: fig(run.apply, "outBytes"),
    officeMs: fig(run.office, "officeMs"),
    officeSyncs: fig(run.office, "syncs"),
    officeMaxRequestBytes: fig(run.office, "maxRequestBytes"),
    officeRequestBytes: fig(run.office, "requestBytes"),
    officeSmallestSplitBytes: fig(run.office, "smallestSplitBytes"),
    officeCellEstimateBytes: fig(run.office, "cellEstimateBytes"),
    officeSmallestSplitEstimate: fig(run.office, "smallestSplitEstimate"),
    officePeakMb: peak(run.office),
    cliMs: round(cliMs),
    cliFinished: finished.length > 0,
    cliPeakMb: round(median(cliRuns.map((r) => r.peakMb))),
    cliCpuMs: round(median(finished.map((r) => r.cpuMs))),
    cliStartupMs: round(startupMs),
    cliMsPerCadre: round(cliMs === null || startupMs === null ? null : (cliMs - startupMs) / run.cadres, 3),
    rerunMs: run.rerun?.ok === true ? round(run.rerun.wallMs) : null,
    rerunPeakMb: run.rerun?.ok === true ? round(run.rerun.peakMb) : null,
    floorMs: round(median(run.floor.filter((r) => r.ok).map((r) => r.wallMs))),
    floorPeakMb: round(median(run.floor.filter((r) => r.ok).map((r) => r.peakMb))),
    floorCpuMs: round(median(run.floor.filter((r) => r.ok).map((r) => r.cpuMs))),
    cliToFloor: round(median(pairs.map((p) => p.cli.wallMs / (p.floor?.wallMs ?? Number.NaN))), 2),
    runs: run.cli.length,
    failures,
  };
}

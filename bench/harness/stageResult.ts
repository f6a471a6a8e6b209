import { performance } from "node:perf_hooks";

/**
 * How a stage script hands its figures to the harness: one marked JSON line on stdout. The
 * stage times only its own work; what it needs first (inputs read, a plan built) is set up
 * before the clock starts, and the memory it then holds is reported as `baseMb`.
 */
export const STAGE_MARK = "KAOHE_BENCH_STAGE ";

/** The line `peakMemory.ts` writes on stderr as a measured process ends. */
export const USAGE_MARK = "KAOHE_BENCH_USAGE ";

export function reportStage(figures: Record<string, number>): void {
  console.log(`${STAGE_MARK}${JSON.stringify(figures)}`);
}

/** Milliseconds `work` takes. */
export async function timed<T>(work: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/** Resident memory in MB after a full collection (with --expose-gc), the stage's starting point. */
export function settledRssMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  return process.memoryUsage.rss() / (1024 * 1024);
}

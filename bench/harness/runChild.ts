import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { STAGE_MARK, USAGE_MARK } from "./stageResult";

/**
 * Runs one measured command as its own Node process, so that no stage's heap or JIT state
 * colours another's, and reports its wall time (spawn to exit, start-up included), its peak
 * memory and CPU time, and the figures a stage script reported about itself.
 */
export interface ChildRun {
  ok: boolean;
  /** Why it did not finish: an exit code, a signal (an out-of-memory crash), or the time bound. */
  failure: string | null;
  wallMs: number;
  peakMb: number;
  cpuMs: number;
  /** What a stage script measured inside itself; empty for whole commands. */
  figures: Record<string, number>;
}

export const ROOT = join(__dirname, "..", "..");
const PEAK_MEMORY = join(__dirname, "peakMemory.ts");
/** The same, compiled with the command line (`scripts/buildCli.ts`): compiled commands are run without tsx. */
const PEAK_MEMORY_JS = join(ROOT, "dist-cli", "bench", "harness", "peakMemory.js");

export interface ChildOptions {
  timeoutMs: number;
  /** Node flags before the script; stages take `--expose-gc` to settle their starting memory. */
  nodeFlags?: readonly string[];
}

export function runChild(script: string, args: readonly string[], options: ChildOptions): Promise<ChildRun> {
  const { timeoutMs, nodeFlags = [] } = options;
  // A compiled command (the command line, the floor) runs as a clerk runs it, with no tsx loaded.
  const loaders = script.endsWith(".js") ? ["--require", PEAK_MEMORY_JS] : ["--import", "tsx", "--import", PEAK_MEMORY];
  const argv = [...nodeFlags, ...loaders, script, ...args];
  const started = performance.now();
  const child = spawn(process.execPath, argv, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  let timedOut = false;
  let sampledKb = 0;
  const sample = () => (sampledKb = Math.max(sampledKb, peakKbOf(child.pid)));
  const sampler = setInterval(sample, 250);
  const timer = setTimeout(() => {
    timedOut = true;
    sample();
    child.kill("SIGKILL");
  }, timeoutMs);
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      clearInterval(sampler);
      const wallMs = performance.now() - started;
      const usage = markedJson(stderr, USAGE_MARK);
      const failure = timedOut
        ? `timeout ${Math.round(timeoutMs / 1000)} s`
        : code === 0
          ? null
          : `${signal ?? `exit ${code}`}: ${lastLine(stderr)}`;
      resolve({
        ok: failure === null,
        failure,
        wallMs,
        // A process killed or crashed out of memory writes no usage line: its sampled peak stands in.
        peakMb: (usage.maxRssKb ?? sampledKb) / 1024,
        cpuMs: (usage.userMs ?? 0) + (usage.systemMs ?? 0),
        figures: markedJson(stdout, STAGE_MARK),
      });
    });
  });
}

function markedJson(text: string, mark: string): Record<string, number> {
  const line = text.split("\n").find((l) => l.startsWith(mark));
  return line === undefined ? {} : (JSON.parse(line.slice(mark.length)) as Record<string, number>);
}

/** The kernel's high-water mark of a running process's resident memory (Linux); 0 elsewhere or once it has ended. */
function peakKbOf(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function lastLine(text: string): string {
  const lines = text.split("\n").filter((l) => l.trim() !== "" && !l.startsWith(USAGE_MARK));
  return (lines.find((l) => /heap out of memory|Error/.test(l)) ?? lines.at(-1) ?? "").trim().slice(0, 120);
}

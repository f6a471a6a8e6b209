import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI_MAIN, ensureCliBuilt } from "../../scripts/buildCli";

/** Runs the command line as a clerk's batch job does, in a child process. */
export const ROOT = join(__dirname, "..", "..");
export const SAMPLES = join(ROOT, "samples");
export const ROSTER = join(SAMPLES, "roster-sample.xlsx");
export const BALLOTS = ["long", "wide", "raw"].flatMap((layout) => [
  "--ballots",
  join(SAMPLES, `ballots-${layout}-sample.xlsx`),
]);

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

// The compiled command line, built first if the sources changed since it was: a test never runs a
// stale build. Built as the suite loads, outside any test's time bound (a build takes 10–30 s on a
// busy machine).
ensureCliBuilt();

/** `node dist-cli/src/cli/main.js …`, which `npm run kaohe --` runs, without npm's start-up on every test. */
export function runCli(args: string[]): CliRun {
  const run = spawnSync(process.execPath, [CLI_MAIN, ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Exactly CONTRACT.md §2's invocation. */
export function runNpm(args: string[]): CliRun {
  const run = spawnSync("npm", ["run", "--silent", "kaohe", "--", ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "kaohe-cli-"));
}

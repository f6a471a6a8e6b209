import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runReview, type ReviewOptions } from "../../../src/cli/reviewCommand";
import { BALLOT_SAMPLES } from "./sampleGrids";

/**
 * `kaohe review` run in this process, as main.ts runs it, with its two output streams kept:
 * fast enough to try every way a clerk's files can be wrong.
 */
export interface CliResult {
  status: number;
  out: string[];
  err: string[];
}

export async function review(options: Partial<ReviewOptions> & { roster: string; out: string }): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runReview(
    { ballots: BALLOT_SAMPLES, ...options },
    { out: (line) => out.push(line), err: (line) => err.push(line) },
  );
  return { status, out, err };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "kaohe-hardening-"));
}

/** Every file in a folder, hidden ones (a left-over temporary file) included. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir).sort();
}

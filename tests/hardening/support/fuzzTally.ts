import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ReviewOutcome } from "../../../src/core/pipeline";
import { countByCode } from "./outcomeChecks";

/**
 * The numbers a fuzzing test file reports: cases run, refusals (a clear message instead of a
 * review), findings by code and command-line exit codes. Written to out/hardening/ for the closing note; a crash is a
 * failed test, so the count of crashes is the count of failed tests.
 */
export class FuzzTally {
  cases = 0;
  refusals = 0;
  readonly findings: Record<string, number> = {};
  /** Command-line runs by exit code. */
  readonly exits: Record<string, number> = {};

  constructor(private readonly name: string) {}

  record(outcome: ReviewOutcome): void {
    this.cases += 1;
    if (outcome.ok) countByCode(outcome.result.findings, this.findings);
    else this.refusals += 1;
  }

  recordExit(status: number): void {
    this.cases += 1;
    this.exits[status] = (this.exits[status] ?? 0) + 1;
  }

  write(): void {
    const dir = join(__dirname, "..", "..", "..", "out", "hardening");
    mkdirSync(dir, { recursive: true });
    const body = { cases: this.cases, refusals: this.refusals, findings: this.findings, exits: this.exits };
    writeFileSync(join(dir, `${this.name}.json`), `${JSON.stringify(body, null, 2)}\n`);
  }
}

import { basename } from "node:path";
import { Progress } from "../../../src/cli/progress";
import { readBallotWorkbook } from "../../../src/cli/reviewFiles";
import { readBallots } from "../../../src/core/reader/readBallots";

/**
 * Run in a child process by largeInput.test.ts: reads a tally the way the command line does (its
 * own readBallotWorkbook, the streaming reader), progress on stderr, and prints what it read and
 * the most memory it held, as JSON on stdout.
 */
async function main(path: string): Promise<void> {
  const progress = new Progress((line) => process.stderr.write(`${line}\n`));
  const workbook = await readBallotWorkbook(path, { onOpened: (opened) => progress.opened(basename(path), opened) });
  const reading = readBallots(workbook.grids, { teamLevelSet: "hao" });
  const codes: Record<string, number> = {};
  for (const f of reading.findings) codes[f.code] = (codes[f.code] ?? 0) + 1;
  const result = {
    rows: workbook.grids[0]?.values.length ?? 0,
    tallies: reading.tallies.length,
    findings: codes,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

void main(process.argv[2] ?? "");

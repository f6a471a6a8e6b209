import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runReview } from "../../../src/cli/reviewCommand";
import { BOMB_CASES } from "./bombCases";
import { bombedRoster } from "./zipBomb";

/**
 * Run in a child process by packageLimits.test.ts: each bomb of BOMB_CASES (and each again with
 * a directory that understates the part's size, so that only counting while unpacking can catch
 * it) is given to the command line's review as the roster; prints per case the exit code, the
 * stderr lines and the CPU time, then the most memory the process held, as JSON lines.
 */
async function main(dir: string): Promise<void> {
  for (const understated of [false, true]) {
    for (const c of BOMB_CASES) {
      const bomb = c.bomb();
      const path = join(dir, "名册.xlsx");
      const bytes = await bombedRoster(
        bomb,
        understated ? (entry) => ({ ...entry, size: bomb.head.length }) : undefined,
      );
      writeFileSync(path, bytes);
      const err: string[] = [];
      const before = process.cpuUsage();
      const status = await runReview(
        { roster: path, ballots: [], out: join(dir, "审核.xlsx") },
        { out: () => undefined, err: (line) => err.push(line) },
      );
      const cpu = process.cpuUsage(before);
      const line = { label: c.label, understated, status, err, cpuMs: Math.round((cpu.user + cpu.system) / 1000) };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  }
  process.stdout.write(`${JSON.stringify({ maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
}

void main(process.argv[2] ?? "");

import { writeSync } from "node:fs";
import { USAGE_MARK } from "./stageResult";

/**
 * Loaded before a measured command (`node --import tsx --import ./bench/harness/peakMemory.ts …`):
 * when the process ends it writes one marked line on stderr with the operating system's own
 * account of the process, its peak resident memory and CPU time. Stages and whole commands are
 * then measured alike, whatever they print themselves.
 */
process.on("exit", () => {
  const usage = process.resourceUsage();
  const line = { maxRssKb: usage.maxRSS, userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000 };
  // A synchronous write: at "exit" a stream write may never reach the pipe.
  writeSync(2, `\n${USAGE_MARK}${JSON.stringify(line)}\n`);
});

import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI_MAIN, ensureCliBuilt } from "../../scripts/buildCli";
import { districtShape } from "../district/shape";
import { writeProvince } from "../district/writeDistrict";
import { runChild } from "./runChild";

/**
 * `npm run bench -- --province`: 100,000 cadres (4,000 units, about 517,000 tally rows) through
 * the compiled command line, once, reporting its wall time and peak memory against the 2 GB the
 * issue allows. Only the command line runs: the floor (ExcelJS reading the province into
 * documents) would take many minutes and several GB on its own.
 */
const CADRES = 100_000;
/** Tally rows per ballot workbook: 100,000 rows of 13 columns stay within INPUT_LIMITS. */
const ROWS_PER_FILE = 100_000;
const PEAK_LIMIT_MB = 2048;
const TIMEOUT_MS = 30 * 60_000;

export async function runProvince(log: (line: string) => void): Promise<void> {
  if (ensureCliBuilt()) log("已构建命令行（dist-cli）");
  const dir = await mkdtemp(join(tmpdir(), "kaohe-province-"));
  try {
    log(`${CADRES} 名干部：生成工作簿…`);
    const files = await writeProvince(dir, districtShape(CADRES), ROWS_PER_FILE);
    const out = join(dir, "province-reviewed.xlsx");
    const args = ["review", "--roster", files.roster, ...files.ballots.flatMap((b) => ["--ballots", b])];
    log(`  命令行（${files.ballots.length} 个测评工作簿）`);
    const run = await runChild(CLI_MAIN, [...args, "--out", out, "--json", join(dir, "province-report.json")], {
      timeoutMs: TIMEOUT_MS,
    });
    const bytes = run.ok ? (await stat(out)).size : null;
    const figures = {
      cadres: CADRES,
      ballotFiles: files.ballots.length,
      ok: run.ok,
      failure: run.failure,
      wallMs: Math.round(run.wallMs),
      cpuMs: Math.round(run.cpuMs),
      peakMb: Math.round(run.peakMb),
      outputBytes: bytes,
      peakWithinLimit: run.ok && run.peakMb < PEAK_LIMIT_MB,
    };
    console.log(
      `省级规模（${CADRES.toLocaleString("en-US")} 名干部，${files.ballots.length} 个测评工作簿）：` +
        (run.ok ? `完成，用时 ${(run.wallMs / 1000).toFixed(1)} s` : `未完成（${run.failure ?? ""}）`) +
        `，内存峰值 ${Math.round(run.peakMb)} MB（上限 ${PEAK_LIMIT_MB} MB：${figures.peakWithinLimit ? "达到" : "未达到"}）`,
    );
    console.log(JSON.stringify({ bench: "kaohe-province/1", node: process.version, ...figures }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

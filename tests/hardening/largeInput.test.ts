// Slow: writes and reads a 100,000-row tally (1.2 million cells) in a child process.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LONG_RUN_SHEET_BYTES, Progress } from "../../src/cli/progress";
import { INPUT_LIMITS } from "../../src/core/limits";
import type { GridValue, SheetGrid } from "../../src/core/model/sheetGrid";
import type { WorkbookGrids } from "../../src/hosts/exceljs/readWorkbook";
import { FINDINGS_SHEET } from "../../src/core/plan/kaoheSheets";
import { review } from "../../src/core/pipeline";
import { statedSheetBytes } from "../../src/hosts/exceljs/workbookScan";
import { tempDir } from "./support/cliRun";
import { writeLargeTally } from "./support/largeTally";
import { checkPlan } from "./support/outcomeChecks";
import { copyGrid, sampleGrids } from "./support/sampleGrids";

/**
 * A 100,000-row tally (1.2 million cells, within INPUT_LIMITS) is read as the command line
 * reads it, in a child process whose heap is capped at 1 GB: it must finish, read every row,
 * say on stderr that a long read is under way, and stay under 1 GB of memory in all. Memory is
 * asserted, never time.
 */
const ROOT = join(__dirname, "..", "..");
const ROWS = 100_000;
const MEMORY_BOUND_MB = 1024;

test("a 100,000-row tally is read whole, with progress on stderr, in bounded memory", async () => {
  expect(ROWS + 2).toBeLessThanOrEqual(INPUT_LIMITS.rowsPerSheet);
  const path = join(tempDir(), "测评汇总十万行.xlsx");
  await writeLargeTally(path, ROWS);
  const run = spawnSync(join(ROOT, "node_modules", ".bin", "tsx"), [join(__dirname, "support", "readLarge.ts"), path], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: `--max-old-space-size=${MEMORY_BOUND_MB}` },
  });
  expect(run.status).toBe(0);
  const result = JSON.parse(run.stdout) as {
    rows: number;
    tallies: number;
    findings: Record<string, number>;
    maxRssMb: number;
  };
  expect(result.rows).toBe(ROWS + 2);
  expect(result.tallies).toBe(ROWS);
  expect(Object.keys(result.findings).filter((code) => !["header_found", "note"].includes(code))).toEqual([]);
  expect(result.maxRssMb).toBeLessThan(MEMORY_BOUND_MB);
  // Told by the sheets' size the file states: 1.2 million cells take tens of megabytes.
  const sheetBytes = statedSheetBytes(new Uint8Array(readFileSync(path)));
  expect(sheetBytes).toBeGreaterThan(10 * LONG_RUN_SHEET_BYTES);
  expect(run.stderr.trim().split("\n")).toEqual([
    `正在读取 测评汇总十万行.xlsx：工作表数据 ${(sheetBytes / 1_000_000).toFixed(1)} MB，请稍候…`,
  ]);
}, 120_000);

test("small inputs read quietly: progress is for long reads only", () => {
  const lines: string[] = [];
  const progress = new Progress((line) => lines.push(line));
  progress.opened("名册.xlsx", { sheetBytes: 400_000 });
  progress.read("名册.xlsx", { grids: [] } as unknown as WorkbookGrids);
  progress.opened("测评.xlsx", { sheetBytes: LONG_RUN_SHEET_BYTES - 1 });
  progress.step("正在审核…");
  expect(lines).toEqual([]);
  progress.opened("测评.xlsx", { sheetBytes: 45_250_000 });
  const rows = (n: number) => ({ values: Array.from({ length: n }, () => []) }) as unknown as SheetGrid;
  const read = { grids: [rows(20), rows(103_402), rows(7)] } as unknown as WorkbookGrids;
  progress.read("测评.xlsx", read);
  progress.step("正在审核…");
  expect(lines).toEqual([
    "正在读取 测评.xlsx：工作表数据 45.3 MB，请稍候…",
    "已读取 测评.xlsx：最长的工作表 103,402 行",
    "正在审核…",
  ]);
});

test("a tally sheet of 100,000 rows that name nobody: one finding per row, at its cell, and nothing else changes", async () => {
  const { roster, ballots } = await sampleGrids();
  const [long, ...others] = ballots;
  if (long === undefined) throw new Error("no long sample");
  const nameless: GridValue[] = [null, "胜利路街道", "班子成员", 8, 8, 8, 6, 2, 0, 0, 0];
  const big = copyGrid(long, { values: [...long.values, ...Array.from({ length: ROWS }, () => nameless)] });
  const before = review({ rosterGrids: roster, ballotGrids: ballots });
  const after = review({ rosterGrids: roster, ballotGrids: [big, ...others] });
  if (!before.ok || !after.ok) throw new Error("refused");
  const notes = after.result.findings.filter(
    (f) => f.code === "note" && f.sheet === long.sheet && f.file === long.file,
  );
  expect(new Set(notes.map((f) => f.cell)).size).toBe(ROWS);
  expect(notes.every((f) => Number(f.cell?.slice(1)) > long.values.length)).toBe(true);
  expect(after.result.report.subjects).toEqual(before.result.report.subjects);
  checkPlan(after.result.plan);
  expect(after.result.plan.sheets.find((s) => s.name === FINDINGS_SHEET)?.table.rows.length).toBeGreaterThan(ROWS);
});

/**
 * How long the reader takes to read a long-layout tally of `rows` rows from a grid (no file
 * I/O): `npx tsx bench/readTallies.ts [rows]`, 10,000 rows by default. A figure to watch, not a
 * test: timings depend on the machine.
 */
import { performance } from "node:perf_hooks";
import type { GridValue, SheetGrid } from "../src/core/model/sheetGrid";
import { readBallots } from "../src/core/reader";

const CATEGORIES = ["班子成员", "中层干部", "干部职工代表", "服务对象"];
const HEADER = [
  "序号",
  "姓名",
  "单位",
  "评价主体",
  "发出票数",
  "收回票数",
  "有效票数",
  "优秀",
  "称职",
  "基本称职",
  "不称职",
  "弃权",
];

/** A tally grid under a title row: each subject evaluated by four categories, every count consistent. */
export function tallyGrid(rows: number): SheetGrid {
  const values: GridValue[][] = [["2020年度民主测评汇总表"], HEADER];
  for (let i = 0; i < rows; i++) {
    const subject = Math.floor(i / CATEGORIES.length);
    const issued = 40 + (i % 7);
    const excellent = i % 11;
    values.push([
      i + 1,
      `干部${subject}`,
      `单位${subject % 90}`,
      CATEGORIES[i % CATEGORIES.length] ?? "",
      issued,
      issued - 1,
      issued - 1,
      excellent,
      issued - 3 - excellent,
      1,
      0,
      1,
    ]);
  }
  return {
    file: "bench.xlsx",
    sheet: "测评汇总",
    originRow: 1,
    originCol: 1,
    values,
    merges: [{ top: 0, left: 0, bottom: 0, right: 11 }],
    date1904: false,
  };
}

export function benchReadTallies(rows: number): { ms: number; rows: number } {
  const grid = tallyGrid(rows);
  const started = performance.now();
  const reading = readBallots([grid], { teamLevelSet: "hao" });
  const ms = performance.now() - started;
  return { ms, rows: reading.tallies.length };
}

if (require.main === module) {
  const rows = Number(process.argv[2] ?? 10000);
  // A first run warms up the JIT, as a clerk's second review would be.
  benchReadTallies(1000);
  const { ms, rows: read } = benchReadTallies(rows);
  console.log(
    `读取 ${read} 行测评汇总：${ms.toFixed(0)} ms (${read} tally rows read from a grid in ${ms.toFixed(0)} ms)`,
  );
}

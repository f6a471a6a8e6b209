import type { SizeFigures } from "./figures";
import type { TargetCheck } from "./targets";

/** The figures as a plain-text table, one column per district size, then the targets. */
type FigureKey = { [K in keyof SizeFigures]: SizeFigures[K] extends number | null ? K : never }[keyof SizeFigures];

const ROWS: ReadonlyArray<[label: string, key: FigureKey]> = [
  ["ballot rows 测评行数", "ballotRows"],
  ["plan cells 写出单元格", "planCells"],
  ["read roster 读名册 ms", "readRosterMs"],
  ["read ballots 读测评表 ms", "readBallotsMs"],
  ["  read peak MB", "readPeakMb"],
  ["review() 审核 ms", "reviewMs"],
  ["  reader 读取行 ms (re-run)", "readerMs"],
  ["  core 核心 ms (the rest)", "coreMs"],
  ["  plan 写出计划 ms (re-run)", "planMs"],
  ["  reader+core+plan peak MB", "corePeakMb"],
  ["write 写出审核工作簿 ms", "writeMs"],
  ["  write peak MB", "applyPeakMb"],
  ["output 输出 bytes", "outputBytes"],
  ["Office.js apply ms", "officeMs"],
  ["Office.js syncs", "officeSyncs"],
  ["largest request bytes", "officeMaxRequestBytes"],
  ["all requests bytes", "officeRequestBytes"],
  ["  office peak MB", "officePeakMb"],
  ["whole CLI 命令行 ms", "cliMs"],
  ["  CLI peak MB", "cliPeakMb"],
  ["  CLI cpu ms", "cliCpuMs"],
  ["  CLI start-up (kaohe --help) ms", "cliStartupMs"],
  ["  CLI ms per cadre after start-up", "cliMsPerCadre"],
  ["CLI re-run on its reviewed workbook ms", "rerunMs"],
  ["  re-run peak MB", "rerunPeakMb"],
  ["floor (ExcelJS only) ms", "floorMs"],
  ["  floor peak MB", "floorPeakMb"],
  ["  floor cpu ms", "floorCpuMs"],
  ["CLI / floor (median of pairs)", "cliToFloor"],
  ["CLI–floor pairs", "runs"],
];

/** Figures that, when no CLI run finished, say how far the run got: at least this much. */
const LOWER_BOUNDS: ReadonlySet<FigureKey> = new Set(["cliMs", "cliPeakMb", "cliMsPerCadre"]);

export function figuresTable(sizes: readonly SizeFigures[]): string[] {
  const width = 32;
  const cell = (v: number | string | null) => String(v ?? "—").padStart(12);
  const lines = [`${"".padEnd(width)}${sizes.map((s) => cell(`${s.cadres} 名`)).join("")}`];
  const shown = (s: SizeFigures, key: FigureKey) =>
    LOWER_BOUNDS.has(key) && !s.cliFinished && s[key] !== null ? `≥${s[key]}` : s[key];
  for (const [label, key] of ROWS)
    lines.push(`${label.padEnd(width)}${sizes.map((s) => cell(shown(s, key))).join("")}`);
  for (const s of sizes) for (const failure of s.failures) lines.push(`! ${s.cadres}: ${failure}`);
  return lines;
}

export function targetLines(checks: readonly TargetCheck[]): string[] {
  const mark = (met: boolean | null) => (met === null ? "未测 n/a " : met ? "达到 met " : "未达 MISS");
  return checks.map((c) => `${mark(c.met)}  ${c.name}: ${c.detail}`);
}

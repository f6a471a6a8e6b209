import { join } from "node:path";
import { ROOT, runChild } from "../harness/runChild";

/**
 * The task pane's thread at one district size (bench/stages/paneStage.ts), before and after the
 * review worker kept the result: what a session — the first review, one live edit, and
 * 计算与标注 — costs the pane in messages from and to the worker.
 */
export interface PanePoint {
  cadres: number;
  failure: string | null;
  before: PaneSide | null;
  after: PaneSide | null;
}

export interface PaneSide {
  messagesIn: number;
  maxInBytes: number;
  inBytes: number;
  /** The longest deserialize of one message received, ms. */
  maxInMs: number;
  inMs: number;
  /** The longest serialize of one message posted, ms. */
  maxOutMs: number;
  outMs: number;
}

const PHASES = ["review", "page", "edit", "apply"];

function side(f: Record<string, number>, phase: string, key: string): number {
  return f[`${phase}${key}`] ?? 0;
}

export function paneSides(f: Record<string, number>): { before: PaneSide; after: PaneSide } {
  const inBytes = f.beforeInBytes ?? 0;
  const inMs = f.beforeInMs ?? 0;
  const outMs = f.beforeOutMs ?? 0;
  // Before, the first review and the edit each posted the whole basis and received the whole outcome.
  const before = {
    messagesIn: 2,
    maxInBytes: inBytes,
    inBytes: 2 * inBytes,
    maxInMs: inMs,
    inMs: 2 * inMs,
    maxOutMs: outMs,
    outMs: 2 * outMs,
  };
  const sum = (key: string) => PHASES.reduce((s, p) => s + side(f, p, key), 0);
  const max = (key: string) => Math.max(...PHASES.map((p) => side(f, p, key)));
  const after = {
    messagesIn: sum("MessagesIn"),
    maxInBytes: max("MaxInBytes"),
    inBytes: sum("InBytes"),
    maxInMs: max("MaxInMs"),
    inMs: sum("InMs"),
    maxOutMs: max("MaxOutMs"),
    outMs: sum("OutMs"),
  };
  return { before, after };
}

export async function panePoint(cadres: number, timeoutMs: number): Promise<PanePoint> {
  const script = join(ROOT, "bench", "stages", "paneStage.ts");
  const run = await runChild(script, [String(cadres)], { timeoutMs, nodeFlags: ["--expose-gc"] });
  if (!run.ok) return { cadres, failure: run.failure, before: null, after: null };
  return { cadres, failure: null, ...paneSides(run.figures) };
}

export function paneLines(points: readonly PanePoint[]): string[] {
  const rows: Array<[string, (s: PaneSide) => number]> = [
    ["messages to the pane 收到消息", (s) => s.messagesIn],
    ["largest message 最大消息 bytes", (s) => s.maxInBytes],
    ["largest deserialize 最长反序列化 ms", (s) => s.maxInMs],
    ["all deserialize 反序列化合计 ms", (s) => s.inMs],
    ["largest serialize 最长序列化 ms", (s) => s.maxOutMs],
    ["all serialize 序列化合计 ms", (s) => s.outMs],
  ];
  const width = 36;
  const cell = (v: string) => v.padStart(14);
  const heads = points.flatMap((p) => [`${p.cadres} before`, `${p.cadres} after`]);
  const lines = [
    "任务窗格线程（首次审核 + 一次实时校验 + 计算与标注）",
    `${"".padEnd(width)}${heads.map(cell).join("")}`,
  ];
  for (const [label, of] of rows) {
    const values = points.flatMap((p) =>
      [p.before, p.after].map((s) => (s === null ? "—" : String(Math.round(of(s))))),
    );
    lines.push(`${label.padEnd(width)}${values.map(cell).join("")}`);
  }
  for (const p of points) if (p.failure !== null) lines.push(`! pane ${p.cadres}: ${p.failure}`);
  return lines;
}

/** The target: no message from the worker takes the pane's thread 100 ms or more to deserialize. */
export function paneTarget(points: readonly PanePoint[]): string {
  const largest = points.filter((p) => p.after !== null).map((p) => [p.cadres, p.after?.maxInMs ?? 0] as const);
  if (largest.length === 0) return "未测 n/a   pane: no figures";
  const met = largest.every(([, ms]) => ms < 100);
  const detail = largest.map(([cadres, ms]) => `${cadres}: ${ms.toFixed(1)} ms`).join(", ");
  return `${met ? "达到 met " : "未达 MISS"}  no single message deserializes on the pane in 100 ms or more: ${detail}`;
}

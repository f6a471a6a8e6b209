import type { SheetGrid } from "../../../src/core/model/sheetGrid";
import { patchGrid } from "../../../src/hosts/office/gridPatch";
import { ProgressTotal } from "../../../src/hosts/office/progressTotal";
import { ByteTally } from "../../../src/hosts/office/requestBatcher";
import { writeTableCells } from "../../../src/hosts/office/tableWriter";
import type { WriteContext } from "../../../src/hosts/office/writeContext";
import type { PaneResult } from "../../../src/taskpane/review/reviewer";
import { createWorkerReviewer } from "../../../src/taskpane/review/workerReviewer";
import { withGrid, type ReviewBasis } from "../../../src/taskpane/session/reviewRun";
import { tappedWorkers, type MessageFigure, type WorkerChannel } from "./messageTap";

/**
 * A task-pane session over a district's roster and ballot grids, through the worker reviewer on a
 * measured channel (messageTap.ts), phase by phase: the first review, another page of 审阅, one
 * edited roster row (实时校验), and 计算与标注 — the plan fetched block by block exactly as the
 * Office.js host fetches and encodes it (its table writer over a byte tally, so that no fake
 * workbook is needed at 20,000 cadres). Used by tests/addin/paneMessages.test.ts, which asserts
 * sizes, and by bench/stages/paneStage.ts, which reports times.
 */
export type Phase = "review" | "page" | "edit" | "apply";

export interface PhaseFigures {
  messagesIn: number;
  maxInBytes: number;
  inBytes: number;
  maxInMs: number;
  inMs: number;
  messagesOut: number;
  maxOutBytes: number;
  outBytes: number;
  maxOutMs: number;
  outMs: number;
}

export function phaseFigures(figures: readonly MessageFigure[]): PhaseFigures {
  const inbound = figures.filter((f) => f.direction === "in");
  const outbound = figures.filter((f) => f.direction === "out");
  const max = (list: readonly MessageFigure[], key: "bytes" | "ms") => Math.max(0, ...list.map((f) => f[key]));
  const sum = (list: readonly MessageFigure[], key: "bytes" | "ms") => list.reduce((s, f) => s + f[key], 0);
  return {
    messagesIn: inbound.length,
    maxInBytes: max(inbound, "bytes"),
    inBytes: sum(inbound, "bytes"),
    maxInMs: max(inbound, "ms"),
    inMs: sum(inbound, "ms"),
    messagesOut: outbound.length,
    maxOutBytes: max(outbound, "bytes"),
    outBytes: sum(outbound, "bytes"),
    maxOutMs: max(outbound, "ms"),
    outMs: sum(outbound, "ms"),
  };
}

export interface PaneFlow {
  phases: Record<Phase, MessageFigure[]>;
  /** The view's counts, to check the session reviewed what it should. */
  subjects: number;
  /** Rows fetched: a table row once for each run of its value columns (tableRows.ts). */
  fetchedRows: number;
  /** The edit's changes at its row. */
  editChanges: { added: number; resolved: number };
}

export function districtBasis(grids: { roster: SheetGrid; ballots: SheetGrid }): ReviewBasis {
  return {
    grids: [
      { id: "roster", grid: grids.roster },
      { id: "ballots", grid: grids.ballots },
    ],
    destinations: { roster: "roster", ballots: "ballots" },
    overrides: [],
    rules: null,
    year: null,
    notKept: [],
  };
}

const quiet = () => ({ signal: new AbortController().signal, onProgress: () => undefined });

async function reviewed(reviewer: ReturnType<typeof createWorkerReviewer>, basis: ReviewBasis): Promise<PaneResult> {
  const outcome = await reviewer.review(basis, quiet());
  if (!outcome.ok) throw new Error(outcome.messageEn);
  return outcome.result;
}

export async function paneFlow(
  grids: { roster: SheetGrid; ballots: SheetGrid },
  options: { connect?: () => WorkerChannel } = {},
): Promise<PaneFlow> {
  const tap = tappedWorkers(options.connect === undefined ? {} : { connect: options.connect });
  try {
    const phases = {} as Record<Phase, MessageFigure[]>;
    let mark = 0;
    const phase = async <T>(name: Phase, work: () => Promise<T>): Promise<T> => {
      const value = await work();
      phases[name] = tap.figures.slice(mark);
      mark = tap.figures.length;
      return value;
    };
    const reviewer = createWorkerReviewer(tap.start);
    const basis = districtBasis(grids);
    const first = await phase("review", () => reviewed(reviewer, basis));
    await phase("page", () => first.page({ severities: ["error", "warning", "info"], code: null, text: "" }));

    // The third cadre's row (below the title and header rows): its 出生日期 typed as a month that is not.
    const at = 5;
    const row = [...(grids.roster.values[at - grids.roster.originRow] ?? [])];
    row[3] = "1985年13月";
    const edited = withGrid(basis, { id: "roster", grid: patchGrid(grids.roster, at, [row]) });
    const where = { file: grids.roster.file, sheet: grids.roster.sheet, firstRow: at, lastRow: at };
    const { latest, editChanges } = await phase("edit", async () => {
      const after = await reviewed(reviewer, edited);
      const [counts] = await after.changesSince(first, [where]);
      return { latest: after, editChanges: counts ?? { added: 0, resolved: 0 } };
    });

    const fetchedRows = await phase("apply", async () => {
      const source = await latest.plan();
      let rows = 0;
      const tally = new ByteTally();
      // The tally never enqueues, so the writer never reaches for a worksheet.
      const w = {} as WriteContext;
      for (const [i, sheet] of source.outline.sheets.entries()) {
        const pull = async (block: Parameters<typeof source.block>[1]) => {
          const cells = await source.block(i, block);
          rows += cells.length;
          return cells;
        };
        await writeTableCells(tally, w, sheet, sheet.name, { pull, total: new ProgressTotal() });
      }
      source.close();
      return rows;
    });
    return { phases, subjects: first.view.subjects, fetchedRows, editChanges };
  } finally {
    tap.close();
  }
}

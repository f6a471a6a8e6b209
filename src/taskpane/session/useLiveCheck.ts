import { useCallback, useEffect, useRef, useState } from "react";
import { classifySheet } from "../../core/reader";
import type { GridEdit, HostMessage, KaoheHost } from "../host";
import { createEditQueue, type EditQueue } from "./editQueue";
import { withGrid } from "./reviewRun";
import { messageOf, type Session } from "./useSession";

export interface LiveEntry {
  at: Date;
  sheet: string;
  firstRow: number;
  lastRow: number;
  added: number;
  resolved: number;
}

/** Edits this close together are reviewed once; steady typing is still reviewed at least this often. */
export const LIVE_QUIET_MS = 400;
export const LIVE_MAX_WAIT_MS = 2000;

/**
 * 实时校验: while on, every edit of a watched sheet comes back from the host as the edited rows
 * only. Edits are coalesced (editQueue.ts): one review, off the pane's thread, for each burst of
 * edits, computed from the grids in memory; the findings at each edit's rows are compared, so
 * the list updates without reading the workbook again.
 */
export function useLiveCheck(host: KaoheHost, session: Session) {
  const [entries, setEntries] = useState<LiveEntry[]>([]);
  const [watching, setWatching] = useState(0);
  /** The last edit that could not be read back: shown, never swallowed. */
  const [failure, setFailure] = useState<HostMessage | null>(null);
  const stop = useRef<(() => Promise<void>) | null>(null);
  const queue = useRef<EditQueue<GridEdit> | null>(null);
  const { basisRef, outcomeRef, recompute } = session;

  const turnOff = useCallback(async () => {
    const stopper = stop.current;
    stop.current = null;
    queue.current?.clear();
    queue.current = null;
    setWatching(0);
    if (stopper !== null) await stopper();
  }, []);

  const review = useCallback(
    async (edits: GridEdit[]) => {
      const before = basisRef.current;
      if (before === null) return;
      const previous = outcomeRef.current;
      const after = await recompute(edits.reduce((basis, edit) => withGrid(basis, edit.source), before));
      if (after === null) return;
      const at = new Date();
      const where = edits.map((edit) => ({
        file: edit.source.grid.file,
        sheet: edit.source.grid.sheet,
        firstRow: edit.firstRow,
        lastRow: edit.lastRow,
      }));
      // The findings are compared where the reviews are kept: only the counts come to the pane.
      let counts = where.map(() => ({ added: 0, resolved: 0 }));
      try {
        if (previous?.ok === true && after.ok) counts = await after.result.changesSince(previous.result, where);
      } catch (e) {
        setFailure(messageOf(e));
      }
      const added = where.map((w, i): LiveEntry => ({
        at,
        sheet: w.sheet,
        firstRow: w.firstRow,
        lastRow: w.lastRow,
        added: counts[i]?.added ?? 0,
        resolved: counts[i]?.resolved ?? 0,
      }));
      setEntries((list) => [...added.reverse(), ...list].slice(0, 50));
    },
    [basisRef, outcomeRef, recompute],
  );

  const turnOn = useCallback(async () => {
    const basis = basisRef.current;
    if (host.watchEdits === undefined || basis === null) return;
    await turnOff();
    setFailure(null);
    // Kaohe's own sheets are replaced by every write, so only the user's source sheets are watched.
    const watched = basis.grids.filter((g) => basis.destinations[g.id] !== "skip" && classifySheet(g.grid) !== "kaohe");
    const edits = createEditQueue(review, { quietMs: LIVE_QUIET_MS, maxWaitMs: LIVE_MAX_WAIT_MS });
    queue.current = edits;
    stop.current = await host.watchEdits(
      watched,
      (edit) => edits.push(edit),
      (error) => setFailure(messageOf(error)),
    );
    setWatching(watched.length);
  }, [basisRef, host, review, turnOff]);

  useEffect(() => () => void turnOff(), [turnOff]);

  return { available: host.watchEdits !== undefined, watching, entries, failure, turnOn, turnOff };
}

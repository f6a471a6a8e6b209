import { useCallback, useEffect, useRef, useState } from "react";
import { classifySheet } from "../../core/reader";
import type { HostMessage, KaoheHost } from "../host";
import { liveChange } from "./liveDiff";
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

/**
 * 实时校验: while on, every edit of a watched sheet comes back from the host as the edited rows
 * only; the review is computed again from the grids in memory and the findings at those rows
 * are compared, so the list updates without reading the workbook again.
 */
export function useLiveCheck(host: KaoheHost, session: Session) {
  const [entries, setEntries] = useState<LiveEntry[]>([]);
  const [watching, setWatching] = useState(0);
  /** The last edit that could not be read back: shown, never swallowed. */
  const [failure, setFailure] = useState<HostMessage | null>(null);
  const stop = useRef<(() => Promise<void>) | null>(null);
  const { basisRef, outcomeRef, recompute } = session;

  const turnOff = useCallback(async () => {
    const stopper = stop.current;
    stop.current = null;
    setWatching(0);
    if (stopper !== null) await stopper();
  }, []);

  const turnOn = useCallback(async () => {
    const basis = basisRef.current;
    if (host.watchEdits === undefined || basis === null) return;
    await turnOff();
    setFailure(null);
    // Kaohe's own sheets are replaced by every write, so only the user's source sheets are watched.
    const watched = basis.grids.filter((g) => basis.destinations[g.id] !== "skip" && classifySheet(g.grid) !== "kaohe");
    stop.current = await host.watchEdits(
      watched,
      (edit) => {
        const before = basisRef.current;
        if (before === null) return;
        const previous = outcomeRef.current;
        const after = recompute(withGrid(before, edit.source));
        const { grid } = edit.source;
        const change = liveChange(
          previous?.ok === true ? previous.result.findings : [],
          after.ok ? after.result.findings : [],
          { file: grid.file, sheet: grid.sheet, firstRow: edit.firstRow, lastRow: edit.lastRow },
        );
        setEntries((list) =>
          [
            {
              at: new Date(),
              sheet: grid.sheet,
              firstRow: edit.firstRow,
              lastRow: edit.lastRow,
              added: change.added.length,
              resolved: change.resolved.length,
            },
            ...list,
          ].slice(0, 50),
        );
      },
      (error) => setFailure(messageOf(error)),
    );
    setWatching(watched.length);
  }, [basisRef, outcomeRef, host, recompute, turnOff]);

  useEffect(() => () => void turnOff(), [turnOff]);

  return { available: host.watchEdits !== undefined, watching, entries, failure, turnOn, turnOff };
}

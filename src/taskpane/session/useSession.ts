import { useCallback, useEffect, useRef, useState } from "react";
import type { MappingOverride } from "../../core/reader/columnMapping";
import type { RulesInput } from "../../core/rules/rules";
import {
  HostError,
  type HostMessage,
  type KaoheHost,
  type ReadProgress,
  type SheetSource,
  type SourceRole,
} from "../host";
import { ReviewCancelled, type PaneOutcome, type ReviewProgress, type Reviewer } from "../review/reviewer";
import { withOverride, type ReviewBasis } from "./reviewRun";
import { destinationOf, type Destination } from "./sourceRoles";

export interface SourcesState {
  sources: SheetSource[];
  roles: Record<string, SourceRole>;
  ranges: Record<string, string>;
  year: string;
}

/**
 * The import and review state of the task pane: which sheets to read, what was read, and the
 * core's review of it. Every change (a role, a mapping correction, the rules) computes the
 * review again from the grids already read; only "read" goes back to the host. The review runs
 * on the reviewer (a Web Worker in the pages): the newest basis always wins, an older review
 * still running is cancelled, and the user can cancel one too (the previous outcome stays).
 */
export function useSession(host: KaoheHost, reviewer: Reviewer) {
  const [choice, setChoice] = useState<SourcesState>({ sources: [], roles: {}, ranges: {}, year: "" });
  const [basis, setBasis] = useState<ReviewBasis | null>(null);
  const [outcome, setOutcome] = useState<PaneOutcome | null>(null);
  const [reading, setReading] = useState(false);
  const [readProgress, setReadProgress] = useState<ReadProgress | null>(null);
  const [warnings, setWarnings] = useState<HostMessage[]>([]);
  const [error, setError] = useState<HostMessage | null>(null);
  const basisRef = useRef<ReviewBasis | null>(null);
  const outcomeRef = useRef<PaneOutcome | null>(null);
  const [reviewing, setReviewing] = useState<ReviewProgress | null>(null);
  /** The basis changed and its review was cancelled: the outcome shown is of an older basis. */
  const [stale, setStale] = useState(false);
  const running = useRef<AbortController | null>(null);

  /** Reviews `next`; resolves to its outcome, or to null when it was cancelled or superseded. */
  const recompute = useCallback(
    async (next: ReviewBasis): Promise<PaneOutcome | null> => {
      basisRef.current = next;
      setBasis(next);
      running.current?.abort();
      const abort = new AbortController();
      running.current = abort;
      setReviewing({ done: 0, total: 1 });
      try {
        const computed = await reviewer.review(next, {
          signal: abort.signal,
          onProgress: (p) => {
            if (running.current === abort) setReviewing(p);
          },
        });
        if (abort.signal.aborted) return null;
        outcomeRef.current = computed;
        setOutcome(computed);
        setStale(false);
        return computed;
      } catch (e) {
        if (e instanceof ReviewCancelled || abort.signal.aborted) {
          if (running.current === abort) setStale(true);
          return null;
        }
        setError(messageOf(e));
        return null;
      } finally {
        if (running.current === abort) {
          running.current = null;
          setReviewing(null);
        }
      }
    },
    [reviewer],
  );

  /** Stops the running review (terminating its worker); the last outcome stays, marked stale. */
  const cancelReview = useCallback(() => running.current?.abort(), []);

  // A task pane closed (or a preview session replaced) mid-review stops its review.
  useEffect(() => () => running.current?.abort(), []);

  const loadSources = useCallback(async () => {
    try {
      const sources = await host.listSources();
      setChoice((c) => ({
        ...c,
        sources,
        roles: Object.fromEntries(sources.map((s) => [s.id, c.roles[s.id] ?? s.suggestedRole])),
      }));
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  }, [host]);

  useEffect(() => {
    void loadSources();
  }, [loadSources]);

  const read = useCallback(async () => {
    setReading(true);
    setError(null);
    try {
      const wanted = choice.sources.filter((s) => choice.roles[s.id] !== "skip");
      const requests = wanted.map((s) => ({ id: s.id, range: nonEmpty(choice.ranges[s.id]) }));
      const {
        grids,
        warnings: hostWarnings,
        notKept,
        workbook,
      } = await host.readGrids(requests, {
        onProgress: setReadProgress,
      });
      const destinations: Record<string, Destination> = {};
      for (const g of grids) destinations[g.id] = destinationOf(choice.roles[g.id] ?? "auto", g.grid);
      setWarnings(hostWarnings);
      await recompute({
        grids,
        destinations,
        overrides: basisRef.current?.overrides ?? [],
        rules: basisRef.current?.rules ?? null,
        year: parseYear(choice.year),
        notKept,
        ...(workbook === undefined ? {} : { workbook }),
      });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setReading(false);
      setReadProgress(null);
    }
  }, [choice, host, recompute]);

  const correctColumn = useCallback(
    (override: MappingOverride) => {
      if (basisRef.current !== null) void recompute(withOverride(basisRef.current, override));
    },
    [recompute],
  );

  const setRules = useCallback(
    (rules: RulesInput | null) => {
      if (basisRef.current !== null) void recompute({ ...basisRef.current, rules });
    },
    [recompute],
  );

  /** A role changed after reading takes effect at once when the sheet was read; else at the next read. */
  const setRole = useCallback(
    (id: string, role: SourceRole) => {
      setChoice((c) => ({ ...c, roles: { ...c.roles, [id]: role } }));
      const current = basisRef.current;
      const source = current?.grids.find((g) => g.id === id);
      if (current === null || source === undefined) return;
      void recompute({ ...current, destinations: { ...current.destinations, [id]: destinationOf(role, source.grid) } });
    },
    [recompute],
  );

  const setYear = useCallback(
    (year: string) => {
      setChoice((c) => ({ ...c, year }));
      if (basisRef.current !== null) void recompute({ ...basisRef.current, year: parseYear(year) });
    },
    [recompute],
  );

  return {
    choice,
    setRole,
    setYear,
    setChoice,
    basis,
    basisRef,
    outcomeRef,
    outcome,
    recompute,
    reviewing,
    stale,
    cancelReview,
    reading,
    readProgress,
    warnings,
    error,
    setError,
    loadSources,
    read,
    correctColumn,
    setRules,
  };
}

export type Session = ReturnType<typeof useSession>;

export function messageOf(error: unknown): HostMessage {
  if (error instanceof HostError) return { zh: error.zh, en: error.en };
  const text = error instanceof Error ? error.message : String(error);
  return { zh: `出错了：${text}`, en: `Something went wrong: ${text}` };
}

function nonEmpty(text: string | undefined): string | null {
  const t = (text ?? "").trim();
  return t === "" ? null : t;
}

function parseYear(text: string): number | null {
  const t = text.trim();
  return /^\d{4}$/.test(t) ? Number(t) : null;
}

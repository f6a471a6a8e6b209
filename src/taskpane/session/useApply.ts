import { useCallback, useRef, useState } from "react";
import { HostError, type ApplyOutcome, type HostMessage, type KaoheHost } from "../host";
import type { PaneResult } from "../review/reviewer";
import { messageOf } from "./useSession";

export type ApplyState =
  | { phase: "idle" }
  | { phase: "running"; done: number; total: number }
  | { phase: "done"; outcome: ApplyOutcome }
  | { phase: "cancelled" }
  | { phase: "failed"; message: HostMessage };

/**
 * Applies a review's plan through the host with progress and a way to cancel. The host pulls the
 * plan from where the review is kept, block by block; the plan is closed when the host is done.
 */
export function useApply(host: KaoheHost) {
  const [state, setState] = useState<ApplyState>({ phase: "idle" });
  const controller = useRef<AbortController | null>(null);

  const apply = useCallback(
    async (result: PaneResult) => {
      const abort = new AbortController();
      controller.current = abort;
      setState({ phase: "running", done: 0, total: 1 });
      try {
        const plan = await result.plan();
        let outcome: ApplyOutcome;
        try {
          outcome = await host.applyPlan(plan, {
            signal: abort.signal,
            onProgress: (p) => setState({ phase: "running", done: p.done, total: Math.max(p.total, 1) }),
          });
        } finally {
          plan.close();
        }
        setState({ phase: "done", outcome });
      } catch (e) {
        if (e instanceof HostError && e.reason === "cancelled") setState({ phase: "cancelled" });
        else setState({ phase: "failed", message: messageOf(e) });
      } finally {
        controller.current = null;
      }
    },
    [host],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { state, apply, cancel };
}

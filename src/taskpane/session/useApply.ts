import { useCallback, useRef, useState } from "react";
import type { WritePlan } from "../../core/plan/writePlan";
import { HostError, type ApplyOutcome, type HostMessage, type KaoheHost } from "../host";
import { messageOf } from "./useSession";

export type ApplyState =
  | { phase: "idle" }
  | { phase: "running"; done: number; total: number }
  | { phase: "done"; outcome: ApplyOutcome }
  | { phase: "cancelled" }
  | { phase: "failed"; message: HostMessage };

/** Applies a plan through the host with progress and a way to cancel. */
export function useApply(host: KaoheHost) {
  const [state, setState] = useState<ApplyState>({ phase: "idle" });
  const controller = useRef<AbortController | null>(null);

  const apply = useCallback(
    async (plan: WritePlan) => {
      const abort = new AbortController();
      controller.current = abort;
      setState({ phase: "running", done: 0, total: 1 });
      try {
        const outcome = await host.applyPlan(plan, {
          signal: abort.signal,
          onProgress: (p) => setState({ phase: "running", done: p.done, total: Math.max(p.total, 1) }),
        });
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

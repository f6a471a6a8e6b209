import type { Finding } from "../../findings/finding";
import type { ClauseHit } from "../assessment";

/** What one clause contributes for one row: the hits it adds and the findings a clerk should see. */
export interface ClauseOutcome {
  hits: ClauseHit[];
  findings: Finding[];
}

export function noOutcome(): ClauseOutcome {
  return { hits: [], findings: [] };
}

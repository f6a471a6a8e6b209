import type { Finding } from "../../findings/finding";
import type { ClauseHit } from "../assessment";

/**
 * Where the clauses put what they find on one row: the hits the row keeps, and the findings a
 * clerk should see (the assessment's one list, in the order the clauses run). Each clause adds
 * to it rather than returning lists of its own: a district's 20,000 cadres each ran six clauses,
 * nearly all of which find nothing, and their empty lists were a tenth of the assessment's garbage.
 */
export interface ClauseOutcome {
  hits: ClauseHit[];
  findings: Finding[];
}

export function noOutcome(): ClauseOutcome {
  return { hits: [], findings: [] };
}

import { levelIndex, type SubjectKind, type TeamLevelSet } from "../../rules/levels";
import { STATUS_ORDER, type Cap, type ClauseHit, type Status } from "../assessment";
import { NONE } from "../none";

/**
 * Combining the clauses that fired on one row: the strongest status is shown, every clause is
 * listed, and the cap is the most restrictive one.
 */
export function strongestStatus(hits: readonly ClauseHit[]): Status {
  let best: Status = "graded";
  for (const hit of hits) {
    if (STATUS_ORDER.indexOf(hit.status) < STATUS_ORDER.indexOf(best)) best = hit.status;
  }
  return best;
}

/** Clause numbers in clause order, each once. */
export function clauseList(hits: readonly ClauseHit[]): readonly string[] {
  if (hits.length === 0) return NONE;
  return [...new Set(hits.map((hit) => hit.clause))].sort();
}

/**
 * The most restrictive of the hits' caps: "none" beats any grade, a lower grade beats a higher
 * one, and no cap (no limit) loses to everything.
 */
export function tightestCap(hits: readonly ClauseHit[], kind: SubjectKind, teamLevelSet: TeamLevelSet): Cap {
  let best: Cap = null;
  for (const hit of hits) {
    const cap = hit.cap ?? null;
    if (cap === null || best === "none") continue;
    if (cap === "none" || best === null) {
      best = cap;
      continue;
    }
    if (levelIndex(kind, teamLevelSet, cap) > levelIndex(kind, teamLevelSet, best)) best = cap;
  }
  return best;
}

const AS_USUAL = { zh: "按规定参加年度考核", en: "Assessed as usual" } as const;

/** 说明: the sentences of the clauses that fired, or the ordinary case. */
export function explain(hits: readonly ClauseHit[]): { readonly zh: string; readonly en: string } {
  if (hits.length === 0) return AS_USUAL;
  return { zh: hits.map((hit) => hit.zh).join("；"), en: hits.map((hit) => hit.en).join("; ") };
}

import type { Rules } from "../../rules/rules";
import type { CategoryVotes } from "../assessment";

/**
 * The optional weighted composite (DOMAIN.md): Σ_c w_c · (Σ_l s_l·n_{c,l} / valid_c) / Σ_c w_c
 * over the categories present. A category without valid ballots has no rate to weigh, so it
 * is not "present"; null when no weighted category is.
 */
export function compositeScore(byCategory: readonly CategoryVotes[], rules: Rules): number | null {
  // Rules without weights (the default) weigh nothing: searching them made a function for each
  // category, 10 MB for a district's 100,000 groups.
  if (rules.categoryWeights.length === 0) return null;
  let weighted = 0;
  let weights = 0;
  for (const votes of byCategory) {
    const weight = weightOf(rules, votes.category);
    if (weight === undefined || weight === 0 || votes.valid === 0) continue;
    const points = votes.counts.reduce((sum, n, level) => sum + (rules.levelScores[level] ?? 0) * n, 0);
    weighted += (weight * points) / votes.valid;
    weights += weight;
  }
  return weights === 0 ? null : weighted / weights;
}

/** The first weight the rules give the category. */
function weightOf(rules: Rules, category: string): number | undefined {
  for (const w of rules.categoryWeights) if (w.category.trim() === category) return w.weight;
  return undefined;
}

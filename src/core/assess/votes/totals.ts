import type { Rules } from "../../rules/rules";
import type { CategoryVotes, TallyCheck, Votes } from "../assessment";
import { compositeScore } from "./composite";
import { validOf } from "./countChecks";
import { overallOrItem } from "./duplicates";

/** The category label of per-item totals taken over every evaluator category. */
export const ALL_CATEGORIES = "全部";

type Counts = CategoryVotes["counts"];

function emptyVotes(category: string, item: string | null): CategoryVotes {
  return { category, item, issued: 0, returned: 0, valid: 0, abstain: 0, counts: [0, 0, 0, 0], tallyIds: [] };
}

/** Adds a row; issued and returned stay known only while every row knows them. */
function add(into: CategoryVotes, check: TallyCheck): void {
  const { tally } = check;
  into.issued = into.issued === null || tally.issued === null ? null : into.issued + tally.issued;
  into.returned = into.returned === null || tally.returned === null ? null : into.returned + tally.returned;
  into.valid += validOf(tally);
  into.abstain += tally.abstain ?? 0;
  // Each group's counts are its own array (emptyVotes), added to in place.
  const counts: Counts = into.counts;
  for (let i = 0; i < counts.length; i++) counts[i] = (counts[i] ?? 0) + (tally.counts[i] ?? 0);
  // Most groups hold one row or two: a list grown by push from empty reserves 17 slots, which a
  // district's 100,000 groups would keep alive through the review; a list of one is made exact.
  if (into.tallyIds.length === 0) into.tallyIds = [tally.id];
  else into.tallyIds.push(tally.id);
}

/** Groups by category, then item (null for the overall rating), in the order first met. */
function groupBy(checks: readonly TallyCheck[], key: (c: TallyCheck) => [string, string | null]): CategoryVotes[] {
  const groups: CategoryVotes[] = [];
  const byCategory = new Map<string, Map<string | null, CategoryVotes>>();
  for (const check of checks) {
    const [category, item] = key(check);
    let items = byCategory.get(category);
    if (items === undefined) {
      items = new Map();
      byCategory.set(category, items);
    }
    let votes = items.get(item);
    if (votes === undefined) {
      votes = emptyVotes(category, item);
      items.set(item, votes);
      groups.push(votes);
    }
    add(votes, check);
  }
  return groups;
}

/**
 * A subject's votes from its included tally rows. "The votes" are the overall rating: the
 * item 综合评价 where items are given, else the rows themselves; a category may use either.
 */
export function subjectVotes(checks: readonly TallyCheck[], rules: Rules): Votes {
  const overall = checks.filter((c) => overallOrItem(c.tally.item) === null);
  const items = checks.filter((c) => overallOrItem(c.tally.item) !== null);
  const byCategory = groupBy(overall, (c) => [c.tally.category.trim(), null]);
  const total = emptyVotes(ALL_CATEGORIES, null);
  for (const check of overall) add(total, check);
  return {
    valid: total.valid,
    abstain: total.abstain,
    counts: total.counts,
    byCategory,
    byItem: groupBy(items, (c) => [ALL_CATEGORIES, overallOrItem(c.tally.item)]),
    byCategoryItem: groupBy(items, (c) => [c.tally.category.trim(), overallOrItem(c.tally.item)]),
    composite: compositeScore(byCategory, rules),
  };
}

/** Votes of every subject that has at least one included tally row. */
export function votesBySubject(checks: readonly TallyCheck[], rules: Rules): Map<string, Votes> {
  const bySubject = new Map<string, TallyCheck[]>();
  for (const check of checks) {
    const id = check.tally.subjectId;
    if (!check.included || id === null) continue;
    const list = bySubject.get(id);
    if (list) list.push(check);
    else bySubject.set(id, [check]);
  }
  const votes = new Map<string, Votes>();
  for (const [id, list] of bySubject) votes.set(id, subjectVotes(list, rules));
  return votes;
}

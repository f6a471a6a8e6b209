import type { Rules } from "../../rules/rules";
import type { CategoryVotes, TallyCheck, Votes } from "../assessment";
import { compositeScore } from "./composite";
import { validOf } from "./countChecks";
import { overallOrItem } from "./duplicates";
import type { SubjectRows } from "./subjectRows";

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

/** Beyond this many groups, a subject's groups are found through maps instead of looked through. */
const FEW_GROUPS = 8;

/**
 * Groups by category, then item (null for the overall rating), in the order first met. A
 * subject's rows fall in a handful of groups, found by looking through them: maps made for each
 * of a district's 20,000 subjects, three times, were the assessment's largest allocation. A
 * subject with many groups (a raw sheet's items) gets the maps once it has more than a few.
 */
function groupBy(
  checks: readonly TallyCheck[],
  categoryOf: (c: TallyCheck) => string,
  itemOf: (c: TallyCheck) => string | null,
): CategoryVotes[] {
  const groups: CategoryVotes[] = [];
  let byCategory: Map<string, Map<string | null, CategoryVotes>> | null = null;
  for (const check of checks) {
    const category = categoryOf(check);
    const item = itemOf(check);
    let votes: CategoryVotes | undefined;
    if (byCategory === null) {
      for (const group of groups) {
        if (group.category === category && group.item === item) {
          votes = group;
          break;
        }
      }
    } else votes = byCategory.get(category)?.get(item);
    if (votes === undefined) {
      votes = emptyVotes(category, item);
      groups.push(votes);
      if (byCategory !== null) indexGroup(byCategory, votes);
      else if (groups.length > FEW_GROUPS) {
        byCategory = new Map();
        for (const group of groups) indexGroup(byCategory, group);
      }
    }
    add(votes, check);
  }
  return groups;
}

function indexGroup(byCategory: Map<string, Map<string | null, CategoryVotes>>, votes: CategoryVotes): void {
  let items = byCategory.get(votes.category);
  if (items === undefined) {
    items = new Map();
    byCategory.set(votes.category, items);
  }
  items.set(votes.item, votes);
}

const categoryOf = (c: TallyCheck) => c.tally.category.trim();
const allCategories = () => ALL_CATEGORIES;
const itemOf = (c: TallyCheck) => overallOrItem(c.tally.item);
const noItem = () => null;

/**
 * A subject's votes from its included tally rows. "The votes" are the overall rating: the
 * item 综合评价 where items are given, else the rows themselves; a category may use either.
 */
export function subjectVotes(checks: readonly TallyCheck[], rules: Rules): Votes {
  const overall: TallyCheck[] = [];
  const items: TallyCheck[] = [];
  for (const check of checks) (itemOf(check) === null ? overall : items).push(check);
  const byCategory = groupBy(overall, categoryOf, noItem);
  const total = emptyVotes(ALL_CATEGORIES, null);
  for (const check of overall) add(total, check);
  return {
    valid: total.valid,
    abstain: total.abstain,
    counts: total.counts,
    byCategory,
    byItem: groupBy(items, allCategories, itemOf),
    byCategoryItem: groupBy(items, categoryOf, itemOf),
    composite: compositeScore(byCategory, rules),
  };
}

/** Votes of every subject that has at least one included tally row. */
export function votesBySubject(
  checks: readonly TallyCheck[],
  bySubject: SubjectRows,
  rules: Rules,
): Map<string, Votes> {
  // Each subject's included rows listed in turn and let go once summed: a list per subject made
  // first and kept until the last was summed lived long enough to be copied by the collector.
  const votes = new Map<string, Votes>();
  const { ids, start, places } = bySubject;
  for (let s = 0; s < ids.length; s++) {
    const list: TallyCheck[] = [];
    for (let k = start[s] as number; k < (start[s + 1] as number); k++) {
      const check = checks[places[k] as number] as TallyCheck;
      if (check.included) list.push(check);
    }
    if (list.length > 0) votes.set(ids[s] as string, subjectVotes(list, rules));
  }
  return votes;
}

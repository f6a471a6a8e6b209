import type { Rules } from "../../rules/rules";
import type { CategoryVotes, TallyCheck, Votes } from "../assessment";
import { NONE } from "../none";
import { compositeScore } from "./composite";
import { validOf } from "./countChecks";
import { overallOrItem } from "./duplicates";
import type { SubjectRows } from "./subjectRows";

/** The category label of per-item totals taken over every evaluator category. */
export const ALL_CATEGORIES = "全部";

type Counts = CategoryVotes["counts"];

/**
 * A group's totals from its first row: the figures the row gives (each added to 0, as a sum of
 * one row), and the row's own list of counts when none is blank. A district's 100,000 groups
 * hold one row each, nearly all: a copy of each list was 8 MB that the review kept. No group's
 * counts are ever changed in place (`add` makes a new list), so the row's list is shared safely.
 */
function firstVotes(category: string, item: string | null, check: TallyCheck): CategoryVotes {
  const { tally } = check;
  return {
    category,
    item,
    issued: tally.issued === null ? null : 0 + tally.issued,
    returned: tally.returned === null ? null : 0 + tally.returned,
    valid: 0 + validOf(tally),
    abstain: 0 + (tally.abstain ?? 0),
    counts: ownCounts(tally.counts),
  };
}

/** The row's counts as a group's, shared when each is a figure that 0 + n leaves as it is (not -0). */
function ownCounts(counts: TallyCheck["tally"]["counts"]): Counts {
  if (isSum(counts[0]) && isSum(counts[1]) && isSum(counts[2]) && isSum(counts[3])) return counts as Counts;
  return [0 + (counts[0] ?? 0), 0 + (counts[1] ?? 0), 0 + (counts[2] ?? 0), 0 + (counts[3] ?? 0)];
}

function isSum(n: number | null): boolean {
  return n !== null && !Object.is(n, -0);
}

/** Adds a row; issued and returned stay known only while every row knows them. */
function add(into: CategoryVotes, check: TallyCheck): void {
  const { tally } = check;
  into.issued = into.issued === null || tally.issued === null ? null : into.issued + tally.issued;
  into.returned = into.returned === null || tally.returned === null ? null : into.returned + tally.returned;
  into.valid += validOf(tally);
  into.abstain += tally.abstain ?? 0;
  // A new list: the group's may be its first row's own (firstVotes).
  const sum = into.counts;
  const row = tally.counts;
  into.counts = [sum[0] + (row[0] ?? 0), sum[1] + (row[1] ?? 0), sum[2] + (row[2] ?? 0), sum[3] + (row[3] ?? 0)];
}

/** Beyond this many groups, a subject's groups are found through maps instead of looked through. */
const FEW_GROUPS = 8;

/**
 * Groups by category, then item (null for the overall rating), in the order first met. A
 * subject's rows fall in a handful of groups, found by looking through them: maps made for each
 * of a district's 20,000 subjects, three times, were the assessment's largest allocation. A
 * subject with many groups (a raw sheet's items) gets the maps once it has more than a few.
 * The groups are gathered in `scratch`, a list every subject reuses, and copied out at their
 * number: a list pushed from empty keeps room for 17, and the assessment keeps each subject's.
 */
function groupBy(
  checks: readonly TallyCheck[],
  categoryOf: (c: TallyCheck) => string,
  itemOf: (c: TallyCheck) => string | null,
  scratch: CategoryVotes[],
): readonly CategoryVotes[] {
  if (checks.length === 0) return NONE;
  let size = 0;
  let byCategory: Map<string, Map<string | null, CategoryVotes>> | null = null;
  // Index loops: an iterator makes a result object per step while the code is cold.
  for (let i = 0; i < checks.length; i++) {
    const check = checks[i] as TallyCheck;
    const category = categoryOf(check);
    const item = itemOf(check);
    let votes: CategoryVotes | undefined;
    if (byCategory === null) {
      for (let g = 0; g < size; g++) {
        const group = scratch[g] as CategoryVotes;
        if (group.category === category && group.item === item) {
          votes = group;
          break;
        }
      }
    } else votes = byCategory.get(category)?.get(item);
    if (votes !== undefined) {
      add(votes, check);
      continue;
    }
    votes = firstVotes(category, item, check);
    scratch[size++] = votes;
    if (byCategory !== null) indexGroup(byCategory, votes);
    else if (size > FEW_GROUPS) {
      byCategory = new Map();
      for (let g = 0; g < size; g++) indexGroup(byCategory, scratch[g] as CategoryVotes);
    }
  }
  return scratch.slice(0, size);
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

const ratesItem = (c: TallyCheck) => itemOf(c) !== null;
const NO_CHECKS: readonly TallyCheck[] = [];

/**
 * A subject's votes from its included tally rows. "The votes" are the overall rating: the
 * item 综合评价 where items are given, else the rows themselves; a category may use either.
 * Most subjects rate no item: their rows are the overall ones as they come, not copied.
 */
function subjectVotes(checks: readonly TallyCheck[], rules: Rules, scratch: CategoryVotes[]): Votes {
  let overall = checks;
  let items = NO_CHECKS;
  if (checks.some(ratesItem)) {
    overall = checks.filter((c) => !ratesItem(c));
    items = checks.filter(ratesItem);
  }
  const byCategory = groupBy(overall, categoryOf, noItem, scratch);
  const total = overallTotal(overall);
  return {
    valid: total.valid,
    abstain: total.abstain,
    counts: total.counts,
    byCategory,
    byItem: groupBy(items, allCategories, itemOf, scratch),
    byCategoryItem: groupBy(items, categoryOf, itemOf, scratch),
    composite: compositeScore(byCategory, rules),
  };
}

/**
 * The overall totals, summed in numbers: `add` on a group made a new list of counts per row, and
 * the total's were thrown away with it. One row gives its own figures and list, as firstVotes.
 */
function overallTotal(overall: readonly TallyCheck[]): Pick<Votes, "valid" | "abstain" | "counts"> {
  const only = overall.length === 1 ? overall[0] : undefined;
  if (only !== undefined) {
    const { tally } = only;
    return { valid: 0 + validOf(tally), abstain: 0 + (tally.abstain ?? 0), counts: ownCounts(tally.counts) };
  }
  let valid = 0;
  let abstain = 0;
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  for (let i = 0; i < overall.length; i++) {
    const { tally } = overall[i] as TallyCheck;
    valid += validOf(tally);
    abstain += tally.abstain ?? 0;
    c0 += tally.counts[0] ?? 0;
    c1 += tally.counts[1] ?? 0;
    c2 += tally.counts[2] ?? 0;
    c3 += tally.counts[3] ?? 0;
  }
  return { valid, abstain, counts: [c0, c1, c2, c3] };
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
  const scratch: CategoryVotes[] = [];
  const { ids, start, places } = bySubject;
  for (let s = 0; s < ids.length; s++) {
    const list: TallyCheck[] = [];
    for (let k = start[s] as number; k < (start[s + 1] as number); k++) {
      const check = checks[places[k] as number] as TallyCheck;
      if (check.included) list.push(check);
    }
    if (list.length > 0) votes.set(ids[s] as string, subjectVotes(list, rules, scratch));
  }
  return votes;
}

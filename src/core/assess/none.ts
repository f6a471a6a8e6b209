/**
 * The one empty list that results with nothing to list share: a district's 100,000 tally checks
 * without a problem and 20,000 subjects without a clause, a trigger or items each kept an empty
 * list of their own, about 7 MB that the collector copied while the assessment was made. Frozen,
 * so that a push throws instead of adding to every result at once; the lists are read-only in
 * the assessment's types.
 */
export const NONE: readonly never[] = Object.freeze([]);

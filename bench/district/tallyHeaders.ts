/**
 * The count columns of a long ballot tally as clerks head them, shared by the generated
 * district (bench) and the tests' generated tallies, so that all of them speak the field's words.
 */

/** A cadre's grade levels (三.一), in the order tallies give their columns. */
export const CADRE_LEVEL_HEADERS = ["优秀", "称职", "基本称职", "不称职"];

/** From the ballots issued to the abstentions: what every tally counts. */
export const VOTE_HEADERS = ["发出票数", "收回票数", "有效票数", ...CADRE_LEVEL_HEADERS, "弃权"];

/** The same with the expected attendance (应到人数) first, as fuller tallies have it. */
export const COUNT_HEADERS = ["应到人数", ...VOTE_HEADERS];

import { makeFinding, type Finding } from "../../findings/finding";
import type { RosterRow } from "../../model/roster";
import type { Status, Votes } from "../assessment";
import { rowLocation } from "../locate";

/** Statuses whose subjects are evaluated by ballot (DOMAIN.md): the others need none. */
const NEEDS_BALLOTS: ReadonlySet<Status> = new Set<Status>(["graded", "ungraded", "regulated"]);

export function ballotsMissing(row: RosterRow, status: Status, votes: Votes | null): Finding | null {
  if (votes !== null || !NEEDS_BALLOTS.has(status)) return null;
  return makeFinding("ballots_missing", rowLocation(row, "name"), {
    zh: `${row.name}（${row.unit}）没有可计入的民主测评票`,
    en: `${row.name} (${row.unit}) has no countable ballot tally`,
  });
}

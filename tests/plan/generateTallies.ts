import type { RosterRow } from "../../src/core/model/roster";
import type { TallyRow } from "../../src/core/model/tally";
import type { Rules } from "../../src/core/rules/rules";
import type { Random } from "./generate";

/**
 * Ballot tallies for a generated district: counts on and around one third of the valid votes,
 * turnout on its boundary, and every count check and exclusion (invalid, void round,
 * duplicate, unknown subject) a few times.
 */
type Counts = TallyRow["counts"];

export function generateTallies(r: Random, roster: readonly RosterRow[], rules: Rules): TallyRow[] {
  const tallies: TallyRow[] = [];
  const add = (t: Omit<TallyRow, "id" | "source">) => {
    const row = tallies.length + 2;
    tallies.push({
      ...t,
      id: `T${tallies.length + 1}`,
      source: { file: "ballots.xlsx", sheet: "测评", row, cells: { name: `B${row}` } },
    });
  };
  for (const subject of roster) {
    if (r.chance(0.15)) continue;
    const categories = ["班子成员", "中层干部", "干部职工代表", "服务对象"].filter(() => r.chance(0.5));
    for (const category of categories) {
      const shape = r.next();
      const items = shape < 0.7 ? [null] : shape < 0.9 ? ["德", "能", "综合评价"] : ["德", "绩"];
      for (const item of items) {
        add(tallyFor(r, subject, category, item, rules));
        if (r.chance(0.02)) add(tallyFor(r, subject, category, item, rules));
      }
    }
  }
  for (let i = 0; i < 3; i++) {
    const stray = tallyFor(r, roster[0] ?? null, "班子成员", null, rules);
    add({ ...stray, subjectName: "查无此人", subjectId: r.chance(0.5) ? null : "R99999" });
  }
  return tallies;
}

function tallyFor(
  r: Random,
  subject: RosterRow | null,
  category: string,
  item: string | null,
  rules: Rules,
): Omit<TallyRow, "id" | "source"> {
  const valid = r.int(0, 30);
  const third = Math.floor(valid / 3);
  const l3 = Math.min(valid, r.pick([third, third + 1, 0, r.int(0, valid)]));
  const l2 = r.int(0, valid - l3);
  const l1 = r.int(0, valid - l3 - l2);
  const l0 = r.int(0, valid - l3 - l2 - l1);
  const counts: Counts = [l0, l1, l2, l3];
  let abstain: number | null = valid - l0 - l1 - l2 - l3;
  let returned: number | null = valid + r.int(0, 2);
  let issued: number | null = returned + r.int(0, 2);
  let validCell: number | null = valid;
  const fault = r.next();
  if (fault < 0.04) counts[0] = (counts[0] ?? 0) + 2;
  else if (fault < 0.08) returned = valid - 1;
  else if (fault < 0.12) issued = (returned ?? 0) - 1;
  else if (fault < 0.14) counts[1] = -1;
  else if (fault < 0.16) counts[2] = 1.5;
  else if (fault < 0.2) validCell = null;
  else if (fault < 0.23) [issued, returned, abstain] = [null, null, null];
  else if (fault < 0.25) counts[r.int(0, 3)] = null;
  const expected = r.chance(0.5) && returned !== null ? nearTurnout(r, returned, rules.turnoutPercent) : null;
  return {
    layout: "long",
    subjectName: subject?.name ?? "无名",
    subjectUnit: subject?.unit ?? null,
    isTeam: subject?.kind === "team",
    category,
    item,
    expected,
    issued,
    returned,
    valid: validCell,
    counts,
    abstain,
    subjectId: subject?.id ?? null,
  };
}

/** An expected attendance on which `returned` is just above, exactly at, or just below the turnout threshold. */
function nearTurnout(r: Random, returned: number, percent: number): number {
  const atThreshold = Math.round((100 * returned) / percent);
  return Math.max(0, atThreshold + r.int(-1, 1));
}

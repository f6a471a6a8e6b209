import type { CategoryVotes, SubjectResult, Votes } from "../assess/assessment";
import { levelsFor, type LevelNames, type TeamLevelSet } from "../rules/levels";
import type { DraftColumn, DraftRow, DraftTable } from "./draftDocument";
import { rateText } from "./draftNumbers";

/**
 * 三.五's ballot table: per evaluator category (评价主体) the ballots issued, returned and valid,
 * the votes of each level, abstentions, and the lowest level's rate with its denominator; the
 * 合计 row holds the overall totals the rule is applied to.
 */
const num = (header: string): DraftColumn => ({ header, weight: 6, align: "right" });

function columns(first: string, levels: LevelNames, withIssued: boolean): DraftColumn[] {
  return [
    { header: first, weight: 14, align: "left" },
    ...(withIssued ? [num("发出"), num("收回")] : []),
    num("有效"),
    ...levels.map(num),
    num("弃权"),
    { header: `“${levels[3]}”票占比`, weight: 20, align: "right" },
  ];
}

const known = (n: number | null): string => (n === null ? "—" : String(n));

function row(label: string, v: CategoryVotes | Votes, issued: number | null, returned: number | null): string[] {
  return [
    label,
    known(issued),
    known(returned),
    String(v.valid),
    ...v.counts.map(String),
    String(v.abstain),
    rateText(v.counts[3], v.valid),
  ];
}

/** Issued or returned over every category, known only when every category knows it. */
function sumKnown(values: ReadonlyArray<number | null>): number | null {
  let total = 0;
  for (const v of values) {
    if (v === null) return null;
    total += v;
  }
  return total;
}

export function ballotTable(s: SubjectResult, votes: Votes, teamLevelSet: TeamLevelSet, caption: string): DraftTable {
  const levels = levelsFor(s.kind, teamLevelSet);
  const rows: DraftRow[] = votes.byCategory.map((c) => ({ cells: row(c.category, c, c.issued, c.returned) }));
  const issued = sumKnown(votes.byCategory.map((c) => c.issued));
  const returned = sumKnown(votes.byCategory.map((c) => c.returned));
  rows.push({ cells: row("合计", votes, issued, returned), total: true });
  return { caption, columns: columns("评价主体", levels, true), header: true, rows };
}

/** 分项: per item (德 能 勤 绩 廉 …) over all categories, when the ballots carry items. */
export function itemTable(s: SubjectResult, votes: Votes, teamLevelSet: TeamLevelSet, caption: string): DraftTable {
  const levels = levelsFor(s.kind, teamLevelSet);
  const rows = votes.byItem.map((v) => {
    const cells = row(v.item ?? "", v, null, null);
    return { cells: [cells[0] ?? "", ...cells.slice(3)] };
  });
  return { caption, columns: columns("测评项目", levels, false), header: true, rows };
}

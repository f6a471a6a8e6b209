import { makeFinding, type Finding } from "../../findings/finding";
import { OVERALL_ITEM, type TallyRow } from "../../model/tally";
import { sourceCell } from "../../model/roster";
import { tallyLocation } from "../locate";

/**
 * subject_duplicate: the same subject twice in one category and item, within or across
 * files. Neither row can be trusted over the other, so both are left out of the totals.
 * A row without an item is the overall rating, the same as the item 综合评价.
 */
export function overallOrItem(item: string | null): string | null {
  const trimmed = item?.trim() ?? "";
  return trimmed === "" || trimmed === OVERALL_ITEM ? null : trimmed;
}

function duplicateKey(tally: TallyRow): string | null {
  if (tally.subjectId === null) return null;
  // Each text led by its length, so no text can run into the next: cheaper than JSON for 100,000 rows.
  const category = tally.category.trim();
  const item = overallOrItem(tally.item);
  const itemKey = item === null ? "" : `${item.length}:${item}`;
  return `${tally.subjectId.length}:${tally.subjectId}${category.length}:${category}${itemKey}`;
}

function place(tally: TallyRow): string {
  const cell = sourceCell(tally.source, "name") ?? `A${tally.source.row}`;
  return `${tally.source.file} ${tally.source.sheet}!${cell}`;
}

/** The ids of the duplicated rows, and a finding on each naming where its twins are. */
export function findDuplicates(tallies: readonly TallyRow[]): { ids: Set<string>; findings: Finding[] } {
  // A key's first row is kept alone and a list made only for a second one: most keys have one row.
  const groups = new Map<string, TallyRow | TallyRow[]>();
  for (const tally of tallies) {
    const key = duplicateKey(tally);
    if (key === null) continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, tally);
    else if (Array.isArray(group)) group.push(tally);
    else groups.set(key, [group, tally]);
  }
  const ids = new Set<string>();
  const findings: Finding[] = [];
  for (const group of groups.values()) {
    if (!Array.isArray(group)) continue;
    for (const tally of group) {
      ids.add(tally.id);
      const others = group.filter((t) => t !== tally).map(place);
      const item = overallOrItem(tally.item) ?? "综合评价";
      findings.push(
        makeFinding("subject_duplicate", tallyLocation(tally, "name"), {
          zh: `${tally.subjectName}（${tally.category}，${item}）重复出现，另见${others.join("、")}；这些行均未计入统计，请删除多余的行`,
          en: `${tally.subjectName} (${tally.category}, ${item}) appears more than once, also at ${others.join(", ")}; none of these rows is counted: delete the extra rows`,
        }),
      );
    }
  }
  return { ids, findings };
}

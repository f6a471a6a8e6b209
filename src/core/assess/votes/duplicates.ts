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
  // A key's first row is kept as its place in `tallies`, and a list made only for a second one:
  // most keys have one row. The lists are also kept apart with their first row's place, so that
  // they are reported in the order their keys were first met without going through every key
  // again. An index loop: an array iterator makes a result object per row until the loop is
  // optimised, and here are 100,000 rows.
  const groups = new Map<string, number | TallyRow[]>();
  const repeated: Array<{ first: number; group: TallyRow[] }> = [];
  for (let i = 0; i < tallies.length; i++) {
    const tally = tallies[i] as TallyRow;
    const key = duplicateKey(tally);
    if (key === null) continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, i);
    else if (typeof group !== "number") group.push(tally);
    else {
      const list = [tallies[group] as TallyRow, tally];
      groups.set(key, list);
      repeated.push({ first: group, group: list });
    }
  }
  repeated.sort((a, b) => a.first - b.first);
  const ids = new Set<string>();
  const findings: Finding[] = [];
  for (const { group } of repeated) {
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

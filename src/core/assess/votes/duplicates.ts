import { makeFinding, type Finding } from "../../findings/finding";
import { OVERALL_ITEM, type TallyRow } from "../../model/tally";
import { sourceCell } from "../../model/roster";
import { tallyLocation } from "../locate";
import { SubjectGroups } from "./subjectGroups";
import type { SubjectRows } from "./subjectRows";

/**
 * subject_duplicate: the same subject twice in one category and item, within or across
 * files. Neither row can be trusted over the other, so both are left out of the totals.
 * A row without an item is the overall rating, the same as the item 综合评价.
 */
export function overallOrItem(item: string | null): string | null {
  const trimmed = item?.trim() ?? "";
  return trimmed === "" || trimmed === OVERALL_ITEM ? null : trimmed;
}

function place(tally: TallyRow): string {
  const cell = sourceCell(tally.source, "name") ?? `A${tally.source.row}`;
  return `${tally.source.file} ${tally.source.sheet}!${cell}`;
}

/** The ids of the duplicated rows, and a finding on each naming where its twins are. */
export function findDuplicates(
  tallies: readonly TallyRow[],
  bySubject: SubjectRows,
): { ids: Set<string>; findings: Finding[] } {
  // Twins share a subject, so each subject's few rows are compared among themselves, with no
  // key text made per row. A group's rows are listed only once a second one is met: most have
  // one row. The lists are kept with their first row's place, to be reported in the order their
  // groups were first met.
  const repeated: Array<{ first: number; group: TallyRow[] }> = [];
  const groups = new SubjectGroups();
  const { start, places } = bySubject;
  for (let s = 0; s < bySubject.ids.length; s++) {
    groups.clear();
    for (let k = start[s] as number; k < (start[s + 1] as number); k++) {
      const at = places[k] as number;
      const tally = tallies[at] as TallyRow;
      const g = groups.find(tally.category.trim(), overallOrItem(tally.item), at);
      if (g === null) continue;
      const list = groups.lists[g];
      if (list) list.push(tally);
      else {
        const first = groups.firsts[g] as number;
        const group = [tallies[first] as TallyRow, tally];
        groups.lists[g] = group;
        repeated.push({ first, group });
      }
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

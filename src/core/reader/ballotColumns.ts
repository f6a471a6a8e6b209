import type { GridView } from "./gridView";
import type { HeaderColumn, HeaderLayout } from "./headerLayout";
import { assignLevelColumns, isLevelHeader } from "./levelVocabulary";
import { readColumn, type ReadColumn } from "./readColumn";
import { isCategoryGroup } from "./sheetAnalysis";
import { ballotField } from "./vocabulary";

/** Fields a long or wide ballot column may become (the task pane offers these for corrections). */
export const TALLY_FIELDS = [
  "name",
  "unit",
  "category",
  "item",
  "expected",
  "issued",
  "returned",
  "valid",
  "abstain",
  "level0",
  "level1",
  "level2",
  "level3",
] as const;

export function isTallyField(field: string): boolean {
  return (TALLY_FIELDS as readonly string[]).includes(field);
}

// Inside a wide layout's category group only counts make sense; name, unit and category do not.
const GROUP_FIELDS = new Set(["expected", "issued", "returned", "valid", "abstain"]);

/**
 * Maps one set of header columns (a whole long header, or one category group of a wide
 * header): level headers by their set and position, other headers by the vocabulary. The
 * first column naming a field wins.
 */
function mapColumns(view: GridView, cols: readonly HeaderColumn[], allowed: (field: string) => boolean): ReadColumn[] {
  const levels = assignLevelColumns(cols.map((col) => col.key));
  const taken = new Set<string>();
  return cols.map((col, i) => {
    const level = levels[i];
    if (level && isLevelHeader(col.key)) {
      const slot = `${level.set}:${level.index}`;
      if (taken.has(slot)) return readColumn(view, col, null, null);
      taken.add(slot);
      return readColumn(view, col, `level${level.index}`, "exact", level.set);
    }
    const match = ballotField(col.key);
    if (!match || !allowed(match.field) || taken.has(match.field)) return readColumn(view, col, null, null);
    taken.add(match.field);
    return readColumn(view, col, match.field, match.confidence);
  });
}

export function mapLongColumns(view: GridView, header: HeaderLayout): ReadColumn[] {
  return mapColumns(view, header.columns, () => true);
}

/** Columns outside the category groups give the subject; each group's leaves give its counts. */
export function mapWideColumns(view: GridView, header: HeaderLayout): ReadColumn[] {
  const outside = header.columns.filter((col) => !isCategoryGroup(col));
  const groups = new Map<number, HeaderColumn[]>();
  for (const col of header.columns) {
    if (!isCategoryGroup(col) || col.groupStart === null) continue;
    groups.set(col.groupStart, [...(groups.get(col.groupStart) ?? []), col]);
  }
  // Level columns outside any category (under 合计) are totals of the others: shown, not read.
  const mapped = mapColumns(view, outside, (field) => field === "name" || field === "unit").map((col) =>
    col.field?.startsWith("level") ? { ...col, field: null, confidence: null, levelSet: null } : col,
  );
  for (const cols of groups.values()) mapped.push(...mapColumns(view, cols, (field) => GROUP_FIELDS.has(field)));
  return mapped.sort((a, b) => a.c - b.c);
}

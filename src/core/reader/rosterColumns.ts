import { ROSTER_FIELDS, type RosterField } from "../model/roster";
import type { GridView } from "./gridView";
import type { HeaderLayout } from "./headerLayout";
import { readColumn, type ReadColumn } from "./readColumn";
import { UNIT_POSITION } from "./headerVocabulary";
import { rosterField } from "./vocabulary";

/**
 * Each header column as a roster field. When several columns name one field (任现职时间 and
 * 现职务始任时间, 职务 and 职务（主职）), the best match wins — exact, then synonym, then
 * keyword, the leftmost on a tie — and the others are left unused, to be reported as such.
 */
export function mapRosterColumns(view: GridView, header: HeaderLayout): ReadColumn[] {
  const matches = header.columns.map((col) => rosterField(col.key));
  const best = new Map<string, number>();
  matches.forEach((match, i) => {
    if (!match) return;
    const current = best.get(match.field);
    const currentScore = current === undefined ? null : (matches[current]?.score ?? 0);
    if (currentScore === null || (match.score ?? 0) > currentScore) best.set(match.field, i);
  });
  return header.columns.map((col, i) => {
    const match = matches[i];
    if (!match || best.get(match.field) !== i) return readColumn(view, col, null, null);
    return readColumn(view, col, match.field, match.confidence);
  });
}

export function isRosterField(field: string): field is RosterField {
  return (ROSTER_FIELDS as readonly string[]).includes(field);
}

/** What a roster column may be corrected to: a roster field, or the combined 单位及职务 column. */
export function isRosterColumnField(field: string): boolean {
  return isRosterField(field) || field === UNIT_POSITION;
}

/** Grid column and header text of each mapped roster field. */
export function rosterFieldColumns(columns: readonly ReadColumn[]): Map<RosterField, ReadColumn> {
  const byField = new Map<RosterField, ReadColumn>();
  for (const col of columns) if (col.field !== null && isRosterField(col.field)) byField.set(col.field, col);
  return byField;
}

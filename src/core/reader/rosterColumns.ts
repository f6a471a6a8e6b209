import { ROSTER_FIELDS, type RosterField } from "../model/roster";
import type { GridView } from "./gridView";
import type { HeaderLayout } from "./headerLayout";
import { readColumn, type ReadColumn } from "./readColumn";
import { rosterField } from "./vocabulary";

/** Each header column as a roster field; the first column naming a field wins, later ones are ignored. */
export function mapRosterColumns(view: GridView, header: HeaderLayout): ReadColumn[] {
  const taken = new Set<string>();
  return header.columns.map((col) => {
    const match = rosterField(col.key);
    if (!match || taken.has(match.field)) return readColumn(view, col, null, null);
    taken.add(match.field);
    return readColumn(view, col, match.field, match.confidence);
  });
}

export function isRosterField(field: string): field is RosterField {
  return (ROSTER_FIELDS as readonly string[]).includes(field);
}

/** Grid column and header text of each mapped roster field. */
export function rosterFieldColumns(columns: readonly ReadColumn[]): Map<RosterField, ReadColumn> {
  const byField = new Map<RosterField, ReadColumn>();
  for (const col of columns) if (col.field !== null && isRosterField(col.field)) byField.set(col.field, col);
  return byField;
}

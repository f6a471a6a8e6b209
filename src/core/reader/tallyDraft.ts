import type { Finding } from "../findings/finding";
import type { TallyRow } from "../model/tally";
import type { ReadColumn } from "./readColumn";

/** A tally row before it gets its id `T<n>` (ids are given in reading order across sheets). */
export type TallyDraft = Omit<TallyRow, "id">;

/** What one ballot sheet gave. */
export interface LayoutReading {
  tallies: TallyDraft[];
  findings: Finding[];
  dataRows: [number, number] | null;
}

/** The first column mapped to each field (level columns excepted: a row chooses those by its kind). */
export function columnsByField(columns: readonly ReadColumn[]): Map<string, ReadColumn> {
  const byField = new Map<string, ReadColumn>();
  for (const col of columns) {
    if (col.field !== null && !col.field.startsWith("level") && !byField.has(col.field)) byField.set(col.field, col);
  }
  return byField;
}

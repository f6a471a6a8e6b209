import type { Finding } from "../findings/finding";
import type { TallyRow } from "../model/tally";
import type { ReadColumn } from "./readColumn";

/** The id of a tally row a layout reader made, before `readBallots` numbers it. */
export const UNNUMBERED = "";

/**
 * What one ballot sheet gave. Its rows' ids are `UNNUMBERED` until `readBallots` numbers them
 * `T<n>` in reading order across sheets: the row objects are the ones the review keeps, numbered
 * in place rather than copied (a district has over 100,000).
 */
export interface LayoutReading {
  tallies: TallyRow[];
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

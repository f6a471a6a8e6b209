import type { FindingLocation } from "../findings/finding";
import { sourceCell, type RosterRow } from "../model/roster";
import type { TallyRow } from "../model/tally";

/**
 * Where a finding about a row can be fixed. The reader records the A1 cell of every field it
 * read; when a field has no cell (its column is absent) the name cell is the next best place,
 * and column A of the row keeps at least the row right when even that is unknown.
 */
function cellOf(source: RosterRow["source"], fields: readonly string[]): string {
  for (const field of fields) {
    const cell = sourceCell(source, field);
    if (cell !== undefined) return cell;
  }
  return sourceCell(source, "name") ?? `A${source.row}`;
}

/** A roster row's location, pointing at the first of `fields` that has a cell. */
export function rowLocation(row: RosterRow, ...fields: string[]): FindingLocation {
  return {
    file: row.source.file,
    sheet: row.source.sheet,
    cell: cellOf(row.source, fields),
    subject: row.name,
    subjectUnit: row.unit,
  };
}

/** A tally row's location; its subject is the name as written on the ballot sheet. */
export function tallyLocation(tally: TallyRow, ...fields: string[]): FindingLocation {
  return {
    file: tally.source.file,
    sheet: tally.source.sheet,
    cell: cellOf(tally.source, fields),
    subject: tally.subjectName,
    subjectUnit: tally.subjectUnit ?? undefined,
  };
}

/** `名册!B7`, so that a message can name another row a clerk should compare with. */
export function describeRowPlace(source: RosterRow["source"]): string {
  return `${source.sheet}!${cellOf(source, ["name"])}`;
}

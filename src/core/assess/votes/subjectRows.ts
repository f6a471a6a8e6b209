import type { TallyRow } from "../../model/tally";

/**
 * The tally rows of each matched subject, as places in the list of tally rows, in reading order:
 * subject `s` (its id `ids[s]`) has the rows `places[start[s]]` … `places[start[s + 1] - 1]`.
 * Numbers in two typed arrays, not a list per subject nor a key text per row: a district's
 * 100,000 rows and 20,000 subjects made objects that lived through the assessment, each copied
 * by the young generation's collections before it died (the duplicate check's key texts alone
 * were 14 MB), and typed arrays' numbers are never copied.
 */
export interface SubjectRows {
  /** Every subject id a row was matched to, in the order its first row is met. */
  ids: string[];
  start: Int32Array;
  places: Int32Array;
}

/** Groups the rows by `subjectId`; a row matched to no subject is in no group. */
export function subjectRows(tallies: readonly TallyRow[]): SubjectRows {
  const ordinals = new Map<string, number>();
  const ids: string[] = [];
  const ordinal = new Int32Array(tallies.length);
  // An index loop: an array iterator makes a result object per row until its loop is optimised.
  for (let i = 0; i < tallies.length; i++) {
    const id = (tallies[i] as TallyRow).subjectId;
    if (id === null) {
      ordinal[i] = -1;
      continue;
    }
    let s = ordinals.get(id);
    if (s === undefined) {
      s = ids.length;
      ordinals.set(id, s);
      ids.push(id);
    }
    ordinal[i] = s;
  }
  // A counting sort, stable: each subject's rows stay in reading order.
  const start = new Int32Array(ids.length + 1);
  for (let i = 0; i < ordinal.length; i++) {
    const s = ordinal[i] as number;
    if (s >= 0) start[s + 1] = (start[s + 1] as number) + 1;
  }
  for (let s = 0; s < ids.length; s++) start[s + 1] = (start[s + 1] as number) + (start[s] as number);
  const next = start.slice(0, ids.length);
  const places = new Int32Array(start[ids.length] as number);
  for (let i = 0; i < ordinal.length; i++) {
    const s = ordinal[i] as number;
    if (s < 0) continue;
    places[next[s] as number] = i;
    next[s] = (next[s] as number) + 1;
  }
  return { ids, start, places };
}

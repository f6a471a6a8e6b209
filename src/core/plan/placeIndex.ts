/**
 * Entries by file and sheet, then by row number or name: where a finding points, looked up by
 * its file, sheet and cell. Nested maps rather than one map keyed by joined text: a key built for
 * each of 100,000 tally rows (twice) was most of findingTargets' time at 20,000 cadres. Rows come
 * sheet by sheet, so the last sheet's map is remembered.
 */
export class PlaceIndex<K extends number | string, V> {
  private readonly sheets = new Map<string, Map<K, V>>();
  private last: { file: string; sheet: string; entries: Map<K, V> } | null = null;
  /** The sheet last looked up, whose entries may be none: lookups come sheet by sheet too. */
  private lastRead: { file: string; sheet: string; entries: Map<K, V> | undefined } | null = null;

  private entries(file: string, sheet: string): Map<K, V> {
    const last = this.last;
    if (last !== null && last.file === file && last.sheet === sheet) return last.entries;
    const key = `${file}\u0000${sheet}`;
    let entries = this.sheets.get(key);
    if (entries === undefined) {
      entries = new Map();
      this.sheets.set(key, entries);
      this.lastRead = null;
    }
    this.last = { file, sheet, entries };
    return entries;
  }

  /** Keeps the first entry of a place. */
  add(file: string, sheet: string, at: K, value: V): void {
    const entries = this.entries(file, sheet);
    if (!entries.has(at)) entries.set(at, value);
  }

  /** Replaces any entry of the place. */
  set(file: string, sheet: string, at: K, value: V): void {
    this.entries(file, sheet).set(at, value);
  }

  get(file: string | undefined, sheet: string | undefined, at: K | undefined): V | undefined {
    if (file === undefined || sheet === undefined || at === undefined) return undefined;
    return this.found(file, sheet)?.get(at);
  }

  /**
   * The entries of one sheet, for a caller that asks about it row after row among other sheets:
   * each lookup of another sheet between two of this one's would find the sheet anew.
   */
  sheet(file: string, sheet: string): ReadonlyMap<K, V> | undefined {
    return this.sheets.get(`${file}\u0000${sheet}`);
  }

  has(file: string, sheet: string, at: K): boolean {
    return this.found(file, sheet)?.has(at) ?? false;
  }

  private found(file: string, sheet: string): Map<K, V> | undefined {
    const last = this.lastRead;
    if (last !== null && last.file === file && last.sheet === sheet) return last.entries;
    const entries = this.sheets.get(`${file}\u0000${sheet}`);
    this.lastRead = { file, sheet, entries };
    return entries;
  }
}

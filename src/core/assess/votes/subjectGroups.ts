import type { TallyRow } from "../../model/tally";

/** Beyond this many groups, a subject's groups are found through a map instead of looked through. */
const FEW_GROUPS = 8;

/**
 * One subject's tally rows grouped by category and item, for the duplicate check: a handful of
 * groups, found by looking through them (a map only past a few, as a raw sheet's items make).
 * One instance serves every subject in turn, so a district's 20,000 subjects make no lists.
 */
export class SubjectGroups {
  /** Each group's first row, as its place in the list of tally rows. */
  readonly firsts: number[] = [];
  /** Each group's rows once it has a second one, else null. */
  readonly lists: Array<TallyRow[] | null> = [];
  private readonly categories: string[] = [];
  private readonly items: Array<string | null> = [];
  private byKey: Map<string, number> | null = null;
  private size = 0;

  /** Starts the next subject: the slots are reused, what lies past `size` is stale. */
  clear(): void {
    this.size = 0;
    this.byKey = null;
  }

  /** The group of this category and item, or null when the row at `place` starts a new one. */
  find(category: string, item: string | null, place: number): number | null {
    const found = this.byKey === null ? this.lookThrough(category, item) : this.byKey.get(key(category, item));
    if (found !== undefined) return found;
    const g = this.size++;
    this.categories[g] = category;
    this.items[g] = item;
    this.firsts[g] = place;
    this.lists[g] = null;
    if (this.byKey !== null) this.byKey.set(key(category, item), g);
    else if (this.size > FEW_GROUPS) {
      this.byKey = new Map();
      for (let i = 0; i < this.size; i++) this.byKey.set(key(this.categories[i] as string, this.items[i] ?? null), i);
    }
    return null;
  }

  private lookThrough(category: string, item: string | null): number | undefined {
    for (let g = 0; g < this.size; g++) if (this.categories[g] === category && this.items[g] === item) return g;
    return undefined;
  }
}

/** Each text led by its length, so that no text can run into the next. */
function key(category: string, item: string | null): string {
  return `${category.length}:${category}${item === null ? "" : `${item.length}:${item}`}`;
}

import type { TableColumns } from "./columns";
import type { PlanCell, PlanSheetContent, PlanValue } from "./writePlan";

/**
 * The cached values of another Kaohe sheet, read by column key: 汇总's caches are counted over
 * the very values its COUNTIFS formulas count, so the overview and the sheets it sums never
 * disagree in a program that does not recalculate.
 */
export class CachedTable<K extends string> {
  constructor(
    private readonly sheet: PlanSheetContent,
    private readonly cols: TableColumns<K>,
  ) {}

  value(index: number, key: K): PlanValue {
    return this.cellAt(index, this.cols.col(key) - this.cols.firstCol)?.value ?? null;
  }

  /** One cell, made alone when the rows are made as read (考核对象's): 汇总 reads a few columns of each row. */
  private cellAt(index: number, column: number): PlanCell | undefined {
    const { rows } = this.sheet.table;
    return rows.cell === undefined ? rows.at(index)?.[column] : rows.cell(index, column);
  }

  /**
   * The number of rows whose cells equal the given values ("" matches a blank cell). 汇总 asks this
   * for every unit and grade, so the rows are tallied once per set of columns asked about and each
   * count is a lookup: scanning the rows per question grew with units × rows (24 s at 20,000).
   * The tally is a tree of maps, one level per column, keyed by the cells' values themselves
   * (a blank as ""): no key text is built for each of the 21,000 rows.
   */
  count(where: Partial<Record<K, string>>): number {
    const keys = (Object.keys(where) as K[]).sort();
    const signature = keys.join("\u0000");
    let tally = this.tallies.get(signature);
    if (tally === undefined) {
      tally = new Map();
      const columns = keys.map((k) => this.column(k));
      // An index loop: an array iterator makes a result object per row until the loop is optimised.
      const { length } = this.sheet.table.rows;
      for (let i = 0; i < length; i++) {
        let node = tally;
        for (let depth = 0; depth < columns.length; depth++) {
          const value = columns[depth]?.[i] ?? "";
          const next =
            node.get(value) ??
            (depth === columns.length - 1 ? 0 : new Map<Exclude<PlanValue, null>, TallyNode | number>());
          node.set(value, typeof next === "number" ? next + 1 : next);
          if (typeof next !== "number") node = next;
        }
      }
      this.tallies.set(signature, tally);
    }
    if (keys.length === 0) return this.sheet.table.rows.length;
    let node: TallyNode | number | undefined = tally;
    for (const k of keys) node = typeof node === "object" ? node.get(where[k] ?? "") : undefined;
    return typeof node === "number" ? node : 0;
  }

  /**
   * A column's values, blanks as "", read once: the tallies of several sets of columns share
   * their columns (kind and grade are in nearly all), and each cell of a row made as read is
   * made anew (14 column reads of 考核对象's 21,000 rows at 20,000 cadres became 6).
   */
  private column(key: K): ReadonlyArray<Exclude<PlanValue, null>> {
    let values = this.columns.get(key);
    if (values === undefined) {
      const at = this.cols.col(key) - this.cols.firstCol;
      const { length } = this.sheet.table.rows;
      values = new Array<Exclude<PlanValue, null>>(length);
      for (let i = 0; i < length; i++) values[i] = this.cellAt(i, at)?.value ?? "";
      this.columns.set(key, values);
    }
    return values;
  }

  private readonly tallies = new Map<string, TallyNode>();
  private readonly columns = new Map<K, Array<Exclude<PlanValue, null>>>();
}

/** Counts of rows by the value of one column, then the next: a number at the last column. */
type TallyNode = Map<Exclude<PlanValue, null>, TallyNode | number>;

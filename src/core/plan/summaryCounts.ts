import type { TableColumns } from "./columns";
import type { PlanSheetContent, PlanValue } from "./writePlan";

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
    return this.sheet.table.rows[index]?.[this.cols.col(key) - this.cols.firstCol]?.value ?? null;
  }

  /** The number of rows whose cells equal the given values ("" matches a blank cell). */
  count(where: Partial<Record<K, string>>): number {
    const keys = Object.keys(where) as K[];
    let n = 0;
    this.sheet.table.rows.forEach((_, i) => {
      if (keys.every((k) => (this.value(i, k) ?? "") === where[k])) n++;
    });
    return n;
  }
}

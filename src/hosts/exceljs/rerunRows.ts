import type { GridValue } from "../../core/model/sheetGrid";
import {
  KAOHE_HEAD_ROWS,
  kaoheSheetKind,
  keptForRerun,
  rerunColumns,
  type KaoheSheetKind,
} from "../../core/plan/kaoheSheetContent";
import type { SheetCells } from "./streamWorkbookGrid";
import { StopReading } from "./streamWorkbookPackage";

/**
 * A sheet's rows as they arrive, told Kaohe's or not once its head rows (title to header) are in
 * (kaoheSheetContent.ts). A Kaohe sheet keeps only what a re-run reads: all of 考核规则, the ID,
 * name, unit and grade columns of 考核对象, the head rows of the others. A district's reviewed
 * workbook holds millions of Kaohe's cells; none of them is kept, or counted against
 * INPUT_LIMITS, beyond these. A sheet of which a re-run keeps only the head rows (测评明细, 汇总,
 * …) is read no further than its first row below them: `setRow` throws StopReading there, and
 * the rest of the part (its body, merges, links) is neither parsed nor inflated, nor checked.
 */
export class RerunRows {
  private decided = false;
  private columns: "all" | ReadonlySet<number> = "all";
  kind: KaoheSheetKind | null = null;

  constructor(private readonly cells: SheetCells) {}

  setRow(row: number, cols: number[], values: GridValue[]): void {
    if (!this.decided && row > KAOHE_HEAD_ROWS) this.decide();
    if (this.headOnly && row > KAOHE_HEAD_ROWS) throw new StopReading();
    if (this.kind === null || row <= KAOHE_HEAD_ROWS || this.columns === "all") {
      this.cells.setRow(row, cols, values);
      return;
    }
    const kept = cols.flatMap((col, i) => (keptForRerun(row, col, this.columns) ? [i] : []));
    this.cells.setRow(
      row,
      kept.map((i) => cols[i] as number),
      kept.map((i) => values[i] ?? null),
    );
  }

  /** A Kaohe sheet of which a re-run reads nothing below the head rows. */
  get headOnly(): boolean {
    return this.kind !== null && this.columns !== "all" && this.columns.size === 0;
  }

  /** A second `<sheetData>` starts the sheet again. */
  clear(): void {
    this.cells.clear();
    this.decided = false;
    this.kind = null;
    this.columns = "all";
  }

  /** Once every row is read: a sheet of no more than the head rows is told now. */
  finish(): void {
    if (!this.decided) this.decide();
  }

  private decide(): void {
    this.decided = true;
    const at = (row: number, col: number) => this.cells.value(row, col);
    this.kind = kaoheSheetKind(at);
    if (this.kind === null) return;
    this.columns = rerunColumns(this.kind, at, this.cells.bounds()?.right ?? 0);
    const columns = this.columns;
    // Rows stored out of order, before the head was complete, are reduced too.
    this.cells.filter((row, col) => keptForRerun(row, col, columns));
  }
}

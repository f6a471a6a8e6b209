import { FakeRequestContext, type RequestRecord } from "./context";
import { rectOf } from "./sheetProxies";
import {
  cellOf,
  newSheet,
  newWorkbook,
  type FakeCell,
  type FakeSheet,
  type FakeValue,
  type FakeWorkbook,
} from "./state";
import { rectAddress } from "./rangeProxies";

export {
  FakeRequestContext,
  FakeOfficeError,
  OP_ENVELOPE_BYTES,
  PAYLOAD_LIMIT_BYTES,
  type RequestRecord,
} from "./context";
export { MERGED_AREAS_LIMIT } from "./rangeProxies";
export { parseHazards, excelWouldParse } from "./rangeProxies";
export type { FakeCell, FakeChart, FakeChartSeries, FakeSheet, FakeWorkbook, FakeValue } from "./state";

/**
 * A fake Excel: one workbook state, a new request context per `run` (as `Excel.run` makes),
 * every request of every context kept for counting, and user edits that fire `onChanged`.
 */
export class FakeExcel {
  readonly state: FakeWorkbook = newWorkbook();
  readonly contexts: FakeRequestContext[] = [];

  /**
   * Stands in for `Excel.run`; with `previousObjects`, the batch runs in that earlier context,
   * as Office.js requires to remove the event handlers added there.
   */
  readonly run = async <T>(
    batch: (context: Excel.RequestContext) => Promise<T>,
    options?: Excel.RunOptions,
  ): Promise<T> => {
    const previous: unknown = options?.previousObjects;
    const context = previous instanceof FakeRequestContext ? previous : new FakeRequestContext(this.state);
    if (!(previous instanceof FakeRequestContext)) this.contexts.push(context);
    return batch(context as unknown as Excel.RequestContext);
  };

  /** What the event handlers returned: Office never waits for them; tests wait with `settled`. */
  private readonly handled: Promise<unknown>[] = [];

  async settled(): Promise<void> {
    while (this.handled.length > 0) await this.handled.shift();
  }

  get requests(): RequestRecord[] {
    return this.contexts.flatMap((c) => c.requests);
  }

  get syncs(): number {
    return this.requests.length;
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.bytes));
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.responseBytes));
  }

  /** Forgets the requests so far, to count one action alone. */
  resetCounts(): void {
    this.contexts.length = 0;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.state.sheets.find((s) => s.name === name);
    if (sheet === undefined) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  addSheet(name: string, rows: FakeValue[][] = [], top = 1, left = 1): FakeSheet {
    const sheet = newSheet(name);
    this.state.sheets.push(sheet);
    rows.forEach((row, i) => row.forEach((v, j) => void (cellOf(sheet, top + i, left + j).value = v)));
    return sheet;
  }

  /**
   * A user typing into cells: values change, then every onChanged handler of the sheet starts.
   * Excel does not await them; the promise only lets a test wait until they have all finished.
   */
  edit(sheetName: string, address: string, rows: FakeValue[][]): Promise<void> {
    const sheet = this.sheet(sheetName);
    const rect = rectOf(address);
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        const cell = cellOf(sheet, rect.top + i, rect.left + j);
        cell.value = v;
        cell.formula = null;
      }),
    );
    return this.changed(sheet, rectAddress(rect), "RangeEdited");
  }

  /** A user inserting `count` rows above row `at`: the cells below move down. */
  insertRows(sheetName: string, at: number, count: number): Promise<void> {
    const sheet = this.sheet(sheetName);
    const moved = new Map<string, FakeCell>();
    for (const [key, cell] of sheet.cells) {
      const [row, col] = key.split(":").map(Number) as [number, number];
      moved.set(row >= at ? `${row + count}:${col}` : key, cell);
    }
    sheet.cells = moved;
    return this.changed(sheet, `${at}:${at + count - 1}`, "RowInserted");
  }

  /** Excel does not await its handlers: all start at once, and an error in one goes nowhere. */
  private changed(sheet: FakeSheet, address: string, changeType: string): Promise<void> {
    const args = { address, worksheetId: sheet.id, changeType, source: "Local", type: "WorksheetChanged" };
    const running = this.state.changeHandlers.filter((e) => e.sheetId === sheet.id).map((e) => e.handler(args));
    const all = Promise.allSettled(running).then(() => undefined);
    this.handled.push(all);
    return all;
  }
}

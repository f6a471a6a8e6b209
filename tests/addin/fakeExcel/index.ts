import { FakeRequestContext, type RequestRecord } from "./context";
import { rectOf } from "./sheetProxies";
import { cellOf, newSheet, newWorkbook, type FakeSheet, type FakeValue, type FakeWorkbook } from "./state";
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
export type { FakeCell, FakeSheet, FakeWorkbook, FakeValue } from "./state";

/**
 * A fake Excel: one workbook state, a new request context per `run` (as `Excel.run` makes),
 * every request of every context kept for counting, and user edits that fire `onChanged`.
 */
export class FakeExcel {
  readonly state: FakeWorkbook = newWorkbook();
  readonly contexts: FakeRequestContext[] = [];

  /** Stands in for `Excel.run`. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeRequestContext(this.state);
    this.contexts.push(context);
    return batch(context as unknown as Excel.RequestContext);
  };

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

  /** A user typing into cells: values change, then every onChanged handler of the sheet starts. */
  async edit(sheetName: string, address: string, rows: FakeValue[][]): Promise<void> {
    const sheet = this.sheet(sheetName);
    const rect = rectOf(address);
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        const cell = cellOf(sheet, rect.top + i, rect.left + j);
        cell.value = v;
        cell.formula = null;
      }),
    );
    const args = {
      address: rectAddress(rect),
      worksheetId: sheet.id,
      changeType: "RangeEdited",
      source: "Local",
      type: "WorksheetChanged",
    };
    // Excel does not await its handlers: all start at once, and an error in one goes nowhere.
    // The returned promise only lets a test wait until they have all finished.
    const running = this.state.changeHandlers.filter((e) => e.sheetId === sheet.id).map((e) => e.handler(args));
    await Promise.allSettled(running);
  }
}

import { detectFeatures, libraryGapNotice, membersOf, type ExcelFeatures } from "../../../src/hosts/office/features";
import { createOfficeHost } from "../../../src/hosts/office/officeHost";
import type { OfficeRun } from "../../../src/hosts/office/officeRun";
import type { HostMessage, KaoheHost } from "../../../src/taskpane/host";
import { FakeExcel, type FakeValue } from "../fakeExcel";
import { cellOf } from "../fakeExcel/state";
import { rectOf } from "../fakeExcel/sheetProxies";
import { rectAddress } from "../fakeExcel/rangeProxies";
import { connect, fireChanged, loadLibrary, type LoadedLibrary } from "./officeLibrary";
import { ExcelServer, type RequestLog } from "./server/excelServer";
import { WEB_LIMITS, type ServerLimits } from "./server/world";

export interface LaneOptions {
  /** A shipped host library; Windows' by default. */
  library?: string;
  /** The highest ExcelApi version the Excel reports; 1.18 is current Microsoft 365. */
  excelApi?: string;
  limits?: Partial<ServerLimits>;
}

/**
 * The add-in's host code against the real Office.js client: a shipped Excel library in jsdom,
 * its requests answered by the fake workbook (`excel.state`), which tests fill with
 * `excel.addSheet` as they fill the fake. Every call the host makes goes through the library's
 * own proxies, property loading, object-path lifetimes and request bodies.
 */
export class OfficeLane {
  readonly excel = new FakeExcel();
  readonly server: ExcelServer;
  readonly library: LoadedLibrary;
  readonly run: OfficeRun;
  readonly features: ExcelFeatures;
  readonly notice: HostMessage | null;

  constructor(options: LaneOptions = {}) {
    this.server = new ExcelServer(this.excel.state, { ...WEB_LIMITS, ...options.limits });
    this.library = loadLibrary(options.library ?? "excel-win32-16.01.js");
    const excelApi = options.excelApi ?? "1.18";
    connect(this.library, this.server, { excelApi });
    const { Excel } = this.library;
    this.run = (batch, runOptions) => (runOptions === undefined ? Excel.run(batch) : Excel.run(runOptions, batch));
    const isSetSupported = (name: string, version: string): boolean =>
      name === "ExcelApi" && Number(version.split(".")[1]) <= Number(excelApi.split(".")[1]);
    this.features = detectFeatures(isSetSupported, membersOf(Excel));
    this.notice = libraryGapNotice(isSetSupported, membersOf(Excel));
  }

  /** The task pane's host, as main.tsx makes it, with these features (the detected ones by default). */
  host(features: ExcelFeatures = this.features): KaoheHost {
    return createOfficeHost({ run: this.run, features, ...(this.notice === null ? {} : { notices: [this.notice] }) });
  }

  get requests(): RequestLog[] {
    return this.server.log;
  }

  /** Forgets the requests so far, to count one action alone. */
  resetCounts(): void {
    this.server.log.length = 0;
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.bytes));
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.responseBytes));
  }

  /**
   * A user typing into cells: the values change, then Excel sends `WorksheetChanged` to the
   * sheet's registered handlers and goes on without waiting for them.
   */
  edit(sheetName: string, address: string, rows: FakeValue[][]): void {
    const sheet = this.excel.sheet(sheetName);
    const rect = rectOf(address);
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        const cell = cellOf(sheet, rect.top + i, rect.left + j);
        cell.value = v;
        cell.formula = null;
      }),
    );
    if ((this.server.world.changeEvents.get(sheet.id) ?? 0) > 0) fireChanged(this.library, sheet.id, rectAddress(rect));
  }

  /** Waits until Excel has had no request for a few turns: the handlers and runs in flight are done. */
  async settle(): Promise<void> {
    let seen = -1;
    while (seen !== this.requests.length) {
      seen = this.requests.length;
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
}

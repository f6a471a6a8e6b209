import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import type { ExcelServer, ExecutorResponse, RequestBody } from "./server/excelServer";

/** The Excel host libraries Kaohe ships (webpack.config.js copies `excel-*.js` from here). */
export const OFFICE_DIST = join(__dirname, "../../../node_modules/@microsoft/office-js/dist");

/** The host libraries office.js loads for the Excels people have: Windows, the web, Mac, iPad. */
export const SHIPPED_EXCEL_LIBRARIES = [
  "excel-win32-16.01.js",
  "excel-web-16.00.js",
  "excel-mac-16.00.js",
  "excel-ios-16.00.js",
] as const;

const sources = new Map<string, string>();

function source(library: string): string {
  let text = sources.get(library);
  if (text === undefined) {
    text = readFileSync(join(OFFICE_DIST, library), "utf8");
    sources.set(library, text);
  }
  return text;
}

/** What a loaded library gives a test: its global namespaces, in the window that holds them. */
export interface LoadedLibrary {
  window: Window & typeof globalThis;
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension & Record<string, unknown>;
}

/** A window with nothing but one shipped Excel host library evaluated in it: enough to read its classes. */
export function loadLibrary(library: string): LoadedLibrary {
  const dom = new JSDOM("<!doctype html><html><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost:3000/taskpane.html",
  });
  const window = dom.window as unknown as Window & typeof globalThis & Record<string, unknown>;
  window.eval(source(library));
  return {
    window,
    Excel: window.Excel,
    OfficeExtension: window.OfficeExtension,
  };
}

export interface ConnectOptions {
  /** The highest ExcelApi version the host reports through `isSetSupported`. */
  excelApi: string;
}

/**
 * Connects a loaded library to the lane's Excel. Office.js lets a session override where a
 * request context sends its requests (`OfficeExtension.SessionBase._overrideSession`): every
 * `Excel.run` then asks that session for its request executor, whose `executeAsync` gets the
 * serialised request body and resolves with Excel's response. The host's requirement sets are
 * what `OSF._OfficeAppFactory.getContext().requirements` answers (office.js fills it in Excel).
 * Event registration is made ready at once, and events arrive as Rich API messages.
 */
export function connect(lib: LoadedLibrary, server: ExcelServer, options: ConnectOptions): void {
  const { window, OfficeExtension: ext } = lib;
  const isSetSupported = (name: string, version?: string): boolean =>
    name === "ExcelApi" && compareVersions(version ?? "1.1", options.excelApi) <= 0;
  const osf = window as unknown as { OSF: Record<string, unknown> };
  osf.OSF._OfficeAppFactory = { getContext: () => ({ requirements: { isSetSupported } }) };

  const executor = {
    executeAsync: (_customData: unknown, _flags: number, message: { Body: RequestBody }): Promise<ExecutorResponse> =>
      // Excel answers later, never within the same turn: handlers and runs can interleave as they do in Excel.
      new Promise((resolve) => setTimeout(() => resolve(server.execute(message.Body)), 0)),
  };
  const SessionBase = ext.SessionBase as new () => object;
  class LaneSession extends SessionBase {
    _resolveRequestUrlAndHeaderInfo(): Promise<{ url: string; headers: Record<string, string> }> {
      return Promise.resolve({ url: "lane://excel", headers: {} });
    }
    _createRequestExecutorOrNull(): typeof executor {
      return executor;
    }
  }
  (SessionBase as unknown as { _overrideSession: object })._overrideSession = new LaneSession();
  (ext._testSetRichApiMessageReadyImpl as (impl: () => Promise<void>) => void)(() => Promise.resolve());
}

/** Sends Excel's `WorksheetChanged` event as Office delivers it: to the handlers, without waiting for them. */
export function fireChanged(lib: LoadedLibrary, sheetId: string, address: string): void {
  const message = {
    type: "WorksheetChanged",
    changeType: "RangeEdited",
    source: "Local",
    worksheetId: sheetId,
    address,
    shiftDirection: "None",
  };
  const trigger = lib.OfficeExtension._testTriggerRichApiMessageEvent as (msg: unknown) => void;
  // Rich API event messages: category 65536, type 10 is Worksheet.onChanged.
  trigger({
    entries: [{ messageCategory: 65536, messageType: 10, targetId: sheetId, message: JSON.stringify(message) }],
  });
}

function compareVersions(a: string, b: string): number {
  const [am = 0, an = 0] = a.split(".").map(Number);
  const [bm = 0, bn = 0] = b.split(".").map(Number);
  return am === bm ? an - bn : am - bm;
}

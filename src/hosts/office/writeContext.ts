import type { ExcelFeatures } from "./features";

/** What the writers share during one application of a plan. */
export interface WriteContext {
  readonly context: Excel.RequestContext;
  readonly features: ExcelFeatures;
  /** The worksheet proxy, made once per sheet and reused across syncs. */
  sheet(name: string): Excel.Worksheet;
  /** Remembers the proxy of a sheet this run added. */
  remember(name: string, sheet: Excel.Worksheet): void;
  /** Sheets and names this run has queued for adding, to remove them again on cancel. */
  readonly added: { sheets: string[]; names: string[] };
}

export function makeWriteContext(context: Excel.RequestContext, features: ExcelFeatures): WriteContext {
  const sheets = new Map<string, Excel.Worksheet>();
  const added = { sheets: [] as string[], names: [] as string[] };
  return {
    context,
    features,
    added,
    sheet(name) {
      let ws = sheets.get(name);
      if (ws === undefined) {
        ws = context.workbook.worksheets.getItem(name);
        sheets.set(name, ws);
      }
      return ws;
    },
    remember(name, sheet) {
      sheets.set(name, sheet);
      added.sheets.push(name);
    },
  };
}

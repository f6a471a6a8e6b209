import { OWNED_SHEETS_NAME } from "../../core/plan/writePlan";
import type { WorkbookSheets } from "../../taskpane/host";
import { ownedSheetNames } from "./workbookState";

/**
 * What the core must know of the open workbook to name Kaohe's sheets around the user's, as the
 * command line knows it of the roster's file: every sheet's name (the pane reads only some, and a
 * user's own 汇总 is none of them) and the names the marker lists. The loads are queued now to go
 * with the caller's next sync; the function returned reads them after it, with one more sync only
 * when the workbook holds a marker (a re-run), whose cells can be asked for once it is known.
 */
export function queueWorkbookSheets(context: Excel.RequestContext): () => Promise<WorkbookSheets> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const names = context.workbook.names;
  names.load("items/name");
  return async () => {
    const sheetNames = sheets.items.map((s) => s.name);
    if (!names.items.some((n) => n.name === OWNED_SHEETS_NAME)) return { sheets: sheetNames, marked: null };
    const marker = names.getItem(OWNED_SHEETS_NAME).getRangeOrNullObject();
    marker.load("values");
    await context.sync();
    return { sheets: sheetNames, marked: marker.isNullObject ? null : ownedSheetNames(marker.values) };
  };
}

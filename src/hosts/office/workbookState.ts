import { OWNED_SHEETS_NAME } from "../../core/plan/writePlan";

/** What the open workbook holds that matters before writing a plan. */
export interface WorkbookState {
  sheets: string[];
  names: string[];
  /** The sheets an earlier run marked as Kaohe's: the cells the defined name KAOHE_SHEETS refers to. */
  ownedSheets: string[];
  protectedSheets: string[];
  workbookProtected: boolean;
}

/**
 * Reads it with one `sync` (the caller's, so that it is counted), and a second one on a re-run
 * to read the marker's cells: the marker may only be followed once it is known to exist.
 */
export async function inspectWorkbook(
  context: Excel.RequestContext,
  sync: () => Promise<void>,
): Promise<WorkbookState> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/protection/protected");
  const names = context.workbook.names;
  names.load("items/name");
  const protection = context.workbook.protection;
  protection.load("protected");
  await sync();
  const nameList = names.items.map((n) => n.name);
  let ownedSheets: string[] = [];
  if (nameList.includes(OWNED_SHEETS_NAME)) {
    const marker = names.getItem(OWNED_SHEETS_NAME).getRangeOrNullObject();
    marker.load("values");
    await sync();
    if (!marker.isNullObject) ownedSheets = ownedSheetNames(marker.values);
  }
  return {
    sheets: sheets.items.map((s) => s.name),
    names: nameList,
    ownedSheets,
    protectedSheets: sheets.items.filter((s) => s.protection.protected).map((s) => s.name),
    workbookProtected: protection.protected,
  };
}

/** The marker row holds one sheet name per cell. */
export function ownedSheetNames(values: unknown[][]): string[] {
  return values.flat().flatMap((v) => (typeof v === "string" && v.trim() !== "" ? [v.trim()] : []));
}

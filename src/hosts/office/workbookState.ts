import { KAOHE_SHEET_NAMES } from "../../core/plan/kaoheSheets";
import { KAOHE_HEAD_COLS, KAOHE_HEAD_ROWS } from "../../core/plan/kaoheSheetContent";
import { kaoheMarkedSheets, sameSheetName } from "../../core/plan/ownedSheets";
import type { PlanLayout } from "../../core/plan/planOutline";
import { OWNED_SHEETS_NAME } from "../../core/plan/writePlan";
import { isStagingLeftover } from "./stagingSheets";

/** What the open workbook holds that matters before writing a plan. */
export interface WorkbookState {
  sheets: string[];
  names: string[];
  /**
   * The sheets an earlier run marked as Kaohe's (the cells the defined name KAOHE_SHEETS refers
   * to) whose content is Kaohe's: a marker may name any sheet, and a user's sheet is never replaced.
   */
  ownedSheets: string[];
  protectedSheets: string[];
  workbookProtected: boolean;
  /** Staging sheets of a run that could not finish: removed before anything else. */
  leftovers: string[];
  /** The tables on each sheet with a Kaohe name, removed before the sheet's cells are replaced. */
  tables: Map<string, string[]>;
  /** The charts on each sheet with a Kaohe name, by name: removed before the sheet is written again. */
  charts: Map<string, string[]>;
}

/**
 * Reads it with one `sync` (the caller's, so that it is counted), and a second one when the
 * workbook holds an earlier run's marker: the marker's cells and the tables of the sheets with
 * Kaohe names may only be asked for once they are known to exist (and so their charts). Which
 * sheets the marker names is only known after that sync, so the same sync reads the head of every
 * sheet (the few cells kaoheSheetKind looks at), not another one per marked sheet.
 */
export async function inspectWorkbook(
  context: Excel.RequestContext,
  sync: () => Promise<void>,
  plan: PlanLayout | null = null,
): Promise<WorkbookState> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility,items/protection/protected");
  const names = context.workbook.names;
  names.load("items/name");
  const protection = context.workbook.protection;
  protection.load("protected");
  await sync();
  const nameList = names.items.map((n) => n.name);
  const sheetList = sheets.items.map((s) => s.name);
  const kaoheNames = [...KAOHE_SHEET_NAMES, ...(plan?.sheets.map((s) => s.name) ?? [])];
  const kaoheSheets = sheetList.filter((name) => kaoheNames.some((k) => sameSheetName(k, name)));
  const hasMarker = nameList.includes(OWNED_SHEETS_NAME);
  let ownedSheets: string[] = [];
  const tables = new Map<string, string[]>();
  const charts = new Map<string, string[]>();
  if (hasMarker) {
    const marker = names.getItem(OWNED_SHEETS_NAME).getRangeOrNullObject();
    marker.load("values");
    const loaded = kaoheSheets.map((name) => {
      const sheet = sheets.getItem(name);
      const collection = sheet.tables;
      collection.load("items/name");
      const drawn = sheet.charts;
      drawn.load("items/name");
      return { name, collection, drawn };
    });
    const heads = new Map(
      sheetList.map((name) => {
        const head = sheets.getItem(name).getRangeByIndexes(0, 0, KAOHE_HEAD_ROWS, KAOHE_HEAD_COLS);
        head.load("values");
        return [name, head] as const;
      }),
    );
    await sync();
    if (!marker.isNullObject) {
      const headOf = (name: string) => heads.get(sheetList.find((s) => sameSheetName(s, name)) ?? "");
      ownedSheets = kaoheMarkedSheets(
        ownedSheetNames(marker.values),
        (name, row, col) => headOf(name)?.values[row - 1]?.[col - 1],
      );
    }
    for (const { name, collection, drawn } of loaded) {
      tables.set(
        name,
        collection.items.map((t) => t.name),
      );
      charts.set(
        name,
        drawn.items.map((c) => c.name),
      );
    }
  }
  return {
    sheets: sheetList,
    names: nameList,
    ownedSheets,
    protectedSheets: sheets.items.filter((s) => s.protection.protected).map((s) => s.name),
    workbookProtected: protection.protected,
    leftovers: sheets.items.filter((s) => isStagingLeftover(s.name, String(s.visibility))).map((s) => s.name),
    tables,
    charts,
  };
}

/** The marker row holds one sheet name per cell. */
export function ownedSheetNames(values: unknown[][]): string[] {
  return values.flat().flatMap((v) => (typeof v === "string" && v.trim() !== "" ? [v.trim()] : []));
}

import type ExcelJS from "exceljs";
import {
  foreignKaoheSheet,
  kaoheMarkedSheets,
  markedSheetNames,
  markerRange,
  ownedSheetNames,
  sheetOfReference,
} from "../../core/plan/ownedSheets";
import { isKaoheName } from "../../core/plan/rulesNames";
import { OWNED_SHEETS_NAME, type WritePlan } from "../../core/plan/writePlan";
import { ProtectedSheetError, SheetNotKaoheError } from "./applyPlanErrors";
import { writeSheet } from "./applyPlanSheet";

export interface ApplyOptions {
  /**
   * Formulas filled down a column written once, as shared formulas (sharedFormulas.ts): for
   * files about to be written, where they make a district's workbook several times smaller and
   * faster to write. Off by default: cells of a workbook kept in memory then each hold their
   * own formula text, as ExcelJS's readers of them expect.
   */
  sharedFormulas?: boolean;
}

/**
 * Applies a write plan to a workbook: removes exactly what an earlier run wrote (the sheets the
 * marker name lists or the plan names, and Kaohe's defined names), then writes the plan's sheets
 * after the workbook's own and defines its names. The workbook's own sheets are never touched,
 * so applying the same plan twice gives the same workbook. Like the Office.js host, it refuses
 * before changing anything when a sheet with a Kaohe name is not one an earlier run marked as
 * its own (the user's) or is protected (throws SheetNotKaoheError or ProtectedSheetError).
 */
export function applyPlanToWorkbook(workbook: ExcelJS.Workbook, plan: WritePlan, options: ApplyOptions = {}): void {
  const marked = markedSheets(workbook, plan);
  checkReplaceable(workbook, plan, marked);
  const owned = ownedSheetNames(marked, plan);
  for (const ws of workbook.worksheets) {
    if (owned.has(ws.name)) workbook.removeWorksheet(ws.id);
  }
  workbook.definedNames.model = workbook.definedNames.model.filter(
    (n) => !isKaoheName(n.name) && !n.ranges.some((range) => owned.has(sheetOfReference(range))),
  );
  for (const sheet of plan.sheets) writeSheet(workbook, sheet, options.sharedFormulas === true);
  for (const name of plan.names) workbook.definedNames.add(name.refersTo, name.name);
}

function checkReplaceable(workbook: ExcelJS.Workbook, plan: WritePlan, marked: readonly string[]): void {
  const foreign = foreignKaoheSheet(
    workbook.worksheets.map((ws) => ws.name),
    marked,
    plan,
  );
  if (foreign !== null) throw new SheetNotKaoheError(foreign);
  for (const ws of workbook.worksheets) {
    if (marked.includes(ws.name) && isProtected(ws)) throw new ProtectedSheetError(ws.name);
  }
}

/** ExcelJS reads `<sheetProtection sheet="1">` into a property its typings leave out. */
function isProtected(ws: ExcelJS.Worksheet): boolean {
  const { sheetProtection } = ws as unknown as { sheetProtection: { sheet?: boolean } | null };
  return sheetProtection?.sheet === true;
}

/**
 * The sheet names an earlier run listed in its marker name (`KAOHE_SHEETS`), and those the plan
 * writes, that hold Kaohe's content: only those are replaced.
 */
function markedSheets(workbook: ExcelJS.Workbook, plan: WritePlan): string[] {
  const marker = workbook.definedNames.model.find((n) => n.name === OWNED_SHEETS_NAME);
  const text = (sheet: string, row: number, col: number) => workbook.getWorksheet(sheet)?.getCell(row, col).value;
  const listed = (marker?.ranges ?? []).flatMap((range) => markedSheetNames(markerRange(range), text));
  const planned = plan.sheets.map((s) => s.name).filter((name) => workbook.getWorksheet(name) !== undefined);
  return kaoheMarkedSheets([...new Set([...listed, ...planned])], text);
}

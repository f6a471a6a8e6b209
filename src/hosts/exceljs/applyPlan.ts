import type ExcelJS from "exceljs";
import { KAOHE_SHEET_NAMES } from "../../core/plan/kaoheSheets";
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
  const marked = markedSheets(workbook);
  checkReplaceable(workbook, plan, marked);
  const owned = new Set([...marked, ...plan.sheets.map((s) => s.name)]);
  for (const ws of workbook.worksheets) {
    if (owned.has(ws.name)) workbook.removeWorksheet(ws.id);
  }
  workbook.definedNames.model = workbook.definedNames.model.filter(
    (n) => !isKaoheName(n.name) && !n.ranges.some((range) => owned.has(sheetOf(range))),
  );
  for (const sheet of plan.sheets) writeSheet(workbook, sheet, options.sharedFormulas === true);
  for (const name of plan.names) workbook.definedNames.add(name.refersTo, name.name);
}

/**
 * Excel compares sheet names without regard to case, and the reader ignores spaces around a
 * Kaohe name, so `考核对象 ` is Kaohe's name too: it would be read as Kaohe's sheet, and writing
 * 考核对象 beside it would leave two.
 */
function sameSheetName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function checkReplaceable(workbook: ExcelJS.Workbook, plan: WritePlan, marked: readonly string[]): void {
  const kaoheNames = [...KAOHE_SHEET_NAMES, ...plan.sheets.map((s) => s.name)];
  for (const ws of workbook.worksheets) {
    if (!kaoheNames.some((name) => sameSheetName(name, ws.name))) continue;
    if (!marked.includes(ws.name)) throw new SheetNotKaoheError(ws.name);
    if (isProtected(ws)) throw new ProtectedSheetError(ws.name);
  }
}

/** ExcelJS reads `<sheetProtection sheet="1">` into a property its typings leave out. */
function isProtected(ws: ExcelJS.Worksheet): boolean {
  const { sheetProtection } = ws as unknown as { sheetProtection: { sheet?: boolean } | null };
  return sheetProtection?.sheet === true;
}

/** The sheet names an earlier run listed in its marker name (`KAOHE_SHEETS`). */
function markedSheets(workbook: ExcelJS.Workbook): string[] {
  const marker = workbook.definedNames.model.find((n) => n.name === OWNED_SHEETS_NAME);
  const names: string[] = [];
  for (const range of marker?.ranges ?? []) {
    const ws = workbook.getWorksheet(sheetOf(range));
    const cells = range.slice(range.lastIndexOf("!") + 1).replace(/\$/g, "");
    if (ws === undefined) continue;
    const [from = "", to = from] = cells.split(":");
    const start = ws.getCell(from);
    const end = ws.getCell(to);
    for (let r = Number(start.row); r <= Number(end.row); r++) {
      for (let c = Number(start.col); c <= Number(end.col); c++) {
        const value = ws.getCell(r, c).value;
        if (typeof value === "string" && value !== "") names.push(value);
      }
    }
  }
  return names;
}

/** The sheet of `'考核 规则'!$C$2` or `Sheet1!$A$1`. */
function sheetOf(range: string): string {
  const sheet = range.slice(0, range.lastIndexOf("!"));
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

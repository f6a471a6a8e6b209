import type ExcelJS from "exceljs";
import { isKaoheName } from "../../core/plan/rulesNames";
import { OWNED_SHEETS_NAME, type WritePlan } from "../../core/plan/writePlan";
import { writeSheet } from "./applyPlanSheet";

/**
 * Applies a write plan to a workbook: removes exactly what an earlier run wrote (the sheets the
 * marker name lists or the plan names, and Kaohe's defined names), then writes the plan's sheets
 * after the workbook's own and defines its names. The workbook's own sheets are never touched,
 * so applying the same plan twice gives the same workbook.
 */
export function applyPlanToWorkbook(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  const owned = new Set([...markedSheets(workbook), ...plan.sheets.map((s) => s.name)]);
  for (const ws of workbook.worksheets) {
    if (owned.has(ws.name)) workbook.removeWorksheet(ws.id);
  }
  workbook.definedNames.model = workbook.definedNames.model.filter(
    (n) => !isKaoheName(n.name) && !n.ranges.some((range) => owned.has(sheetOf(range))),
  );
  for (const sheet of plan.sheets) writeSheet(workbook, sheet);
  for (const name of plan.names) workbook.definedNames.add(name.refersTo, name.name);
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

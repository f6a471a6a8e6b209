import { a1 } from "../../core/model/address";
import { looseRowRanges } from "../../core/plan/looseRowRanges";
import type { PlanSheetOutline } from "../../core/plan/planOutline";
import type { PlanLooseCell, PlanValidation } from "../../core/plan/writePlan";
import { cellFormat, cssColor, formulaEntry } from "./cellEncoding";
import type { OperationQueue } from "./requestBatcher";
import { actionBytes } from "./requestSize";
import { VERTICAL_ALIGNMENT } from "./tableStyle";
import type { WriteContext } from "./writeContext";

/** The plan's horizontal alignments in Office.js's words. */
const HORIZONTALS: Record<NonNullable<PlanLooseCell["horizontal"]>, `${Excel.HorizontalAlignment}`> = {
  right: "Right",
};

/**
 * A plan sheet's loose cells (title, legend, the marker), written with its table's cells where
 * the run writes its content.
 */
export async function writeLooseCells(
  b: OperationQueue,
  w: WriteContext,
  sheet: PlanSheetOutline,
  target: string,
): Promise<void> {
  for (const cell of sheet.loose) {
    const address = a1(cell.row, cell.col);
    const entry = formulaEntry(cell);
    const format = cellFormat(cell, undefined);
    await b.add(actionBytes(9, target, address, entry, format, cell.fill ?? ""), () => {
      const range = w.sheet(target).getRange(address);
      range.numberFormat = [[format]];
      range.formulas = [[entry]];
      if (cell.fill !== undefined) range.format.fill.color = cssColor(cell.fill);
      if (cell.bold === true) range.format.font.bold = true;
      // A wrapped cell sits centred in its tall row, as a table's cells do (tableStyle.ts).
      if (cell.wrap === true) {
        range.format.wrapText = true;
        range.format.verticalAlignment = VERTICAL_ALIGNMENT;
      }
      if (cell.horizontal !== undefined) range.format.horizontalAlignment = HORIZONTALS[cell.horizontal];
    });
  }
}

/**
 * What belongs to the sheet the user sees rather than to its cells: conditional formats,
 * drop-down validations, frozen panes, header notes, row heights and the print setup.
 */
export async function writeSheetRules(b: OperationQueue, w: WriteContext, sheet: PlanSheetOutline): Promise<void> {
  // Office.js adds each conditional format at the top: adding the lowest priority first leaves
  // them in the plan's order.
  const formats = [...sheet.conditionalFormats].sort((x, y) => y.priority - x.priority);
  for (const cf of formats) {
    await b.add(actionBytes(7, sheet.name, cf), () => {
      const added = w.sheet(sheet.name).getRange(cf.ref).conditionalFormats.add("Custom");
      added.custom.rule.formula = `=${cf.formula}`;
      added.custom.format.fill.color = cssColor(cf.fill);
      if (cf.fontColor !== undefined) added.custom.format.font.color = cssColor(cf.fontColor);
    });
  }

  for (const validation of sheet.validations) {
    await b.add(actionBytes(5, sheet.name, validation), () => {
      const dv = w.sheet(sheet.name).getRange(validation.ref).dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: listSource(validation) } };
      if (validation.prompt !== undefined) dv.prompt = { showPrompt: true, message: validation.prompt, title: "" };
      if (validation.error !== undefined) {
        dv.errorAlert = { showAlert: true, message: validation.error, style: "Stop", title: "" };
      }
    });
  }

  const { rows, cols } = sheet.freeze;
  if (rows > 0 || cols > 0) {
    await b.add(actionBytes(3, sheet.name), () => {
      const panes = w.sheet(sheet.name).freezePanes;
      if (rows > 0 && cols > 0) panes.freezeAt(w.sheet(sheet.name).getRangeByIndexes(0, 0, rows, cols));
      else if (rows > 0) panes.freezeRows(rows);
      else panes.freezeColumns(cols);
    });
  }

  if (w.features.notes) await writeHeaderNotes(b, w, sheet);
  await writePrint(b, w, sheet);
}

const POINTS_PER_INCH = 72;

/**
 * Rows as tall as their wrapped text, measured by Excel itself, and the print setup
 * (CONTRACT.md §3) with its manual page breaks. Page layout needs ExcelApi 1.9: where the host
 * lacks it the sheet prints with Excel's defaults, as a package written by any other host would not.
 */
async function writePrint(b: OperationQueue, w: WriteContext, sheet: PlanSheetOutline): Promise<void> {
  const { table, print } = sheet;
  if (table.heightRuns !== undefined) {
    const lastRow = table.anchorRow + Math.max(table.rowCount, 1);
    const address = `${a1(table.anchorRow, table.anchorCol)}:${a1(lastRow, table.anchorCol + table.columns.length - 1)}`;
    await b.add(actionBytes(2, sheet.name, address), () => {
      w.sheet(sheet.name).getRange(address).format.autofitRows();
    });
  }
  // The rows outside the table that hold wrapped cells (汇总's blocks), each fitted by Excel too.
  for (const address of looseRowRanges(sheet)) {
    await b.add(actionBytes(2, sheet.name, address), () => {
      w.sheet(sheet.name).getRange(address).format.autofitRows();
    });
  }
  if (!w.features.pageLayout) return;
  const breaks = print.rowBreaks ?? [];
  // The settings, the removal of old breaks, and for each break an `add` and the object it makes.
  await b.add(actionBytes(13 + 2 * breaks.length, sheet.name, print), () => {
    const layout = w.sheet(sheet.name).pageLayout;
    layout.paperSize = print.paper;
    layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
    // 0 pages tall is as many as it takes, as in the file format.
    layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
    const m = print.margins;
    layout.leftMargin = m.left * POINTS_PER_INCH;
    layout.rightMargin = m.right * POINTS_PER_INCH;
    layout.topMargin = m.top * POINTS_PER_INCH;
    layout.bottomMargin = m.bottom * POINTS_PER_INCH;
    layout.headerMargin = m.header * POINTS_PER_INCH;
    layout.footerMargin = m.footer * POINTS_PER_INCH;
    layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
    if (print.area !== undefined) layout.setPrintArea(print.area);
    const pages = layout.headersFooters.defaultForAllPages;
    pages.centerHeader = print.header;
    pages.centerFooter = print.footer;
    // A re-run writes over the sheet an earlier run left (sheetSwap.ts), and clearing its cells
    // keeps its manual page breaks: the sheet's horizontal breaks are the plan's alone.
    const pageBreaks = w.sheet(sheet.name).horizontalPageBreaks;
    pageBreaks.removePageBreaks();
    for (const row of breaks) pageBreaks.add(`A${row}`);
  });
}

async function writeHeaderNotes(b: OperationQueue, w: WriteContext, sheet: PlanSheetOutline): Promise<void> {
  const { table } = sheet;
  for (let c = 0; c < table.columns.length; c++) {
    const note = table.columns[c]?.note;
    if (note === undefined) continue;
    const address = a1(table.anchorRow, table.anchorCol + c);
    await b.add(actionBytes(2, sheet.name, address, note), () => {
      w.sheet(sheet.name).notes.add(address, note);
    });
  }
}

/** A list written as `"a,b,c"` is explicit; anything else is a formula (a defined name). */
export function listSource(validation: PlanValidation): string {
  const list = validation.list.trim();
  if (list.length >= 2 && list.startsWith('"') && list.endsWith('"')) return list.slice(1, -1);
  return `=${list}`;
}

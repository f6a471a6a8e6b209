import { a1, quoteSheet } from "../../core/model/address";
import type { PlanSheet } from "../../core/plan/writePlan";
import type { StyleRegistry } from "./styleRegistry";
import { xmlAttribute, xmlText } from "./xmlText";

/**
 * The worksheet's elements around its cells: tab colour, frozen panes, column widths before
 * `<sheetData>`; highlights and drop-downs after it. Each is written as the schema orders it.
 */

/** Tab colour, and `fitToPage` so that pageSetup's fitToWidth/fitToHeight scale the print. */
export function sheetPrXml(sheet: PlanSheet): string {
  return `<sheetPr><tabColor rgb="FF${sheet.tabColor.toUpperCase()}"/><pageSetUpPr fitToPage="1"/></sheetPr>`;
}

/** The view with its top rows and left columns frozen; no pane when nothing is frozen. */
export function sheetViewsXml(sheet: PlanSheet): string {
  const { rows, cols } = sheet.freeze;
  if (rows <= 0 && cols <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  // The pane that scrolls both ways is the one below and right of the split.
  const active = rows > 0 && cols > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split = (cols > 0 ? ` xSplit="${cols}"` : "") + (rows > 0 ? ` ySplit="${rows}"` : "");
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane${split} topLeftCell="${a1(rows + 1, cols + 1)}" activePane="${active}" state="frozen"/>` +
    `<selection pane="${active}"/>` +
    "</sheetView></sheetViews>"
  );
}

/** One `<col>` per table column, ascending, with the plan's width in characters. */
export function colsXml(sheet: PlanSheet): string {
  const { table } = sheet;
  if (table.columns.length === 0) return "";
  const cols = table.columns.map((column, j) => {
    const n = table.anchorCol + j;
    return `<col min="${n}" max="${n}" width="${column.width}" customWidth="1"/>`;
  });
  return `<cols>${cols.join("")}</cols>`;
}

/** One block per highlight rule, each over its whole range, with the look's dxf. */
export function conditionalFormattingXml(sheet: PlanSheet, styles: StyleRegistry): string {
  return sheet.conditionalFormats
    .map((cf) => {
      const dxfId = styles.differentialStyle({ fill: cf.fill, fontColor: cf.fontColor });
      return (
        `<conditionalFormatting sqref="${xmlAttribute(cf.ref)}">` +
        `<cfRule type="expression" dxfId="${dxfId}" priority="${cf.priority}"><formula>${xmlText(cf.formula)}</formula></cfRule>` +
        "</conditionalFormatting>"
      );
    })
    .join("");
}

/**
 * Drop-down lists. Blanks are allowed; the error message, when the plan has one, stops a value
 * that is not in the list, and without one any value is kept (as the ExcelJS host writes them).
 */
export function dataValidationsXml(sheet: PlanSheet): string {
  if (sheet.validations.length === 0) return "";
  const items = sheet.validations.map((v) => {
    const error =
      v.error === undefined ? "" : ` showErrorMessage="1" errorStyle="stop" error="${xmlAttribute(v.error)}"`;
    const prompt = v.prompt === undefined ? "" : ` showInputMessage="1" prompt="${xmlAttribute(v.prompt)}"`;
    return (
      `<dataValidation type="list" allowBlank="1"${prompt}${error} sqref="${xmlAttribute(v.ref)}">` +
      `<formula1>${xmlText(v.list)}</formula1></dataValidation>`
    );
  });
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}

// ST_PaperSize: 9 is A4.
const PAPER_SIZE = { A4: 9 } as const;

/**
 * The print setup (CONTRACT.md §3): margins, A4 landscape fitted to the plan's pages wide and tall
 * (0 tall: as many as it takes), the centre header and footer, and the manual page breaks. After dataValidations and
 * before legacyDrawing and tableParts, as the schema orders them. The rows repeated on every page
 * and the print area are defined names (printNames).
 */
export function pageSetupXml(sheet: PlanSheet): string {
  const { print } = sheet;
  const m = print.margins;
  return (
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="${PAPER_SIZE[print.paper]}" orientation="${print.orientation}" fitToWidth="${print.fitToWidth}" fitToHeight="${print.fitToHeight}"/>` +
    `<headerFooter><oddHeader>${xmlText(`&C${print.header}`)}</oddHeader><oddFooter>${xmlText(`&C${print.footer}`)}</oddFooter></headerFooter>` +
    rowBreaksXml(print.rowBreaks ?? [])
  );
}

/**
 * Manual page breaks, after headerFooter as the schema orders them. A break's id is the last row
 * of the page it ends (0 would be before row 1); max is the last column it runs across.
 */
function rowBreaksXml(starts: readonly number[]): string {
  if (starts.length === 0) return "";
  const breaks = starts.map((row) => `<brk id="${row - 1}" max="16383" man="1"/>`).join("");
  return `<rowBreaks count="${starts.length}" manualBreakCount="${starts.length}">${breaks}</rowBreaks>`;
}

/**
 * The sheet's built-in names: `_xlnm.Print_Titles` (the rows repeated on every page) and, when the
 * plan prints part of the sheet, `_xlnm.Print_Area`; both belong to the sheet (localSheetId).
 */
export function printNames(sheet: PlanSheet): { name: string; refersTo: string }[] {
  const { print } = sheet;
  const quoted = quoteSheet(sheet.name);
  const names = [
    { name: "_xlnm.Print_Titles", refersTo: `${quoted}!$${print.titleRows.first}:$${print.titleRows.last}` },
  ];
  if (print.area !== undefined) {
    const absolute = print.area.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    names.push({ name: "_xlnm.Print_Area", refersTo: `${quoted}!${absolute}` });
  }
  return names;
}

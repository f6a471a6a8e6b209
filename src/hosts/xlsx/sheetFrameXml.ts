import { a1 } from "../../core/model/address";
import type { PlanSheet } from "../../core/plan/writePlan";
import type { StyleRegistry } from "./styleRegistry";
import { xmlAttribute, xmlText } from "./xmlText";

/**
 * The worksheet's elements around its cells: tab colour, frozen panes, column widths before
 * `<sheetData>`; highlights and drop-downs after it. Each is written as the schema orders it.
 */

export function sheetPrXml(sheet: PlanSheet): string {
  return `<sheetPr><tabColor rgb="FF${sheet.tabColor.toUpperCase()}"/></sheetPr>`;
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

import { a1 } from "../../core/model/address";
import type { PlanSheet } from "../../core/plan/writePlan";
import { xmlText } from "./xmlText";

/**
 * The header cells' notes. A note needs two parts: the comments part holds its text, and a
 * legacy VML drawing holds the hidden box Excel shows on hover (Excel drops notes that have no
 * shape). Only header cells carry notes: a column's one-line explanation.
 */

interface HeaderNote {
  row: number;
  col: number;
  text: string;
}

function headerNotes(sheet: PlanSheet): HeaderNote[] {
  const { table } = sheet;
  const notes: HeaderNote[] = [];
  table.columns.forEach((column, j) => {
    if (column.note !== undefined) notes.push({ row: table.anchorRow, col: table.anchorCol + j, text: column.note });
  });
  return notes;
}

/** Whether the sheet needs a comments part and a VML drawing. */
export function sheetHasNotes(sheet: PlanSheet): boolean {
  return sheet.table.columns.some((column) => column.note !== undefined);
}

/** `xl/commentsN.xml`. */
export function commentsXml(sheet: PlanSheet): string {
  const comments = headerNotes(sheet)
    .map(
      (note) =>
        `<comment ref="${a1(note.row, note.col)}" authorId="0"><text><r><t xml:space="preserve">${xmlText(note.text)}</t></r></text></comment>`,
    )
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<authors><author>考核助手</author></authors><commentList>${comments}</commentList></comments>`
  );
}

// Shape ids follow the drawing's id block (`o:idmap data="1"`: ids 1025 and up), as Excel
// numbers them; every sheet's drawing may use the same block, as the files of ExcelJS and
// openpyxl do and Excel opens.
const FIRST_SHAPE_ID = 1025;

function noteShape(note: HeaderNote, index: number): string {
  // VML rows and columns count from 0. The box spans two columns and four rows to the right of
  // the cell, where Excel puts a new note.
  const row = note.row - 1;
  const col = note.col - 1;
  const anchor = `${col + 1}, 15, ${Math.max(row - 1, 0)}, 2, ${col + 3}, 15, ${row + 3}, 16`;
  return (
    `<v:shape id="_x0000_s${FIRST_SHAPE_ID + index}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:144pt;height:72pt;z-index:${index + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>' +
    `<x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column>` +
    "</x:ClientData></v:shape>"
  );
}

/** `xl/drawings/vmlDrawingN.vml`: one hidden note box per header note, in the same order. */
export function notesVmlXml(sheet: PlanSheet): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    headerNotes(sheet).map(noteShape).join("") +
    "</xml>"
  );
}

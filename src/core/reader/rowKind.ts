import type { GridValue } from "../model/sheetGrid";
import type { GridView } from "./gridView";
import { isNameHeader } from "./vocabulary";
import { cellText, isBlank, normaliseHeader } from "./textNormalise";

/** What a row below the header is: data, or one of the rows a clerk's table carries besides data. */
export type RowKind = "blank" | "total" | "note" | "header" | "data";

// 合计 / 小计 / 总计 / 共计 rows, also written after a unit (胜利路街道小计).
const TOTAL = /^(合计|小计|总计|共计)|(合计|小计|总计)$/;
/** Whether a normalised label names a total: rows so labelled, and groups over total columns, are not data. */
export function isTotalLabel(key: string): boolean {
  return TOTAL.test(key);
}

/**
 * Whether a cell's text labels a total. Every such label holds 计, and normalising only drops or
 * narrows characters, so a text without 计 is none: every data row's label cells are asked, and
 * most are names and units (rowKind took a quarter of reading a district's ballots).
 */
function isTotalText(text: string): boolean {
  return text.includes("计") && TOTAL.test(normaliseHeader(text));
}

// Notes and signatures below (or inside) a table.
const NOTE =
  /^(注|备注|说明|填表人|填报人|制表人|审核人|经办人|联系人|联系电话|填表日期|填报日期|制表日期|单位负责人|负责人|单位盖章)/;
// Totals are written in the first label cells; later cells hold free text such as 处分情况.
const LABEL_CELLS_CHECKED = 3;

/**
 * Classifies a row by its first cells. `nameCol` is the subject-name column, whose text also
 * tells a header repeated after a page break.
 */
export function rowKind(view: GridView, r: number, nameCol: number | null): RowKind {
  let texts = 0;
  let first: GridValue = null;
  for (let c = 0; c < view.colCount && texts < LABEL_CELLS_CHECKED; c++) {
    const value = view.own(r, c);
    if (isBlank(value)) continue;
    first ??= value;
    if (typeof value !== "string") continue;
    texts++;
    if (isTotalText(value)) return "total";
  }
  if (first === null) return "blank";
  // A cell that is no text (a number, date, truth value or error) starts no note.
  if (typeof first === "string" && NOTE.test(normaliseHeader(first))) return "note";
  if (nameCol !== null && isNameHeader(normaliseHeader(cellText(view.label(r, nameCol))))) return "header";
  return "data";
}

import type { GridValue } from "../../core/model/sheetGrid";
import type { SparseSheet } from "../exceljs/gridFromWorksheet";
import { csvRows } from "./csvRows";
import { sparseSheetOf } from "./sparseCells";
import { decodeText } from "./textEncoding";

/**
 * A CSV file as one sheet, named as Excel names the sheet it opens a CSV into (the file's name
 * without its extension). A CSV holds text only: a field is a number when it reads as one and
 * Excel would keep every digit of it (at most 15 significant digits, no leading zero), so an ID
 * number or a code like 007 stays text; dates stay text, which the reader parses in every
 * notation clerks use. Blank fields are empty cells.
 */
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
const MAX_DIGITS = 15;

export function csvSheetName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  // Excel's rules for a sheet name: none of []:*?/\ and at most 31 characters.
  const name = base.replace(/[[\]:*?/\\]/g, "_").slice(0, 31);
  return name === "" ? "Sheet1" : name;
}

export function csvValue(field: string): GridValue {
  if (field.trim() === "") return null;
  const digits = field.replace(/[-.]/g, "").replace(/^0+/, "");
  if (PLAIN_NUMBER.test(field) && digits.length <= MAX_DIGITS) return Number(field);
  return field;
}

export function csvSheet(bytes: Uint8Array, fileName: string): SparseSheet {
  const cells: Array<{ row: number; col: number; value: GridValue }> = [];
  csvRows(decodeText(bytes)).forEach((fields, r) => {
    fields.forEach((field, c) => {
      const value = csvValue(field);
      if (value !== null) cells.push({ row: r + 1, col: c + 1, value });
    });
  });
  return sparseSheetOf(csvSheetName(fileName), cells, []);
}

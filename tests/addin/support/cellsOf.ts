import type ExcelJS from "exceljs";
import { a1 } from "../../../src/core/model/address";
import type { CellContent } from "./fakeCells";

/** Every non-empty cell of an ExcelJS sheet, by A1 address, in the same shape as `fakeCells`. */
export function exceljsCells(ws: ExcelJS.Worksheet): Map<string, CellContent> {
  const cells = new Map<string, CellContent>();
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cell.value;
      if (v === null || v === undefined) return;
      if (typeof v === "object" && "formula" in v && typeof v.formula === "string") {
        cells.set(a1(r, c), { formula: v.formula });
      } else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") {
        if (v !== "") cells.set(a1(r, c), { value: v });
      } else {
        cells.set(a1(r, c), { value: JSON.stringify(v) });
      }
    });
  });
  return cells;
}

import ExcelJS from "exceljs";
import { a1 } from "../../../src/core/model/address";
import { XL } from "../../../src/hosts/wps/etTypes";
import { rgbOf } from "../../../src/hosts/wps/etValues";
import { parseArea, type FakeBook, type FakeSheet } from "../fakeEt";

/**
 * What two writers of one plan must agree on, per sheet, as comparable text: each cell's formula
 * (or value when it has none), fill and vertical alignment, the drop-downs cell by cell, the formula rules, and the
 * workbook's defined names. Formula results are left to the recalculation test.
 */
export interface SheetLooks {
  cells: Map<string, string>;
  validations: Map<string, string>;
  rules: string[];
}

/** ET's XlVAlign as ExcelJS reads the format's vertical alignment. */
const EXCELJS_VERTICAL: Record<number, string> = { [XL.center]: "middle" };

const serialOf = (d: Date) => Math.round((d.getTime() / 86_400_000 + 25_569) * 1e6) / 1e6;

function excelValue(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v instanceof Date) return serialOf(v);
  if (v !== null && typeof v === "object" && "richText" in v) return v.richText.map((t) => t.text).join("");
  return v ?? null;
}

export function excelSheetLooks(ws: ExcelJS.Worksheet): SheetLooks {
  const cells = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    // Empty cells too: an input column's blank cells carry its fill.
    row.eachCell({ includeEmpty: true }, (cell) => {
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      const color = fill?.type === "pattern" ? (fill.fgColor?.argb?.slice(2) ?? null) : null;
      const formula = cell.formula ?? null;
      const value = formula === null ? excelValue(cell) : null;
      if (formula === null && (value === null || value === "") && color === null) return;
      cells.set(cell.address, JSON.stringify([formula, value, color, cell.alignment?.vertical ?? null]));
    }),
  );
  const model = (ws as unknown as { dataValidations: { model: Record<string, { formulae?: string[] }> } })
    .dataValidations.model;
  const validations = new Map(Object.entries(model).map(([address, v]) => [address, String(v.formulae?.[0] ?? "")]));
  const formats = (ws as unknown as { conditionalFormattings?: ExcelCf[] }).conditionalFormattings ?? [];
  const rules = formats
    .flatMap((cf) =>
      cf.rules.map((r) => {
        const fill = r.style?.fill;
        const color = (fill?.bgColor?.argb ?? fill?.fgColor?.argb ?? "").slice(2);
        return `${cf.ref}|${r.formulae?.[0] ?? ""}|${color}|${r.priority ?? ""}`;
      }),
    )
    .sort();
  return { cells, validations, rules };
}

interface ExcelCf {
  ref: string;
  rules: {
    formulae?: string[];
    priority?: number;
    style?: { fill?: { bgColor?: { argb?: string }; fgColor?: { argb?: string } } };
  }[];
}

export function fakeSheetLooks(sheet: FakeSheet): SheetLooks {
  const cells = new Map<string, string>();
  for (const [key, cell] of sheet.cells) {
    const [row = 0, col = 0] = key.split(",").map(Number);
    const formula = cell.formula ?? null;
    const value = formula === null ? cell.value : null;
    const color = cell.fill === undefined ? null : rgbOf(cell.fill);
    if (formula === null && (value === null || value === "") && color === null) continue;
    const vertical = cell.vAlign === undefined ? null : (EXCELJS_VERTICAL[cell.vAlign] ?? cell.vAlign);
    cells.set(a1(row, col), JSON.stringify([formula, value, color, vertical]));
  }
  const validations = new Map<string, string>();
  for (const v of sheet.validations) {
    const area = parseArea(v.ref);
    const formula = v.formula1.startsWith("=") ? v.formula1.slice(1) : `"${v.formula1}"`;
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) validations.set(a1(r, c), formula);
    }
  }
  const rules = sheet.rules
    .map((r) => `${r.ref}|${r.formula}|${r.fill === undefined ? "" : rgbOf(r.fill)}|${r.priority}`)
    .sort();
  return { cells, validations, rules };
}

export function excelNames(wb: ExcelJS.Workbook): string[] {
  return wb.definedNames.model.map((n) => `${n.name}=${n.ranges.join(",")}`).sort();
}

export function fakeNames(book: FakeBook): string[] {
  return book.names.map((n) => `${n.name}=${n.refersTo.replace(/^=/, "")}`).sort();
}

/** The differences between two maps, as readable lines (the first few). */
export function mapDifferences(label: string, a: Map<string, string>, b: Map<string, string>, limit = 8): string[] {
  const lines: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    if (a.get(k) !== b.get(k)) lines.push(`${label}!${k}: ${a.get(k) ?? "—"} | ${b.get(k) ?? "—"}`);
    if (lines.length >= limit) break;
  }
  return lines;
}

/** The fake workbook as an .xlsx written by ExcelJS: formulas without results, for LibreOffice to compute. */
export async function fakeAsXlsx(book: FakeBook): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of book.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const [key, cell] of sheet.cells) {
      const [row = 0, col = 0] = key.split(",").map(Number);
      const target = ws.getCell(row, col);
      if (cell.formula !== undefined) target.value = { formula: cell.formula };
      else if (cell.value !== null) target.value = cell.value;
      if (cell.numFmt !== undefined && cell.numFmt !== "General") target.numFmt = cell.numFmt;
    }
  }
  for (const n of book.names) wb.definedNames.add(n.refersTo.replace(/^=/, ""), n.name);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

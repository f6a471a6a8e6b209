import { a1 } from "../../core/model/address";
import type { TABLE_VERTICAL_ALIGNMENT } from "../../core/plan/kaoheSheets";
import type { PlanPrint } from "../../core/plan/writePlan";
import { HostError } from "../../taskpane/host";
import type {
  EtApplication,
  EtFormatCondition,
  EtListObject,
  EtName,
  EtRange,
  EtWorkbook,
  EtWorksheet,
} from "./etTypes";
import { XL } from "./etTypes";

const POINTS_PER_INCH = 72;
import { bgr, errorCodeOf } from "./etValues";

/** The plan's vertical alignments as ET's XlVAlign. */
const VERTICALS: Record<typeof TABLE_VERTICAL_ALIGNMENT, number> = { center: XL.center };

/** A block of cells, 1-based: top-left row and column, and its size. */
export interface Block {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export function blockAddress(b: Block): string {
  const first = a1(b.top, b.left);
  return b.rows === 1 && b.cols === 1 ? first : `${first}:${a1(b.top + b.rows - 1, b.left + b.cols - 1)}`;
}

/**
 * The one door to WPS 表格's object model. Every quirk of ET lives here and nowhere else:
 * collections counted from 1 through `.Item()`, colours as BGR numbers, `Value2` that is a bare
 * value for one cell and rows of values for more, members that some WPS builds expose as a
 * property and others as a method, sheets found by name. One facade serves one operation (a
 * read, a write): it caches worksheet objects, which a later operation may find deleted.
 */
export class EtBook {
  private readonly sheets = new Map<string, EtWorksheet>();

  constructor(readonly app: EtApplication) {}

  workbook(): EtWorkbook {
    const book = this.app.ActiveWorkbook;
    if (book === null || book === undefined) {
      throw new HostError("not_a_workbook", {
        zh: "WPS 中没有打开的工作簿：请先打开名册工作簿，再使用考核助手。",
        en: "No workbook is open in WPS: open the roster workbook first.",
      });
    }
    return book;
  }

  fileName(): string {
    return String(this.workbook().Name);
  }

  date1904(): boolean {
    return this.workbook().Date1904 === true;
  }

  sheetNames(): string[] {
    const sheets = this.workbook().Worksheets;
    const names: string[] = [];
    for (let i = 1; i <= sheets.Count; i++) names.push(String((sheets.Item(i) as EtWorksheet).Name));
    return names;
  }

  sheet(name: string): EtWorksheet {
    let ws = this.sheets.get(name);
    if (ws === undefined) {
      ws = this.workbook().Worksheets.Item(name) as EtWorksheet;
      this.sheets.set(name, ws);
    }
    return ws;
  }

  range(sheet: string, address: string): EtRange {
    return this.sheet(sheet).Range(address);
  }

  /** The used range as a block, or null for an empty sheet (whose used range is a blank A1). */
  usedBlock(sheet: string): Block | null {
    const used = this.sheet(sheet).UsedRange;
    const block = blockOf(used);
    if (block.rows === 1 && block.cols === 1 && isBlank(used.Value2)) return null;
    return block;
  }

  /** The block of an address such as `A3:P200`. */
  blockAt(sheet: string, address: string): Block {
    return blockOf(this.range(sheet, address));
  }

  /** `Value2` of a block as rows of values, whatever shape WPS returns for its size. */
  values(sheet: string, block: Block): unknown[][] {
    return asRows(this.range(sheet, blockAddress(block)).Value2, block);
  }

  /** Whether a cell holding a CVErr-like number is an error: its shown text says so. */
  isErrorCell(sheet: string, row: number, col: number, value: number): boolean {
    if (errorCodeOf(value) === null) return false;
    const text = this.range(sheet, a1(row, col)).Text;
    return typeof text === "string" && text.startsWith("#");
  }

  /** The number format of a block: a text when every cell shares it, null when they differ. */
  numberFormat(sheet: string, block: Block): string | null {
    const format = this.range(sheet, blockAddress(block)).NumberFormat;
    return typeof format === "string" ? format : null;
  }

  /** Whether the block's cells are all merged (true), none (false) or some (null). */
  mergeCells(sheet: string, block: Block): boolean | null {
    const merged = this.range(sheet, blockAddress(block)).MergeCells;
    return merged === true ? true : merged === false ? false : null;
  }

  /** The merged area a cell belongs to (the cell alone when it is not merged). */
  mergeArea(sheet: string, row: number, col: number): Block {
    return blockOf(this.range(sheet, a1(row, col)).MergeArea);
  }

  /** Writes rows of entries through `Formula` in one call: formulas with `=`, texts with a leading `'`. */
  writeEntries(sheet: string, block: Block, entries: unknown[][]): void {
    this.range(sheet, blockAddress(block)).Formula = entries;
  }

  setNumberFormat(sheet: string, address: string, format: string): void {
    this.range(sheet, address).NumberFormat = format;
  }

  fill(sheet: string, address: string, rrggbb: string): void {
    this.range(sheet, address).Interior.Color = bgr(rrggbb);
  }

  bold(sheet: string, address: string): void {
    this.range(sheet, address).Font.Bold = true;
  }

  wrap(sheet: string, address: string): void {
    this.range(sheet, address).WrapText = true;
  }

  alignVertically(sheet: string, address: string, alignment: typeof TABLE_VERTICAL_ALIGNMENT): void {
    this.range(sheet, address).VerticalAlignment = VERTICALS[alignment];
  }

  /** Rows as tall as their wrapped text, measured by WPS itself. */
  autofitRows(sheet: string, address: string): void {
    this.range(sheet, address).Rows.AutoFit();
  }

  alignRight(sheet: string, address: string): void {
    this.range(sheet, address).HorizontalAlignment = XL.right;
  }

  columnWidth(sheet: string, columns: string, characters: number): void {
    this.range(sheet, columns).ColumnWidth = characters;
  }

  /** Adds a sheet after the last one, named and with its tab colour. */
  addSheet(name: string, tabColor: string): void {
    const sheets = this.workbook().Worksheets;
    const last = sheets.Item(sheets.Count);
    const ws = sheets.Add(undefined, last) as EtWorksheet;
    ws.Name = name;
    ws.Tab.Color = bgr(tabColor);
    this.sheets.set(name, ws);
  }

  /** Deletes a sheet without WPS asking the user to confirm. */
  deleteSheet(name: string): void {
    const ws = this.sheet(name);
    this.withoutAlerts(() => ws.Delete());
    this.sheets.delete(name);
  }

  isProtected(sheet: string): boolean {
    return this.sheet(sheet).ProtectContents === true;
  }

  structureProtected(): boolean {
    return this.workbook().ProtectStructure === true;
  }

  names(): { name: string; refersTo: string }[] {
    const names = this.workbook().Names;
    const list: { name: string; refersTo: string }[] = [];
    for (let i = 1; i <= names.Count; i++) {
      const item: EtName = names.Item(i);
      list.push({
        name: String(item.Name),
        refersTo: typeof item.RefersTo === "string" ? item.RefersTo.replace(/^=/, "") : "",
      });
    }
    return list;
  }

  addName(name: string, refersTo: string): void {
    this.workbook().Names.Add(name, `=${refersTo}`);
  }

  deleteName(name: string): void {
    this.workbook().Names.Item(name).Delete();
  }

  /**
   * A formula rule over `address`, its relative references meant from the range's top-left cell.
   * ET reads them from the active cell, as Excel's object model does, so that cell is selected first.
   */
  addFormulaRule(
    sheet: string,
    address: string,
    formula: string,
    fill: string,
    font: string | undefined,
    priority: number,
  ): void {
    const target = this.range(sheet, address);
    this.select(sheet, address.split(":")[0] ?? address);
    const rule = target.FormatConditions.Add(XL.expression, undefined, `=${formula}`) as EtFormatCondition;
    rule.Interior.Color = bgr(fill);
    if (font !== undefined) rule.Font.Color = bgr(font);
    rule.Priority = priority;
  }

  /**
   * A drop-down list: `source` is a formula (`=NAME`, or one with references relative to the
   * range's top-left cell, read from the active cell as for formula rules) or the items
   * separated by commas.
   */
  addListValidation(sheet: string, address: string, source: string, prompt?: string, error?: string): void {
    const target = this.range(sheet, address);
    if (source.startsWith("=")) this.select(sheet, address.split(":")[0] ?? address);
    const validation = target.Validation;
    validation.Delete();
    validation.Add(XL.validateList, XL.validAlertStop, XL.between, source);
    validation.IgnoreBlank = true;
    validation.InCellDropdown = true;
    if (prompt !== undefined) {
      validation.InputMessage = prompt;
      validation.ShowInput = true;
    }
    if (error !== undefined) {
      validation.ErrorMessage = error;
      validation.ShowError = true;
    }
  }

  /**
   * The plan's print setup: A4 landscape, so many pages wide (Zoom off, as the object model asks
   * before fitting), as many tall as it takes (`false`), the repeated rows, the printed area, the
   * centre header and footer in the same codes Excel uses (&P, &N), margins from inches to points,
   * and a manual page break above each row the plan starts a page at. A re-run deletes and adds
   * Kaohe's sheets again (applyEtPlan.ts), so no earlier run's break is left to remove.
   */
  pageSetup(sheet: string, print: PlanPrint): void {
    const ws = this.sheet(sheet);
    const setup = ws.PageSetup;
    setup.Orientation = XL.landscape;
    setup.PaperSize = XL.paperA4;
    setup.Zoom = false;
    setup.FitToPagesWide = print.fitToWidth;
    setup.FitToPagesTall = print.fitToHeight === 0 ? false : print.fitToHeight;
    setup.PrintTitleRows = `$${print.titleRows.first}:$${print.titleRows.last}`;
    if (print.area !== undefined) setup.PrintArea = print.area;
    setup.CenterHeader = print.header;
    setup.CenterFooter = print.footer;
    const points = (inches: number) => inches * POINTS_PER_INCH;
    setup.LeftMargin = points(print.margins.left);
    setup.RightMargin = points(print.margins.right);
    setup.TopMargin = points(print.margins.top);
    setup.BottomMargin = points(print.margins.bottom);
    setup.HeaderMargin = points(print.margins.header);
    setup.FooterMargin = points(print.margins.footer);
    for (const row of print.rowBreaks ?? []) ws.HPageBreaks.Add(ws.Range(`A${row}`));
  }

  /** Freezes the first rows and columns of a sheet: a window setting, so the sheet is shown first. */
  freeze(sheet: string, rows: number, cols: number): void {
    this.sheet(sheet).Activate();
    const window = this.app.ActiveWindow;
    if (window === null || window === undefined) {
      throw new HostError("unexpected", {
        zh: "WPS 没有显示此工作簿的窗口，无法冻结表头。请在 WPS 中显示该工作簿后重试。",
        en: "WPS shows no window for this workbook, so the header cannot be frozen. Show the workbook in WPS, then try again.",
      });
    }
    window.FreezePanes = false;
    window.ScrollRow = 1;
    window.ScrollColumn = 1;
    window.SplitRow = rows;
    window.SplitColumn = cols;
    window.FreezePanes = true;
  }

  addTable(sheet: string, address: string, name: string, style: string): void {
    const table = this.sheet(sheet).ListObjects.Add(
      XL.srcRange,
      this.range(sheet, address),
      undefined,
      XL.yes,
    ) as EtListObject;
    table.Name = name;
    table.TableStyle = style;
  }

  note(sheet: string, address: string, text: string): void {
    this.range(sheet, address).AddComment(text);
  }

  select(sheet: string, cell: string): void {
    this.sheet(sheet).Activate();
    this.range(sheet, cell).Select();
  }

  /** The selection's address without `$`, or null when it is no range (a shape, a chart). */
  selectedAddress(): string | null {
    const selection = this.app.Selection as Partial<EtRange> | null;
    if (selection === null || selection === undefined || selection.Address === undefined) return null;
    return addressOf(selection as EtRange);
  }

  /** Runs `write` with screen updating off, restored afterwards. */
  withoutRedraw<T>(write: () => Promise<T>): Promise<T> {
    const before = this.app.ScreenUpdating;
    this.app.ScreenUpdating = false;
    return write().finally(() => {
      this.app.ScreenUpdating = before !== false;
    });
  }

  private withoutAlerts(action: () => unknown): void {
    const before = this.app.DisplayAlerts;
    this.app.DisplayAlerts = false;
    try {
      action();
    } finally {
      this.app.DisplayAlerts = before !== false;
    }
  }
}

/**
 * `Address` is a method in the JSAPI's types and in current WPS, a property in some older
 * builds (and in VBA without arguments): both are read here, relative, without `$`.
 */
export function addressOf(range: EtRange): string {
  const member: unknown = (range as unknown as { Address: unknown }).Address;
  const text = typeof member === "function" ? range.Address(false, false) : String(member);
  return text.slice(text.lastIndexOf("!") + 1).replace(/\$/g, "");
}

function blockOf(range: EtRange): Block {
  return { top: range.Row, left: range.Column, rows: range.Rows.Count, cols: range.Columns.Count };
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** `Value2` as rows: one cell gives a bare value; a single row may come back flat. */
export function asRows(value: unknown, block: Block): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  if (value.length > 0 && !Array.isArray(value[0]) && block.rows === 1) return [value as unknown[]];
  return value as unknown[][];
}

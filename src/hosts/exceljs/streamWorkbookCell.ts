import { excelUtils, type CellModel, type SharedStringsTable, type StylesTable } from "./streamWorkbookInternals";
import { DamagedPackageError } from "./streamWorkbookPackage";

/**
 * ExcelJS's cell `reconcile` (xlsx/xform/sheet/cell-xform.js), step for step, for one sheet:
 * shared strings looked up, numbers and formula results in a date format made dates, shared
 * formulas tied to their master, links applied. It is restated here rather than called because
 * ExcelJS's version looks every cell up in an object by its address, which makes V8 intern each
 * address string: a fifth of the reading time of a district's ballot sheet. Style lookups, date
 * tests and date conversion are ExcelJS's own functions.
 */
export interface ParsedCell extends CellModel {
  styleId?: number;
  value?: unknown;
  text?: unknown;
  result?: unknown;
  formula?: string;
  sharedFormula?: string | undefined;
  shareType?: string | undefined;
  ref?: string | undefined;
  si?: string | undefined;
  hyperlink?: string;
}

const STRING = 3;
const NUMBER = 2;
const DATE = 4;
const HYPERLINK = 5;
const FORMULA = 6;
const RICH_TEXT = 8;

export class CellReconciler {
  /** Shared formula id → its master's address, in document order, as ExcelJS's `options.formulae`. */
  private readonly formulae = new Map<string, string | undefined>();
  /** Style id → whether its number format is a date format (ExcelJS builds each style model once too). */
  private readonly dateStyles = new Map<number, boolean>();

  constructor(
    private readonly tables: { styles: StylesTable | undefined; sharedStrings: SharedStringsTable | undefined },
    private readonly date1904: boolean | undefined,
    private readonly links: ReadonlyMap<string, string>,
  ) {}

  /** ExcelJS's row reconcile: a row's style needs the styles part (without one, ExcelJS fails). */
  row(styleId: number | undefined): void {
    if (styleId && this.tables.styles === undefined) throw new DamagedPackageError("a row style without styles");
    if (styleId) this.tables.styles?.getStyleModel(styleId);
  }

  private isDate(styleId: number | undefined): boolean {
    const styles = this.tables.styles;
    if (!styleId || styles === undefined) return false;
    let date = this.dateStyles.get(styleId);
    if (date === undefined) {
      const style = styles.getStyleModel(styleId) as { numFmt?: string } | null;
      date = Boolean(style) && excelUtils.isDateFmt(style?.numFmt);
      this.dateStyles.set(styleId, date);
    }
    return date;
  }

  cell(model: ParsedCell): void {
    const date = this.isDate(model.styleId);
    switch (model.type) {
      case STRING: {
        const strings = this.tables.sharedStrings;
        if (typeof model.value === "number" && strings !== undefined) model.value = strings.getString(model.value);
        // ExcelJS reads `.richText` of the value: a shared string index past the table fails there.
        if (model.value === undefined || model.value === null) throw new DamagedPackageError("a missing shared string");
        if ((model.value as { richText?: unknown }).richText) model.type = RICH_TEXT;
        break;
      }
      case NUMBER:
        if (date) {
          model.type = DATE;
          model.value = excelUtils.excelToDate(model.value as number, this.date1904);
        }
        break;
      case FORMULA:
        if (model.result !== undefined && date)
          model.result = excelUtils.excelToDate(model.result as number, this.date1904);
        if (model.shareType === "shared") {
          if (model.ref) this.formulae.set(String(model.si), model.address);
          else model.sharedFormula = this.formulae.get(String(model.si));
        }
        break;
    }
    // ExcelJS's link map is an object: a cell without an address looks up "undefined", as a link without one is filed.
    const hyperlink = this.links.get(String(model.address));
    if (hyperlink) {
      if (model.type === FORMULA) model.text = model.result;
      else model.text = model.value;
      model.type = HYPERLINK;
    }
  }
}

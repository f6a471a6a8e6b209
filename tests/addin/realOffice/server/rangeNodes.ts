import { columnLetters } from "../../../../src/core/model/address";
import { excelWouldParse, parseHazards, type FakeSheet, type FakeValue } from "../../fakeExcel";
import { fromR1C1 } from "../../fakeExcel/r1c1";
import { cellKey, cellOf, cellsIn } from "../../fakeExcel/state";
import { overlaps, rectAddress, rectOfArea, valueType, type Rect } from "../../fakeExcel/rangeProxies";
import { rectOf } from "../../fakeExcel/sheetProxies";
import { Node, NullNode, numberArg, ServerError, stringArg } from "./node";
import { sheetPrefix, type World } from "./world";

/** A range of cells, fixed when its object path is resolved, as Excel fixes it. */
export class RangeNode extends Node {
  readonly type = "Range";
  constructor(
    readonly world: World,
    readonly sheet: FakeSheet,
    readonly rect: Rect,
  ) {
    super();
  }

  static at(world: World, sheet: FakeSheet, address: string): RangeNode {
    let rect: Rect;
    try {
      rect = rectOf(address);
    } catch {
      throw new ServerError("InvalidArgument", `The argument is invalid or missing: ${address}`);
    }
    return new RangeNode(world, sheet, rect);
  }

  private cells<T>(read: (value: FakeValue, row: number, col: number) => T): T[][] {
    const { top, left, bottom, right } = this.rect;
    return Array.from({ length: bottom - top + 1 }, (_, i) =>
      Array.from({ length: right - left + 1 }, (_, j) => {
        const cell = this.sheet.cells.get(cellKey(top + i, left + j));
        return read(cell?.value ?? null, top + i, left + j);
      }),
    );
  }

  override scalarNames(): string[] {
    return ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values", "valueTypes", "numberFormat"];
  }

  override scalar(name: string): unknown {
    const { top, left, bottom, right } = this.rect;
    switch (name) {
      case "_ReferenceId":
        return this.referenceId;
      case "address":
        return `${sheetPrefix(this.sheet.name)}!${rectAddress(this.rect)}`;
      case "rowIndex":
        return top - 1;
      case "columnIndex":
        return left - 1;
      case "rowCount":
        return bottom - top + 1;
      case "columnCount":
        return right - left + 1;
      case "cellCount":
        return (bottom - top + 1) * (right - left + 1);
      case "values":
        return this.cells((v) => v ?? "");
      case "text":
        return this.cells((v) => (v === null ? "" : String(v)));
      case "valueTypes":
        return this.cells((v) => valueType(v));
      case "numberFormat":
        return this.cells((_, row, col) => this.sheet.cells.get(cellKey(row, col))?.numFmt ?? "General");
      case "formulas":
        return this.cells((v, row, col) => {
          const formula = this.sheet.cells.get(cellKey(row, col))?.formula ?? null;
          return formula === null ? (v ?? "") : `=${formula}`;
        });
      default:
        throw this.missing(name);
    }
  }

  override nav(name: string): Node {
    switch (name) {
      case "format":
        return new RangeFormatNode(this);
      case "conditionalFormats":
        return new ConditionalFormatsNode(this);
      case "dataValidation":
        return new DataValidationNode(this);
      default:
        throw this.missing(name);
    }
  }

  override set(name: string, value: unknown): void {
    switch (name) {
      case "formulas":
      case "formulasR1C1":
      case "values":
        return this.fill(value, (row, col, v) => {
          const cell = cellOf(this.sheet, row, col);
          if (typeof v === "string" && v.startsWith("=") && name !== "values") {
            // Excel reads an R1C1 formula in each cell it lands in.
            cell.formula = name === "formulasR1C1" ? fromR1C1(v.slice(1), row, col) : v.slice(1);
            cell.value = null;
            return;
          }
          if (typeof v === "string" && cell.numFmt !== "@" && excelWouldParse(v)) parseHazards.push(v);
          cell.formula = null;
          cell.value = v === "" || v === null || v === undefined ? null : (v as FakeValue);
        });
      case "numberFormat":
        return this.fill(value, (row, col, v) => void (cellOf(this.sheet, row, col).numFmt = String(v)));
      default:
        throw this.missing(name);
    }
  }

  /**
   * A 2-D array must match the range; a single value fills every cell, as Excel does
   * (`range.formulasR1C1 = "=RC[-1]"` writes a whole column).
   */
  fill(value: unknown, write: (row: number, col: number, v: unknown) => void): void {
    const { top, left, bottom, right } = this.rect;
    const rows = bottom - top + 1;
    const cols = right - left + 1;
    if (!Array.isArray(value)) {
      for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) write(r, c, value);
      return;
    }
    if (value.length !== rows || value.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw new ServerError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rectAddress(this.rect)}).`,
      );
    }
    (value as unknown[][]).forEach((row, i) => row.forEach((v, j) => write(top + i, left + j, v)));
  }

  override call(name: string, args: unknown[]): unknown {
    const { top, left, bottom, right } = this.rect;
    switch (name) {
      case "_KeepReference":
        return undefined;
      // Office.js sends an array of more than 1,500 cells in row slices, after checking its size once.
      case "_ValidateArraySize":
        if (numberArg(args, 0) !== bottom - top + 1 || numberArg(args, 1) !== right - left + 1) {
          throw new ServerError("InvalidArgument", "The array does not match the size of the range.");
        }
        return undefined;
      case "getRow": {
        const row = top + numberArg(args, 0);
        return new RangeNode(this.world, this.sheet, { top: row, left, bottom: row, right });
      }
      case "getBoundingRect": {
        const other = args[0];
        if (!(other instanceof RangeNode) || other.sheet !== this.sheet) {
          throw new ServerError("InvalidArgument", "getBoundingRect takes a range of the same sheet");
        }
        const r = other.rect;
        return new RangeNode(this.world, this.sheet, {
          top: Math.min(top, r.top),
          left: Math.min(left, r.left),
          bottom: Math.max(bottom, r.bottom),
          right: Math.max(right, r.right),
        });
      }
      case "select":
        this.world.state.selection = { sheet: this.sheet.name, address: rectAddress(this.rect) };
        return undefined;
      case "getMergedAreasOrNullObject":
        return this.mergedAreas();
      case "clear":
        return this.clear(args[0] ?? "All");
      case "copyFrom":
        return this.copyFrom(args[0], args[1] ?? "All");
      default:
        throw this.missing(name);
    }
  }

  /** `clear("All")`: the cells' contents and formats, and their notes, as the fake context clears them. */
  private clear(applyTo: unknown): undefined {
    if (applyTo !== "All") throw this.missing(`clear(${String(applyTo)})`);
    for (const key of cellsIn(this.sheet, this.rect)) this.sheet.cells.delete(key);
    for (const address of [...this.sheet.notes.keys()]) {
      if (overlaps(rectOfArea(address), this.rect)) this.sheet.notes.delete(address);
    }
    return undefined;
  }

  /**
   * `copyFrom(source, "All")`: values, formulas and formats, to the same place on another sheet,
   * where Excel keeps formulas as they are. Anything else is refused, so that no test relies on
   * what the lane does not model.
   */
  private copyFrom(source: unknown, copyType: unknown): undefined {
    if (!(source instanceof RangeNode)) throw new ServerError("InvalidArgument", "copyFrom takes a range");
    if (copyType !== "All" || rectAddress(source.rect) !== rectAddress(this.rect)) {
      throw this.missing(`copyFrom(${rectAddress(source.rect)}, ${String(copyType)}) to ${rectAddress(this.rect)}`);
    }
    if (!this.world.state.sheets.includes(source.sheet)) {
      throw new ServerError("ItemNotFound", "The requested resource doesn't exist.", 404);
    }
    for (const key of cellsIn(this.sheet, this.rect)) this.sheet.cells.delete(key);
    for (const key of cellsIn(source.sheet, source.rect)) {
      const cell = source.sheet.cells.get(key);
      if (cell !== undefined) this.sheet.cells.set(key, { ...cell });
    }
    return undefined;
  }

  /** Excel returns the merged areas whose top-left cell lies in the range, and refuses more than its limit. */
  private mergedAreas(): Node {
    const { top, left, bottom, right } = this.rect;
    const inside = this.sheet.merges.filter((m) => {
      const r = rectOf(m);
      return r.top >= top && r.top <= bottom && r.left >= left && r.left <= right;
    });
    if (inside.length > this.world.limits.mergedAreas) {
      throw new ServerError("GeneralException", "There was an internal error while processing the request.", 500);
    }
    return inside.length === 0 ? new NullNode() : new RangeAreasNode(this.sheet, inside);
  }
}

export class RangeAreasNode extends Node {
  readonly type = "RangeAreas";
  constructor(
    readonly sheet: FakeSheet,
    readonly areas: string[],
  ) {
    super();
  }
  override scalarNames(): string[] {
    return ["address", "areaCount"];
  }
  override scalar(name: string): unknown {
    if (name === "address") return this.areas.map((m) => `${sheetPrefix(this.sheet.name)}!${m}`).join(",");
    if (name === "areaCount") return this.areas.length;
    if (name === "_ReferenceId") return this.referenceId;
    throw this.missing(name);
  }
  override call(name: string): unknown {
    if (name === "_KeepReference") return undefined;
    throw this.missing(name);
  }
}

/** `format`, `format.fill`, `format.font`: setters that change every cell of the range. */
class RangeFormatNode extends Node {
  readonly type = "RangeFormat";
  constructor(readonly range: RangeNode) {
    super();
  }
  override nav(name: string): Node {
    if (name === "fill") return new CellLookNode(this.range, "RangeFill");
    if (name === "font") return new CellLookNode(this.range, "RangeFont");
    throw this.missing(name);
  }
  override call(name: string, _args: unknown[]): unknown {
    if (name !== "autofitRows") throw this.missing(name);
    this.range.sheet.autofitRows.push(JSON.stringify(this.range.rect));
    return undefined;
  }
  override set(name: string, value: unknown): void {
    const { sheet, rect } = this.range;
    switch (name) {
      case "columnWidth":
        for (let col = rect.left; col <= rect.right; col++) sheet.columnWidths.set(columnLetters(col), Number(value));
        return;
      case "wrapText":
      case "verticalAlignment":
      case "horizontalAlignment":
        return;
      default:
        throw this.missing(name);
    }
  }
}

class CellLookNode extends Node {
  constructor(
    readonly range: RangeNode,
    readonly type: "RangeFill" | "RangeFont",
  ) {
    super();
  }
  override set(name: string, value: unknown): void {
    const key = `${this.type}.${name}`;
    if (key !== "RangeFill.color" && key !== "RangeFont.bold" && key !== "RangeFont.color") throw this.missing(name);
    this.range.fill(undefined, (row, col) => {
      const cell = cellOf(this.range.sheet, row, col);
      if (key === "RangeFill.color") cell.fill = String(value);
      if (key === "RangeFont.bold") cell.bold = value === true;
    });
  }
}

class ConditionalFormatsNode extends Node {
  readonly type = "ConditionalFormatCollection";
  constructor(readonly range: RangeNode) {
    super();
  }
  override call(name: string, args: unknown[]): unknown {
    if (name === "clearAll") {
      const { sheet, rect } = this.range;
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !overlaps(rectOfArea(cf.ref), rect));
      return undefined;
    }
    if (name !== "add") throw this.missing(name);
    const record = {
      ref: rectAddress(this.range.rect),
      type: stringArg(args, 0),
      formula: null,
      fill: null,
      fontColor: null,
    };
    // Excel puts a new conditional format first, at the highest priority.
    this.range.sheet.conditionalFormats.unshift(record);
    return new ConditionalFormatNode(record, []);
  }
}

type CfRecord = { formula: string | null; fill: string | null; fontColor: string | null };

/** A conditional format and its parts (`custom`, `custom.rule`, `custom.format.fill`…), named by path. */
class ConditionalFormatNode extends Node {
  readonly type = "ConditionalFormat";
  constructor(
    readonly record: CfRecord,
    readonly path: string[],
  ) {
    super();
  }
  override nav(name: string): Node {
    const path = [...this.path, name];
    const known = ["custom", "custom.rule", "custom.format", "custom.format.fill", "custom.format.font"];
    if (!known.includes(path.join("."))) throw this.missing(name);
    return new ConditionalFormatNode(this.record, path);
  }
  override set(name: string, value: unknown): void {
    const at = [...this.path, name].join(".");
    if (at === "custom.rule.formula") this.record.formula = String(value);
    else if (at === "custom.format.fill.color") this.record.fill = String(value);
    else if (at === "custom.format.font.color") this.record.fontColor = String(value);
    else throw this.missing(name);
  }
}

class DataValidationNode extends Node {
  readonly type = "DataValidation";
  constructor(readonly range: RangeNode) {
    super();
  }
  override call(name: string): unknown {
    if (name !== "clear") throw this.missing(name);
    const { sheet, rect } = this.range;
    sheet.validations = sheet.validations.filter((v) => !overlaps(rectOfArea(v.ref), rect));
    return undefined;
  }
  override set(name: string, value: unknown): void {
    if (name !== "rule" && name !== "prompt" && name !== "errorAlert") throw this.missing(name);
    const ref = rectAddress(this.range.rect);
    const validations = this.range.sheet.validations;
    let entry = validations.find((v) => v.ref === ref);
    if (entry === undefined) {
      entry = { ref, rule: null, prompt: null, errorAlert: null };
      validations.push(entry);
    }
    entry[name] = value;
  }
}

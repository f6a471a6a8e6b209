import { a1, columnLetters } from "../../../src/core/model/address";
import { FakeOfficeError } from "./context";
import type { FakeWorksheet } from "./sheetProxies";
import { fromR1C1 } from "./r1c1";
import {
  cellKey,
  cellOf,
  cellsIn,
  type FakeCell,
  type FakeConditionalFormat,
  type FakeSheet,
  type FakeValue,
} from "./state";

/** Merged areas one `getMergedAreasOrNullObject` returns at most. */
export const MERGED_AREAS_LIMIT = 512;

function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Call load and sync first.`,
  );
}

/** 1-based, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Text that Excel parses when entered into a cell not formatted as text. */
export function excelWouldParse(text: string): boolean {
  const t = text.trim();
  return (
    /^[=+\-@]/.test(t) ||
    (t !== "" && Number.isFinite(Number(t.replace(/[,%$¥]/g, "")))) ||
    /^\d{1,4}[-/.年]\d{1,2}/.test(t) ||
    /^(true|false)$/i.test(t)
  );
}

/** Strings seen written as text into a cell without the text format: Excel would have changed them. */
export const parseHazards: string[] = [];

/** A range proxy. Setters queue operations; `load` fills the read properties at sync. */
export class FakeRange {
  readonly format: {
    fill: { color: string };
    font: { bold: boolean; color: string };
    columnWidth: number;
    wrapText: boolean;
    verticalAlignment: string;
    horizontalAlignment: string;
    autofitRows: () => void;
  };
  readonly conditionalFormats: { add: (type: string) => FakeConditionalFormatProxy; clearAll: () => void };
  readonly dataValidation: { rule: unknown; prompt: unknown; errorAlert: unknown; clear: () => void };
  isNullObject = false;
  /** Scalars filled by `load`; reading one that was not loaded throws, as Office.js does. */
  private shape: Partial<Record<"rowIndex" | "columnIndex" | "rowCount" | "columnCount" | "address", unknown>> = {};
  private loaded: { values?: FakeValue[][]; valueTypes?: string[][]; numberFormat?: string[][] } = {};

  constructor(
    readonly sheet: FakeWorksheet,
    readonly rect: () => Rect | null,
    private readonly where: unknown,
  ) {
    const each = (name: string, apply: (s: FakeSheet, row: number, col: number) => void): void =>
      this.op(name, [], (s, r) => {
        for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) apply(s, row, col);
      });
    const op = (name: string, args: unknown[], apply: (sheet: FakeSheet, rect: Rect) => void): void =>
      this.op(name, args, apply);
    this.format = {
      fill: {
        set color(v: string) {
          each(`format.fill.color=${v}`, (s, row, col) => void (cellOf(s, row, col).fill = v));
        },
        get color(): string {
          return "";
        },
      },
      font: {
        set bold(v: boolean) {
          each(`format.font.bold=${String(v)}`, (s, row, col) => void (cellOf(s, row, col).bold = v));
        },
        get bold(): boolean {
          return false;
        },
        set color(v: string) {
          op("format.font.color", [v], () => undefined);
        },
        get color(): string {
          return "";
        },
      },
      set columnWidth(points: number) {
        op("format.columnWidth", [points], (s, r) => {
          for (let col = r.left; col <= r.right; col++) s.columnWidths.set(columnLetters(col), points);
        });
      },
      get columnWidth(): number {
        return 0;
      },
      set wrapText(v: boolean) {
        each(`format.wrapText=${String(v)}`, (s, row, col) => void (cellOf(s, row, col).wrap = v));
      },
      get wrapText(): boolean {
        return false;
      },
      set verticalAlignment(v: string) {
        each(`format.verticalAlignment=${v}`, (s, row, col) => void (cellOf(s, row, col).verticalAlignment = v));
      },
      get verticalAlignment(): string {
        return "";
      },
      set horizontalAlignment(v: string) {
        each(`format.horizontalAlignment=${v}`, (s, row, col) => void (cellOf(s, row, col).horizontalAlignment = v));
      },
      get horizontalAlignment(): string {
        return "";
      },
      autofitRows: () => op("format.autofitRows", [], (s, r) => void s.autofitRows.push(JSON.stringify(r))),
    };
    this.conditionalFormats = {
      add: (type) => new FakeConditionalFormatProxy(this, type),
      clearAll: () =>
        op("conditionalFormats.clearAll", [], (s, r) => {
          s.conditionalFormats = s.conditionalFormats.filter((cf) => !overlaps(rectOfArea(cf.ref), r));
        }),
    };
    const validation = (field: "rule" | "prompt" | "errorAlert") => ({
      set(v: unknown) {
        op(`dataValidation.${field}`, [v], (s, r) => {
          const ref = rectAddress(r);
          let entry = s.validations.find((x) => x.ref === ref);
          if (entry === undefined) {
            entry = { ref, rule: null, prompt: null, errorAlert: null };
            s.validations.push(entry);
          }
          entry[field] = v;
        });
      },
      get(): unknown {
        return null;
      },
    });
    const clear = () =>
      op("dataValidation.clear", [], (s, r) => {
        s.validations = s.validations.filter((v) => !overlaps(rectOfArea(v.ref), r));
      });
    this.dataValidation = Object.defineProperties(
      { clear } as { rule: unknown; prompt: unknown; errorAlert: unknown; clear: () => void },
      { rule: validation("rule"), prompt: validation("prompt"), errorAlert: validation("errorAlert") },
    );
  }

  describe(): unknown {
    return this.where;
  }

  op(name: string, args: unknown[], apply: (sheet: FakeSheet, rect: Rect) => void): void {
    this.sheet.op(`range.${name}`, [this.where, ...args], (s) => {
      const r = this.rect();
      if (r === null) throw new FakeOfficeError("ItemNotFound", "null range");
      apply(s, r);
    });
  }

  /** A 2-D array must match the range; a single value fills every cell, as Office.js does. */
  private grid<T>(
    values: T[][] | T,
    name: string,
    apply: (s: FakeSheet, row: number, col: number, v: T) => void,
  ): void {
    this.op(name, [values], (s, r) => {
      if (!Array.isArray(values)) {
        for (let row = r.top; row <= r.bottom; row++)
          for (let col = r.left; col <= r.right; col++) apply(s, row, col, values);
        return;
      }
      if (values.length !== r.bottom - r.top + 1 || values.some((row) => row.length !== r.right - r.left + 1)) {
        throw new FakeOfficeError("InvalidArgument", `${name}: array does not match ${rectAddress(r)}`);
      }
      values.forEach((row, i) => row.forEach((v, j) => apply(s, r.top + i, r.left + j, v)));
    });
  }

  set formulas(values: Array<Array<string | number | boolean>>) {
    this.grid(values, "formulas", (s, row, col, v) => enter(cellOf(s, row, col), v));
  }

  /** R1C1 formulas, read in each cell as Excel reads them. */
  set formulasR1C1(values: Array<Array<string | number | boolean>> | string) {
    this.grid<string | number | boolean>(values, "formulasR1C1", (s, row, col, v) =>
      enter(cellOf(s, row, col), typeof v === "string" && v.startsWith("=") ? `=${fromR1C1(v.slice(1), row, col)}` : v),
    );
  }

  set numberFormat(values: string[][] | string) {
    this.grid(values, "numberFormat", (s, row, col, v) => void (cellOf(s, row, col).numFmt = v));
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }

  get rowIndex(): number {
    return this.scalar("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.scalar("columnIndex") as number;
  }
  get rowCount(): number {
    return this.scalar("rowCount") as number;
  }
  get columnCount(): number {
    return this.scalar("columnCount") as number;
  }
  get address(): string {
    return this.scalar("address") as string;
  }

  private scalar(key: keyof FakeRange["shape"]): unknown {
    if (!(key in this.shape)) throw notLoaded(key);
    return this.shape[key];
  }

  get values(): FakeValue[][] {
    return this.read("values");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }

  /** Clears the cells' contents and formats (and notes), as `Range.clear("All")`. */
  clear(applyTo = "All"): void {
    this.op("clear", [applyTo], (s, r) => {
      if (applyTo !== "All") throw new FakeOfficeError("InvalidArgument", "the fake clears all only");
      for (const key of cellsIn(s, r)) s.cells.delete(key);
      for (const address of [...s.notes.keys()]) if (overlaps(rectOfArea(address), r)) s.notes.delete(address);
    });
  }

  /**
   * Copies cells (values, formulas, formats) from another range of the same size, as
   * `Range.copyFrom(source, "All")`. Only to the same place on another sheet, where Excel keeps
   * formulas as they are; anything else is refused so that no test relies on what the fake does
   * not model.
   */
  copyFrom(source: FakeRange, copyType = "All"): void {
    this.op("copyFrom", [source.describe(), copyType], (s, r) => {
      const from = source.rect();
      if (copyType !== "All" || from === null || rectAddress(from) !== rectAddress(r)) {
        throw new FakeOfficeError("InvalidArgument", "the fake copies all, to the same place only");
      }
      const sourceSheet = source.sheet.resolve();
      for (const key of cellsIn(s, r)) s.cells.delete(key);
      for (const key of cellsIn(sourceSheet, from)) {
        const cell = sourceSheet.cells.get(key);
        if (cell !== undefined) s.cells.set(key, { ...cell });
      }
    });
  }

  select(): void {
    this.op("select", [], (s, r) => {
      this.sheet.ctx.state.selection = { sheet: s.name, address: rectAddress(r) };
    });
  }

  getMergedAreasOrNullObject(): FakeRange {
    const areas = new FakeRange(this.sheet, () => this.rect(), ["mergedAreas", this.where]);
    // Excel gives the areas whose top-left cell is in the range, and fails on more than 512.
    areas.loadHook = (s, r) => {
      const inside = s.merges.filter((m) => {
        const area = rectOfArea(m);
        return area.top >= r.top && area.top <= r.bottom && area.left >= r.left && area.left <= r.right;
      });
      if (inside.length > MERGED_AREAS_LIMIT) {
        throw new FakeOfficeError("GeneralException", `${inside.length} merged areas in ${rectAddress(r)}`);
      }
      areas.isNullObject = inside.length === 0;
      areas.shape.address = inside.map((m) => `${s.name}!${m}`).join(",");
    };
    return areas;
  }

  loadHook: ((s: FakeSheet, r: Rect) => void) | null = null;

  load(props: string): void {
    this.sheet.ctx.record("range.load", [this.sheet.name, this.where, props], () => {
      const r = this.rect();
      if (r === null) {
        this.isNullObject = true;
        return;
      }
      const s = this.sheet.resolve();
      if (this.loadHook !== null) return this.loadHook(s, r);
      this.shape = {
        rowIndex: r.top - 1,
        columnIndex: r.left - 1,
        rowCount: r.bottom - r.top + 1,
        columnCount: r.right - r.left + 1,
        address: `${s.name}!${rectAddress(r)}`,
      };
      if (!props.includes("values")) return;
      const rows = Array.from({ length: this.rowCount }, (_, i) =>
        Array.from({ length: this.columnCount }, (_, j) => s.cells.get(cellKey(r.top + i, r.left + j))),
      );
      this.loaded = {
        values: rows.map((row) => row.map((c) => c?.value ?? "")),
        valueTypes: rows.map((row) => row.map((c) => valueType(c?.value ?? null))),
        numberFormat: rows.map((row) => row.map((c) => c?.numFmt ?? "General")),
      };
      this.sheet.ctx.respond(this.loaded);
    });
  }

  private read<K extends keyof FakeRange["loaded"]>(key: K): NonNullable<FakeRange["loaded"][K]> {
    const v = this.loaded[key];
    if (v === undefined) throw notLoaded(key);
    return v;
  }
}

/** A value or formula entered into a cell: a string starting with `=` is a formula. */
function enter(cell: FakeCell, v: string | number | boolean): void {
  if (typeof v === "string" && v.startsWith("=")) {
    cell.formula = v.slice(1);
    cell.value = null;
    return;
  }
  if (typeof v === "string" && cell.numFmt !== "@" && excelWouldParse(v)) parseHazards.push(v);
  cell.formula = null;
  cell.value = v === "" ? null : v;
}

class FakeConditionalFormatProxy {
  readonly custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } };
  private record: FakeConditionalFormat | null = null;

  constructor(range: FakeRange, type: string) {
    range.op("conditionalFormats.add", [type], (s, r) => {
      this.record = { ref: rectAddress(r), type, formula: null, fill: null, fontColor: null };
      s.conditionalFormats.unshift(this.record);
    });
    const set = (name: string, v: string, apply: (cf: FakeConditionalFormat) => void): void =>
      range.sheet.ctx.record(`conditionalFormat.${name}`, [v], () => {
        if (this.record === null) throw new FakeOfficeError("InvalidOperation", "format not added");
        apply(this.record);
      });
    this.custom = {
      rule: {
        set formula(v: string) {
          set("custom.rule.formula", v, (cf) => void (cf.formula = v));
        },
        get formula(): string {
          return "";
        },
      },
      format: {
        fill: {
          set color(v: string) {
            set("custom.format.fill.color", v, (cf) => void (cf.fill = v));
          },
          get color(): string {
            return "";
          },
        },
        font: {
          set color(v: string) {
            set("custom.format.font.color", v, (cf) => void (cf.fontColor = v));
          },
          get color(): string {
            return "";
          },
        },
      },
    };
  }
}

export function valueType(v: FakeValue): string {
  if (v === null) return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return v.startsWith("#") && /^#[A-Z/0!?]+[!?A]?$/.test(v) ? "Error" : "String";
}

export function rectAddress(r: Rect): string {
  const start = a1(r.top, r.left);
  const end = a1(r.bottom, r.right);
  return start === end ? start : `${start}:${end}`;
}

export function rectOfArea(area: string): Rect {
  const [start, end] = area.split(":");
  const parse = (x: string | undefined): { row: number; col: number } => {
    const m = /^([A-Z]+)(\d+)$/.exec(x ?? "");
    let col = 0;
    for (const ch of m?.[1] ?? "A") col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m?.[2] ?? 1), col };
  };
  const a = parse(start);
  const b = parse(end ?? start);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

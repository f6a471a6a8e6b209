import { a1, columnLetters } from "../../../src/core/model/address";
import { FakeOfficeError } from "./context";
import type { FakeWorksheet } from "./sheetProxies";
import { cellKey, cellOf, type FakeConditionalFormat, type FakeSheet, type FakeValue } from "./state";

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
  };
  readonly conditionalFormats: { add: (type: string) => FakeConditionalFormatProxy };
  readonly dataValidation: { rule: unknown; prompt: unknown; errorAlert: unknown };
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
        op("format.wrapText", [v], () => undefined);
      },
      get wrapText(): boolean {
        return false;
      },
      set verticalAlignment(v: string) {
        op("format.verticalAlignment", [v], () => undefined);
      },
      get verticalAlignment(): string {
        return "";
      },
    };
    this.conditionalFormats = { add: (type) => new FakeConditionalFormatProxy(this, type) };
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
    this.dataValidation = Object.defineProperties({} as { rule: unknown; prompt: unknown; errorAlert: unknown }, {
      rule: validation("rule"),
      prompt: validation("prompt"),
      errorAlert: validation("errorAlert"),
    });
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

  private grid<T>(values: T[][], name: string, apply: (s: FakeSheet, row: number, col: number, v: T) => void): void {
    this.op(name, [values], (s, r) => {
      if (values.length !== r.bottom - r.top + 1 || values.some((row) => row.length !== r.right - r.left + 1)) {
        throw new FakeOfficeError("InvalidArgument", `${name}: array does not match ${rectAddress(r)}`);
      }
      values.forEach((row, i) => row.forEach((v, j) => apply(s, r.top + i, r.left + j, v)));
    });
  }

  set formulas(values: Array<Array<string | number | boolean>>) {
    this.grid(values, "formulas", (s, row, col, v) => {
      const cell = cellOf(s, row, col);
      if (typeof v === "string" && v.startsWith("=")) {
        cell.formula = v.slice(1);
        cell.value = null;
        return;
      }
      if (typeof v === "string" && cell.numFmt !== "@" && excelWouldParse(v)) parseHazards.push(v);
      cell.formula = null;
      cell.value = v === "" ? null : v;
    });
  }

  set numberFormat(values: string[][]) {
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

function rectOfArea(area: string): Rect {
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

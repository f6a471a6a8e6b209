import { parseA1 } from "../../../src/core/model/address";
import { FakeChartCollection } from "./chartProxies";
import { FakeOfficeError, type FakeRequestContext } from "./context";
import { FakeRange, type Rect } from "./rangeProxies";
import { HEADER_FOOTER_SETTINGS, newSheet, PAGE_LAYOUT_SETTINGS, sameName, usedExtent, type FakeSheet } from "./state";

/** A worksheet proxy: it names a sheet and finds it when the queue is applied, as Office.js does. */
export class FakeWorksheet {
  readonly protection: { protected: boolean } = { protected: false };
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: {
    freezeAt: (range: FakeRange) => void;
    freezeRows: (n: number) => void;
    freezeColumns: (n: number) => void;
    unfreeze: () => void;
  };
  readonly notes: { add: (address: string, content: string) => void };
  /** Page layout (ExcelApi 1.9): every property set and method called is kept on the sheet. */
  readonly pageLayout: Record<string, unknown>;
  /** Manual page breaks (ExcelApi 1.9): each `add` breaks before its range's first row. */
  readonly horizontalPageBreaks: { add: (range: FakeRange | string) => object; removePageBreaks: () => void };
  readonly onChanged: {
    add: (handler: (args: unknown) => Promise<unknown>) => { remove: () => void; context: FakeRequestContext };
  };
  id = "";
  private tabColorValue: string | null = null;
  private visibilityValue = "Visible";

  constructor(
    readonly ctx: FakeRequestContext,
    readonly name: string,
  ) {
    this.tables = new FakeTableCollection(this);
    this.charts = new FakeChartCollection(this);
    this.freezePanes = {
      freezeAt: (range) =>
        this.op("freezePanes.freezeAt", [range.describe()], (s) => {
          const rect = range.rect();
          s.freeze = rect === null ? null : { rows: rect.bottom, cols: rect.right };
        }),
      freezeRows: (n) => this.op("freezePanes.freezeRows", [n], (s) => void (s.freeze = { rows: n, cols: 0 })),
      freezeColumns: (n) => this.op("freezePanes.freezeColumns", [n], (s) => void (s.freeze = { rows: 0, cols: n })),
      unfreeze: () => this.op("freezePanes.unfreeze", [], (s) => void (s.freeze = null)),
    };
    const layout = (key: string, value: unknown) =>
      this.op(`pageLayout.${key}`, [value], (s) => void s.pageLayout.set(key, value));
    const footers: Record<string, unknown> = {};
    for (const key of HEADER_FOOTER_SETTINGS) {
      Object.defineProperty(footers, key, { set: (v: unknown) => layout(key, v), enumerable: true });
    }
    this.pageLayout = {
      headersFooters: { defaultForAllPages: footers },
      setPrintTitleRows: (rows: string) => layout("printTitleRows", rows),
      setPrintArea: (area: string) => layout("printArea", area),
    };
    for (const key of PAGE_LAYOUT_SETTINGS) {
      Object.defineProperty(this.pageLayout, key, { set: (v: unknown) => layout(key, v), enumerable: true });
    }
    this.horizontalPageBreaks = {
      add: (range) => {
        const at = typeof range === "string" ? () => rectOf(range) : () => range.rect();
        const described = typeof range === "string" ? range : range.describe();
        this.op("horizontalPageBreaks.add", [described], (s) => {
          const row = at()?.top;
          if (row === undefined) throw new FakeOfficeError("ItemNotFound", "null range");
          if (!s.rowBreaks.includes(row)) s.rowBreaks = [...s.rowBreaks, row].sort((x, y) => x - y);
        });
        return {};
      },
      removePageBreaks: () => this.op("horizontalPageBreaks.removePageBreaks", [], (s) => void (s.rowBreaks = [])),
    };
    this.notes = {
      add: (address, content) => this.op("notes.add", [address, content], (s) => void s.notes.set(address, content)),
    };
    this.onChanged = {
      add: (handler) => {
        const entry = { sheetId: "", handler };
        this.op("onChanged.add", [], (s) => {
          entry.sheetId = s.id;
          this.ctx.state.changeHandlers.push(entry);
        });
        return {
          context: this.ctx,
          remove: () =>
            this.ctx.record("onChanged.remove", [], () => {
              this.ctx.state.changeHandlers = this.ctx.state.changeHandlers.filter((e) => e !== entry);
            }),
        };
      },
    };
  }

  /** The sheet this proxy names, at apply time. */
  resolve(): FakeSheet {
    const sheet = this.ctx.state.sheets.find((s) => sameName(s.name, this.name));
    if (sheet === undefined) throw new FakeOfficeError("ItemNotFound", `no sheet ${this.name}`);
    return sheet;
  }

  op(name: string, args: unknown[], apply: (sheet: FakeSheet) => void): void {
    this.ctx.record(`worksheet.${name}`, [this.name, ...args], () => apply(this.resolve()));
  }

  set tabColor(color: string) {
    this.tabColorValue = color;
    this.op("tabColor", [color], (s) => void (s.tabColor = color));
  }
  get tabColor(): string | null {
    return this.tabColorValue;
  }

  set visibility(value: string) {
    this.visibilityValue = value;
    this.op("visibility", [value], (s) => {
      const visible = this.ctx.state.sheets.filter((x) => x !== s && x.visibility === "Visible");
      if (value !== "Visible" && visible.length === 0) {
        throw new FakeOfficeError("InvalidOperation", "a workbook must keep one visible sheet");
      }
      s.visibility = value;
    });
  }
  get visibility(): string {
    return this.visibilityValue;
  }

  load(props: string): void {
    this.op("load", [props], (s) => this.takeLoaded(s));
  }

  /** Fills the properties a load reads, when the queue is applied. */
  takeLoaded(s: FakeSheet): void {
    this.id = s.id;
    this.protection.protected = s.protected;
    this.visibilityValue = s.visibility;
  }

  /** As Excel: a very hidden sheet, or the last visible one, cannot be deleted. */
  delete(): void {
    this.op("delete", [], (s) => {
      if (s.protected) throw new FakeOfficeError("AccessDenied", `sheet ${s.name} is protected`);
      if (s.visibility === "VeryHidden")
        throw new FakeOfficeError("InvalidOperation", `sheet ${s.name} is very hidden`);
      const visible = this.ctx.state.sheets.filter((x) => x !== s && x.visibility === "Visible");
      if (s.visibility === "Visible" && visible.length === 0) {
        throw new FakeOfficeError("InvalidOperation", "a workbook must keep one visible sheet");
      }
      this.ctx.state.sheets = this.ctx.state.sheets.filter((x) => x !== s);
    });
  }

  activate(): void {
    this.op("activate", [], () => undefined);
  }

  /** Without an address, the whole sheet. */
  getRange(address?: string): FakeRange {
    if (address === undefined) return new FakeRange(this, () => WHOLE_SHEET, "whole sheet");
    return new FakeRange(this, () => rectOf(address), address);
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    const rect: Rect = { top: row + 1, left: col + 1, bottom: row + rows, right: col + cols };
    return new FakeRange(this, () => rect, [row, col, rows, cols]);
  }

  getUsedRangeOrNullObject(valuesOnly: boolean): FakeRange {
    return new FakeRange(this, () => usedExtent(this.resolve()), ["usedRange", valuesOnly]);
  }
}

const WHOLE_SHEET: Rect = { top: 1, left: 1, bottom: 1_048_576, right: 16_384 };

/** A sheet's tables: added, listed by name, turned back into ranges. */
class FakeTableCollection {
  items: Array<{ name: string }> = [];
  constructor(private readonly sheet: FakeWorksheet) {}

  add(address: string, hasHeaders: boolean): { name: string; style: string } {
    const table = { address, hasHeaders, name: null as string | null, style: null as string | null };
    const ctx = this.sheet.ctx;
    this.sheet.op("tables.add", [address, hasHeaders], (s) => {
      const taken = ctx.state.sheets
        .flatMap((x) => x.tables)
        .some((t) => t.name !== null && overlapsTable(t, s, address));
      if (taken) throw new FakeOfficeError("InvalidOperation", `a table already covers ${address}`);
      s.tables.push(table);
    });
    return {
      set name(value: string) {
        ctx.record("table.name", [value], () => {
          const all = ctx.state.sheets.flatMap((x) => x.tables);
          if (all.some((t) => t !== table && t.name?.toLowerCase() === value.toLowerCase())) {
            throw new FakeOfficeError("InvalidArgument", `table name ${value} is taken`);
          }
          table.name = value;
        });
      },
      get name(): string {
        return table.name ?? "";
      },
      set style(value: string) {
        ctx.record("table.style", [value], () => void (table.style = value));
      },
      get style(): string {
        return table.style ?? "";
      },
    };
  }

  load(props: string): void {
    this.sheet.op("tables.load", [props], (s) => {
      this.items = s.tables.map((t) => ({ name: t.name ?? "" }));
      this.sheet.ctx.respond(this.items);
    });
  }

  getItem(name: string): { convertToRange: () => void; delete: () => void } {
    const remove = (op: string) =>
      this.sheet.op(`table.${op}`, [name], (s) => {
        const index = s.tables.findIndex((t) => t.name?.toLowerCase() === name.toLowerCase());
        if (index < 0) throw new FakeOfficeError("ItemNotFound", `no table ${name}`);
        s.tables.splice(index, 1);
      });
    return { convertToRange: () => remove("convertToRange"), delete: () => remove("delete") };
  }
}

/** Two tables on one sheet cannot overlap. */
function overlapsTable(t: { address: string }, s: FakeSheet, address: string): boolean {
  if (!s.tables.includes(t as FakeSheet["tables"][number])) return false;
  const a = rectOf(t.address);
  const b = rectOf(address);
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export class FakeWorksheetCollection {
  items: FakeWorksheet[] = [];
  constructor(private readonly ctx: FakeRequestContext) {}

  load(props: string): void {
    this.ctx.record("worksheets.load", [props], () => {
      this.items = this.ctx.state.sheets.map((s) => {
        const proxy = new FakeWorksheet(this.ctx, s.name);
        proxy.takeLoaded(s);
        return proxy;
      });
      this.ctx.respond(this.ctx.state.sheets.map((s) => [s.name, s.id, s.protected, s.visibility]));
    });
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name);
  }

  add(name: string): FakeWorksheet {
    this.ctx.record("worksheets.add", [name], () => {
      if (this.ctx.state.sheets.some((s) => sameName(s.name, name)))
        throw new FakeOfficeError("ItemAlreadyExists", name);
      if (this.ctx.state.structureProtected) throw new FakeOfficeError("AccessDenied", "structure protected");
      this.ctx.state.sheets.push(newSheet(name));
    });
    return new FakeWorksheet(this.ctx, name);
  }
}

/** `A1:B2`, `B7` or a whole column `C:C`, 1-based and inclusive. */
export function rectOf(address: string): Rect {
  const bare = address.replace(/\$/g, "");
  const column = /^([A-Z]+):([A-Z]+)$/.exec(bare);
  if (column !== null) {
    const left = parseA1(`${column[1] ?? "A"}1`)?.col ?? 1;
    const right = parseA1(`${column[2] ?? "A"}1`)?.col ?? left;
    return { top: 1, left, bottom: 1_048_576, right };
  }
  const [start, end] = bare.split(":");
  const a = parseA1(start ?? "");
  const b = parseA1(end ?? start ?? "");
  if (a === null || b === null) throw new FakeOfficeError("InvalidArgument", `bad address ${address}`);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

import { a1 } from "../../../src/core/model/address";
import type { EtEventHandler, EtPageSetup } from "../../../src/hosts/wps/etTypes";
import { areaPoints, reference, type FakeEtChart, type FakeEtSeries } from "./charts";
import {
  key,
  newSheet,
  parseArea,
  parseEntry,
  value2Of,
  type Area,
  type FakeBook,
  type FakeCell,
  type FakeSheet,
} from "./state";

/**
 * A fake of WPS 表格's object model that behaves like the real one where Kaohe could go wrong:
 * collections counted from 1 through `.Item()` (0 throws), synchronous members, colours as BGR
 * numbers, error values as CVErr numbers, entries parsed as WPS parses typed text, formula
 * rules read from the active cell, a sheet deleted only without alerts, `Select` only on the
 * active sheet. Every object is wrapped so that each read, write or call of a member (ET's
 * members are PascalCase) counts as one call into WPS.
 */
export class Counter {
  calls = 0;
  /** Calls per member name, to see where they go. */
  readonly byMember = new Map<string, number>();
  private count(prop: string | symbol): void {
    if (typeof prop !== "string" || !/^[A-Z]/.test(prop)) return;
    this.calls++;
    this.byMember.set(prop, (this.byMember.get(prop) ?? 0) + 1);
  }
  wrap<T extends object>(target: T): T {
    return new Proxy(target, {
      get: (t, prop, receiver) => {
        this.count(prop);
        return Reflect.get(t, prop, receiver) as unknown;
      },
      set: (t, prop, value, receiver) => {
        this.count(prop);
        return Reflect.set(t, prop, value, receiver);
      },
    });
  }
}

export class FakeApp {
  activeSheet: FakeSheet | null = null;
  activeCell = "A1";
  selection: FakeRange | null = null;
  ScreenUpdating = true;
  DisplayAlerts = true;
  listeners: EtEventHandler[] = [];
  storage = new Map<string, unknown>();
  panes: { ID: number; url: string; Visible: boolean }[] = [];

  constructor(
    readonly counter: Counter,
    readonly book: FakeBook | null,
  ) {
    this.activeSheet = book?.sheets[0] ?? null;
  }

  get ActiveWorkbook() {
    return this.book === null ? null : this.counter.wrap(new FakeWorkbook(this, this.book));
  }
  get ActiveWindow() {
    return this.activeSheet === null ? null : this.counter.wrap(new FakeWindow(this));
  }
  get Selection() {
    return this.selection === null ? null : this.counter.wrap(this.selection);
  }
  get ApiEvent() {
    return this.counter.wrap({
      AddApiEventListener: (_event: "SheetChange", callback: EtEventHandler) => void this.listeners.push(callback),
      RemoveApiEventListener: (_event: "SheetChange", callback?: EtEventHandler) => {
        this.listeners = this.listeners.filter((l) => callback !== undefined && l !== callback);
      },
    });
  }
  get PluginStorage() {
    return this.counter.wrap({
      getItem: (k: string) => this.storage.get(k) ?? null,
      setItem: (k: string, v: unknown) => void this.storage.set(k, v),
    });
  }
  CreateTaskPane(url: string) {
    const pane = { ID: this.panes.length + 1, url, Visible: false };
    this.panes.push(pane);
    return this.counter.wrap(pane);
  }
  GetTaskPane(id: number) {
    const pane = this.panes.find((p) => p.ID === id);
    if (pane === undefined) throw new Error("GetTaskPane 失败：没有这个任务窗格");
    return this.counter.wrap(pane);
  }

  sheetObject(sheet: FakeSheet) {
    return this.counter.wrap(new FakeWorksheet(this, sheet));
  }
  rangeObject(sheet: FakeSheet, area: Area) {
    return this.counter.wrap(new FakeRange(this, sheet, area));
  }
}

class FakeWorkbook {
  constructor(
    readonly app: FakeApp,
    readonly book: FakeBook,
  ) {}
  get Name() {
    return this.book.name;
  }
  get Date1904() {
    return this.book.date1904;
  }
  get ProtectStructure() {
    return this.book.protectStructure;
  }
  get Worksheets() {
    return this.app.counter.wrap(new FakeWorksheets(this.app, this.book));
  }
  get Names() {
    return this.app.counter.wrap(new FakeNames(this.app, this.book));
  }
}

/** An item of a workbook's collection, by 1-based position or by name with case ignored, as ET finds sheets and names. */
function itemAt<T extends { name: string }>(items: readonly T[], index: string | number): T | undefined {
  return typeof index === "number"
    ? items[index - 1]
    : items.find((item) => item.name.toLowerCase() === index.toLowerCase());
}

class FakeWorksheets {
  constructor(
    readonly app: FakeApp,
    readonly book: FakeBook,
  ) {}
  get Count() {
    return this.book.sheets.length;
  }
  Item(index: string | number) {
    const sheet = itemAt(this.book.sheets, index);
    if (sheet === undefined || index === 0) throw new Error(`Item 方法失败：下标越界（${String(index)}）`);
    return this.app.sheetObject(sheet);
  }
  Add(before?: unknown, after?: unknown) {
    if (this.book.protectStructure) throw new Error("工作簿受保护，不能添加工作表");
    let n = this.book.sheets.length + 1;
    while (this.book.sheets.some((s) => s.name === `Sheet${n}`)) n++;
    const sheet = newSheet(`Sheet${n}`);
    const anchor = (before ?? after) as { sheet?: FakeSheet } | undefined;
    const at = anchor?.sheet === undefined ? 0 : this.book.sheets.indexOf(anchor.sheet) + (after === undefined ? 0 : 1);
    this.book.sheets.splice(at, 0, sheet);
    this.app.activeSheet = sheet;
    return this.app.sheetObject(sheet);
  }
}

class FakeNames {
  constructor(
    readonly app: FakeApp,
    readonly book: FakeBook,
  ) {}
  get Count() {
    return this.book.names.length;
  }
  Item(index: string | number) {
    const entry = itemAt(this.book.names, index);
    if (entry === undefined || index === 0) throw new Error(`Item 方法失败：没有名称 ${String(index)}`);
    const book = this.book;
    return this.app.counter.wrap({
      Name: entry.name,
      RefersTo: entry.refersTo,
      Delete: () => void book.names.splice(book.names.indexOf(entry), 1),
    });
  }
  Add(name: string, refersTo: string) {
    if (!refersTo.startsWith("=")) throw new Error("Names.Add：引用须以 = 开头");
    this.book.names = this.book.names.filter((n) => n.name.toLowerCase() !== name.toLowerCase());
    this.book.names.push({ name, refersTo });
    return null;
  }
}

const PAGE_SETUP_PROPERTIES = [
  "Orientation",
  "PaperSize",
  "Zoom",
  "FitToPagesWide",
  "FitToPagesTall",
  "PrintTitleRows",
  "PrintArea",
  "CenterHeader",
  "CenterFooter",
  "LeftMargin",
  "RightMargin",
  "TopMargin",
  "BottomMargin",
  "HeaderMargin",
  "FooterMargin",
];

export class FakeWorksheet {
  constructor(
    readonly app: FakeApp,
    readonly sheet: FakeSheet,
  ) {}
  private get book(): FakeBook {
    if (this.app.book === null) throw new Error("no workbook");
    return this.app.book;
  }
  get Name() {
    return this.sheet.name;
  }
  set Name(name: string) {
    if (this.book.sheets.some((s) => s !== this.sheet && s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`不能将工作表重命名为“${name}”：已有同名工作表`);
    }
    this.sheet.name = name;
  }
  get Index() {
    return this.book.sheets.indexOf(this.sheet) + 1;
  }
  get ProtectContents() {
    return this.sheet.protectedContents;
  }
  get UsedRange() {
    return this.app.rangeObject(this.sheet, usedArea(this.sheet));
  }
  get Tab() {
    const sheet = this.sheet;
    return this.app.counter.wrap({
      get Color() {
        return sheet.tabColor ?? false;
      },
      set Color(color: unknown) {
        sheet.tabColor = Number(color);
      },
    });
  }
  /** Every property WPS's PageSetup has that Kaohe sets: kept as given, each set counted. */
  get PageSetup() {
    const setup = this.sheet.pageSetup;
    const page: Record<string, unknown> = {};
    for (const key of PAGE_SETUP_PROPERTIES) {
      Object.defineProperty(page, key, {
        get: () => setup.get(key) ?? "",
        set: (value: unknown) => void setup.set(key, value),
        enumerable: true,
      });
    }
    return this.app.counter.wrap(page) as unknown as EtPageSetup;
  }
  /** As Excel's object model: `Add` takes a range of this sheet (not an address) and breaks above its first row. */
  get HPageBreaks() {
    const sheet = this.sheet;
    return this.app.counter.wrap({
      Add(before: unknown) {
        if (!(before instanceof FakeRange) || before.sheet !== sheet) {
          throw new Error("HPageBreaks.Add：Before 须为本工作表的区域");
        }
        const row = before.area.top;
        if (!sheet.rowBreaks.includes(row)) sheet.rowBreaks = [...sheet.rowBreaks, row].sort((x, y) => x - y);
        return null;
      },
    });
  }
  get ListObjects() {
    const sheet = this.sheet;
    const wrap = <T extends object>(o: T) => this.app.counter.wrap(o);
    return wrap({
      Add(sourceType?: number, source?: unknown, _link?: unknown, hasHeaders?: number) {
        const area = (source as { area?: Area } | undefined)?.area;
        if (sourceType !== 1 || area === undefined || hasHeaders !== 1) throw new Error("ListObjects.Add：参数无效");
        const table = {
          name: `表${sheet.tables.length + 1}`,
          ref: `${a1(area.top, area.left)}:${a1(area.bottom, area.right)}`,
          style: "TableStyleMedium2",
        };
        sheet.tables.push(table);
        return wrap({
          get Name() {
            return table.name;
          },
          set Name(name: string) {
            table.name = name;
          },
          get TableStyle() {
            return table.style;
          },
          set TableStyle(style: unknown) {
            table.style = String(style);
          },
        });
      },
    });
  }
  Range(cell1: unknown) {
    if (typeof cell1 !== "string") throw new Error("Range：只接受地址文本");
    return this.app.rangeObject(this.sheet, parseArea(cell1));
  }
  /** Without an index the collection; with one, the chart frame (1-based, or by name). */
  ChartObjects(index?: number | string) {
    const { app, sheet } = this;
    if (index !== undefined) {
      const chart = typeof index === "number" ? sheet.charts[index - 1] : sheet.charts.find((c) => c.name === index);
      if (chart === undefined || index === 0) throw new Error(`ChartObjects 方法失败：下标越界（${String(index)}）`);
      return chartObject(app, sheet, chart);
    }
    return app.counter.wrap({
      get Count() {
        return sheet.charts.length;
      },
      Add(left: number, top: number, width: number, height: number) {
        if ([left, top, width, height].some((n) => typeof n !== "number" || !Number.isFinite(n))) {
          throw new Error("ChartObjects.Add：位置和大小须为数字（磅）");
        }
        const chart: FakeEtChart = {
          name: `图表 ${sheet.charts.length + 1}`,
          frame: { left, top, width, height },
          chartType: null,
          hasTitle: false,
          title: "",
          hasLegend: false,
          legendPosition: null,
          axes: new Map(),
          series: [],
        };
        sheet.charts.push(chart);
        return chartObject(app, sheet, chart);
      },
    });
  }
  Activate() {
    this.app.activeSheet = this.sheet;
    return true;
  }
  Delete() {
    if (this.app.DisplayAlerts) throw new Error("删除工作表会弹出确认对话框（DisplayAlerts 未关闭），脚本在此挂起");
    if (this.book.sheets.length === 1) throw new Error("工作簿至少要含有一张可视工作表");
    this.book.sheets.splice(this.book.sheets.indexOf(this.sheet), 1);
    if (this.app.activeSheet === this.sheet) this.app.activeSheet = this.book.sheets[0] ?? null;
    return true;
  }
}

function usedArea(sheet: FakeSheet): Area {
  let area: Area | null = null;
  const grow = (top: number, left: number, bottom: number, right: number) => {
    area =
      area === null
        ? { top, left, bottom, right }
        : {
            top: Math.min(area.top, top),
            left: Math.min(area.left, left),
            bottom: Math.max(area.bottom, bottom),
            right: Math.max(area.right, right),
          };
  };
  for (const [k, cell] of sheet.cells) {
    if (cell.value === null && cell.formula === undefined && cell.error === undefined) continue;
    const [row = 1, col = 1] = k.split(",").map(Number);
    grow(row, col, row, col);
  }
  for (const m of sheet.merges) grow(m.top, m.left, m.bottom, m.right);
  return area ?? { top: 1, left: 1, bottom: 1, right: 1 };
}

export class FakeRange {
  constructor(
    readonly app: FakeApp,
    readonly sheet: FakeSheet,
    readonly area: Area,
  ) {}

  // `this` is the counter's proxy (every member read goes through it): the loops below read the
  // sheet's cells and the area once, not once per cell, which took seconds at 2,000 cadres.
  private forEach(visit: (cell: FakeCell, r: number, c: number) => void): void {
    const { sheet, area } = this;
    if (sheet.protectedContents) throw new Error("不能更改受保护的工作表中的单元格");
    const cells = sheet.cells;
    for (let row = area.top; row <= area.bottom; row++) {
      for (let col = area.left; col <= area.right; col++) {
        let cell = cells.get(key(row, col));
        if (cell === undefined) {
          cell = { value: null };
          cells.set(key(row, col), cell);
        }
        visit(cell, row - area.top, col - area.left);
      }
    }
  }
  private grid<T>(read: (cell: FakeCell | undefined) => T): T | T[][] {
    const { sheet, area } = this;
    const rows: T[][] = [];
    for (let row = area.top; row <= area.bottom; row++) {
      const line: T[] = [];
      for (let col = area.left; col <= area.right; col++) line.push(read(sheet.cells.get(key(row, col))));
      rows.push(line);
    }
    return rows.length === 1 && rows[0]?.length === 1 ? (rows[0][0] as T) : rows;
  }
  private write(entries: unknown): void {
    const date1904 = this.app.book?.date1904 ?? false;
    const rows = this.area.bottom - this.area.top + 1;
    const cols = this.area.right - this.area.left + 1;
    if (
      Array.isArray(entries) &&
      (entries.length !== rows || entries.some((r) => !Array.isArray(r) || r.length !== cols))
    ) {
      throw new Error(`数组大小与区域 ${rows}×${cols} 不符`);
    }
    this.forEach((cell, r, c) =>
      parseEntry(cell, Array.isArray(entries) ? (entries[r] as unknown[])[c] : entries, date1904),
    );
  }
  private uniform<T>(read: (cell: FakeCell | undefined) => T): T | null {
    const { sheet, area } = this;
    let first: T | undefined;
    for (let row = area.top; row <= area.bottom; row++) {
      for (let col = area.left; col <= area.right; col++) {
        const v = read(sheet.cells.get(key(row, col)));
        if (first === undefined) first = v;
        else if (v !== first) return null;
      }
    }
    return first ?? null;
  }

  get Row() {
    return this.area.top;
  }
  get Column() {
    return this.area.left;
  }
  get Rows() {
    const { sheet, area } = this;
    return this.app.counter.wrap({
      Count: area.bottom - area.top + 1,
      AutoFit() {
        sheet.fittedRows.push({ ...area });
        return true;
      },
    });
  }
  get Columns() {
    return this.app.counter.wrap({ Count: this.area.right - this.area.left + 1 });
  }
  get Worksheet() {
    return this.app.sheetObject(this.sheet);
  }
  get Left() {
    return areaPoints(this.sheet, this.area).left;
  }
  get Top() {
    return areaPoints(this.sheet, this.area).top;
  }
  get Width() {
    return areaPoints(this.sheet, this.area).width;
  }
  get Height() {
    return areaPoints(this.sheet, this.area).height;
  }
  get Value2() {
    return this.grid(value2Of);
  }
  set Value2(entries: unknown) {
    this.write(entries);
  }
  get Formula() {
    return this.grid((cell) =>
      cell === undefined
        ? ""
        : cell.formula !== undefined
          ? `=${cell.formula}`
          : (cell.error ?? (cell.value === null ? "" : String(cell.value))),
    );
  }
  set Formula(entries: unknown) {
    this.write(entries);
  }
  get NumberFormat() {
    return this.uniform((cell) => cell?.numFmt ?? "General");
  }
  set NumberFormat(format: unknown) {
    this.forEach((cell) => (cell.numFmt = String(format)));
  }
  get Text() {
    const cell = this.sheet.cells.get(key(this.area.top, this.area.left));
    return cell?.error ?? (cell?.value === null || cell === undefined ? "" : String(cell.value));
  }
  get MergeCells() {
    const size = (this.area.bottom - this.area.top + 1) * (this.area.right - this.area.left + 1);
    let merged = 0;
    for (const m of this.sheet.merges) {
      const rows = Math.min(m.bottom, this.area.bottom) - Math.max(m.top, this.area.top) + 1;
      const cols = Math.min(m.right, this.area.right) - Math.max(m.left, this.area.left) + 1;
      if (rows > 0 && cols > 0) merged += rows * cols;
    }
    return merged === 0 ? false : merged === size ? true : null;
  }
  get MergeArea() {
    const { top, left } = this.area;
    const m = this.sheet.merges.find((a) => a.top <= top && top <= a.bottom && a.left <= left && left <= a.right);
    return this.app.rangeObject(this.sheet, m ?? { top, left, bottom: top, right: left });
  }
  set ColumnWidth(width: unknown) {
    for (let col = this.area.left; col <= this.area.right; col++) this.sheet.widths.set(col, Number(width));
  }
  get ColumnWidth() {
    return this.sheet.widths.get(this.area.left) ?? 8.38;
  }
  set WrapText(wrap: unknown) {
    this.forEach((cell) => (cell.wrap = wrap === true));
  }
  get WrapText() {
    return this.uniform((cell) => cell?.wrap === true);
  }
  set VerticalAlignment(align: unknown) {
    this.forEach((cell) => (cell.vAlign = Number(align)));
  }
  get VerticalAlignment() {
    return this.uniform((cell) => cell?.vAlign ?? -4107);
  }
  set HorizontalAlignment(align: unknown) {
    this.forEach((cell) => (cell.hAlign = Number(align)));
  }
  get HorizontalAlignment() {
    return this.uniform((cell) => cell?.hAlign ?? 1);
  }
  get Interior() {
    const read = () => this.uniform((cell) => cell?.fill ?? 0xffffff);
    const write = (color: unknown) => this.forEach((cell) => (cell.fill = Number(color)));
    return this.app.counter.wrap({
      get Color() {
        return read();
      },
      set Color(color: unknown) {
        write(color);
      },
    });
  }
  get Font() {
    const read = () => this.uniform((cell) => cell?.bold === true);
    const write = (bold: unknown) => this.forEach((cell) => (cell.bold = bold === true));
    return this.app.counter.wrap({
      get Bold() {
        return read();
      },
      set Bold(bold: unknown) {
        write(bold);
      },
      Color: 0,
    });
  }
  get FormatConditions() {
    const { app, sheet, area } = this;
    return app.counter.wrap({
      Add(type: number, _operator?: unknown, formula1?: unknown) {
        if (typeof formula1 !== "string" || !formula1.startsWith("="))
          throw new Error("FormatConditions.Add：公式无效");
        const rule = {
          ref: `${a1(area.top, area.left)}:${a1(area.bottom, area.right)}`,
          type,
          formula: formula1.slice(1),
          activeCell: app.activeSheet === sheet ? app.activeCell : "A1",
          priority: sheet.rules.length + 1,
        } as (typeof sheet.rules)[number];
        sheet.rules.push(rule);
        return app.counter.wrap({
          Interior: app.counter.wrap({
            set Color(c: unknown) {
              rule.fill = Number(c);
            },
          }),
          Font: app.counter.wrap({
            set Color(c: unknown) {
              rule.fontColor = Number(c);
            },
          }),
          get Priority() {
            return rule.priority;
          },
          set Priority(p: number) {
            rule.priority = p;
          },
          StopIfTrue: false,
        });
      },
    });
  }
  get Validation() {
    const { app, sheet, area } = this;
    const ref = `${a1(area.top, area.left)}:${a1(area.bottom, area.right)}`;
    const current = () => sheet.validations.find((v) => v.ref === ref);
    const need = () => {
      const v = current();
      if (v === undefined) throw new Error("Validation：区域没有数据有效性");
      return v;
    };
    return this.app.counter.wrap({
      Add(type: number, _alert?: number, _operator?: number, formula1?: string) {
        if (current() !== undefined) throw new Error("Validation.Add：区域已有数据有效性，请先 Delete");
        sheet.validations.push({
          ref,
          type,
          formula1: formula1 ?? "",
          activeCell: app.activeSheet === sheet ? app.activeCell : "A1",
        });
      },
      Delete() {
        sheet.validations = sheet.validations.filter((v) => v.ref !== ref);
      },
      IgnoreBlank: true,
      InCellDropdown: true,
      set InputMessage(text: string) {
        need().prompt = text;
      },
      set ErrorMessage(text: string) {
        need().error = text;
      },
      ShowInput: true,
      ShowError: true,
    });
  }
  Address(rowAbsolute = true, columnAbsolute = true) {
    const fmt = (row: number, col: number) => {
      const [, letters = "", digits = ""] = /^([A-Z]+)(\d+)$/.exec(a1(row, col)) ?? [];
      return `${columnAbsolute ? "$" : ""}${letters}${rowAbsolute ? "$" : ""}${digits}`;
    };
    const { top, left, bottom, right } = this.area;
    return top === bottom && left === right ? fmt(top, left) : `${fmt(top, left)}:${fmt(bottom, right)}`;
  }
  AddComment(text?: string) {
    const at = a1(this.area.top, this.area.left);
    if (this.sheet.notes.has(at)) throw new Error("AddComment：单元格已有批注");
    this.sheet.notes.set(at, text ?? "");
    return null;
  }
  Select() {
    if (this.app.activeSheet !== this.sheet) throw new Error("Range 类的 Select 方法无效：工作表未激活");
    this.app.selection = this;
    this.app.activeCell = a1(this.area.top, this.area.left);
    return true;
  }
}

class FakeWindow {
  constructor(readonly app: FakeApp) {}
  private split = { rows: 0, cols: 0 };
  private frozen = false;
  ScrollRow = 1;
  ScrollColumn = 1;
  get SplitRow() {
    return this.split.rows;
  }
  set SplitRow(rows: number) {
    this.split.rows = rows;
  }
  get SplitColumn() {
    return this.split.cols;
  }
  set SplitColumn(cols: number) {
    this.split.cols = cols;
  }
  get FreezePanes() {
    return this.frozen;
  }
  set FreezePanes(on: boolean) {
    this.frozen = on;
    const sheet = this.app.activeSheet;
    if (sheet !== null) sheet.frozen = on ? { ...this.split } : { rows: 0, cols: 0 };
  }
}

/** A chart's frame: its name, its chart, and its removal from the sheet. */
function chartObject(app: FakeApp, sheet: FakeSheet, chart: FakeEtChart) {
  const live = () => {
    if (!sheet.charts.includes(chart)) throw new Error("图表已被删除");
    return chart;
  };
  return app.counter.wrap({
    get Name() {
      return live().name;
    },
    set Name(name: string) {
      live().name = name;
    },
    get Chart() {
      return chartOf(app, live());
    },
    Delete() {
      sheet.charts.splice(sheet.charts.indexOf(live()), 1);
      return true;
    },
  });
}

/**
 * The chart: as in Excel's object model, its title and legend exist only once `HasTitle` and
 * `HasLegend` say so, axes are found by type, and series by 1-based index.
 */
function chartOf(app: FakeApp, chart: FakeEtChart) {
  const wrap = <T extends object>(o: T) => app.counter.wrap(o);
  return wrap({
    get ChartType() {
      return chart.chartType ?? 51;
    },
    set ChartType(type: number) {
      chart.chartType = type;
    },
    get HasTitle() {
      return chart.hasTitle;
    },
    set HasTitle(on: boolean) {
      chart.hasTitle = on;
    },
    get ChartTitle() {
      if (!chart.hasTitle) throw new Error("ChartTitle：图表没有标题（HasTitle 为 false）");
      return oneProperty(
        app,
        "Text",
        () => chart.title,
        (text: string) => void (chart.title = text),
      );
    },
    get HasLegend() {
      return chart.hasLegend;
    },
    set HasLegend(on: boolean) {
      chart.hasLegend = on;
    },
    get Legend() {
      if (!chart.hasLegend) throw new Error("Legend：图表没有图例（HasLegend 为 false）");
      return oneProperty(
        app,
        "Position",
        () => chart.legendPosition ?? -4152,
        (p: number) => void (chart.legendPosition = p),
      );
    },
    SeriesCollection(index?: number | string) {
      const item = (i: number | string) => {
        const series = typeof i === "number" ? chart.series[i - 1] : chart.series.find((s) => s.name === i);
        if (series === undefined || i === 0) throw new Error(`SeriesCollection 方法失败：下标越界（${String(i)}）`);
        return seriesOf(app, chart, series);
      };
      if (index !== undefined) return item(index);
      return wrap({
        get Count() {
          return chart.series.length;
        },
        Item: item,
        NewSeries() {
          const series: FakeEtSeries = {
            name: `系列${chart.series.length + 1}`,
            values: null,
            xValues: null,
            color: null,
          };
          chart.series.push(series);
          return seriesOf(app, chart, series);
        },
      });
    },
    /** An axis of a type, as Excel's object model gives it for `Axes(type)`. */
    Axes(type?: number) {
      if (type !== 1 && type !== 2) throw new Error(`Axes 方法失败：坐标轴类型 ${String(type)} 无效`);
      const settings = chart.axes.get(type) ?? {};
      chart.axes.set(type, settings);
      const axis: Record<string, unknown> = {};
      for (const key of ["ReversePlotOrder", "Crosses"]) {
        Object.defineProperty(axis, key, {
          get: () => settings[key],
          set: (v: unknown) => void (settings[key] = v),
          enumerable: true,
        });
      }
      Object.defineProperty(axis, "TickLabels", {
        get: () =>
          oneProperty(
            app,
            "NumberFormat",
            () => (typeof settings.NumberFormat === "string" ? settings.NumberFormat : "General"),
            (format: string) => void (settings.NumberFormat = format),
          ),
      });
      return wrap(axis);
    },
  });
}

/** A series: values and categories from ranges (kept as references) or constants (refused here). */
function seriesOf(app: FakeApp, chart: FakeEtChart, series: FakeEtSeries) {
  const rangeRef = (source: unknown): string => {
    if (source instanceof FakeRange) return reference(source.sheet, source.area);
    if (typeof source === "string" && source.startsWith("=")) return source.slice(1);
    throw new Error("Series：值须为区域（常量数组不随单元格更新）");
  };
  return app.counter.wrap({
    get Name() {
      return series.name;
    },
    set Name(name: string) {
      series.name = name;
    },
    get Values() {
      return series.values;
    },
    set Values(source: unknown) {
      series.values = rangeRef(source);
    },
    get XValues() {
      return series.xValues;
    },
    set XValues(source: unknown) {
      series.xValues = rangeRef(source);
    },
    get Interior() {
      return oneProperty(
        app,
        "Color",
        () => series.color ?? 0,
        (color: unknown) => void (series.color = Number(color)),
      );
    },
    Delete() {
      chart.series.splice(chart.series.indexOf(series), 1);
      return true;
    },
  });
}

/** A counted object of one property read and written through `get` and `set` (a title's Text, a legend's Position). */
function oneProperty<N extends string, T>(app: FakeApp, name: N, get: () => T, set: (value: T) => void): Record<N, T> {
  const part = {} as Record<N, T>;
  Object.defineProperty(part, name, { get, set, enumerable: true });
  return app.counter.wrap(part);
}

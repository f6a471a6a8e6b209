import { FakeOfficeError } from "./context";
import type { FakeRange } from "./rangeProxies";
import type { FakeWorksheet } from "./sheetProxies";
import { newChart, sheetReference, type FakeChart, type FakeChartSeries, type FakeSheet } from "./state";

/**
 * A sheet's charts (`worksheet.charts`, ExcelApi 1.1): added over a range, listed, found by name
 * (the first of that name, as Excel does) or position, deleted. Like every proxy of the fake,
 * nothing happens until the request is applied; a chart proxy finds its chart then.
 */
export class FakeChartCollection {
  items: Array<{ name: string }> = [];
  private loadedCount: number | null = null;

  constructor(private readonly sheet: FakeWorksheet) {}

  add(type: string, source: FakeRange | string, seriesBy = "Auto"): FakeChartProxy {
    let made: FakeChart | null = null;
    const range = typeof source === "string" ? this.sheet.getRange(source) : source;
    this.sheet.op("charts.add", [type, range.describe(), seriesBy], (s) => {
      if (range.sheet.name !== this.sheet.name)
        throw new FakeOfficeError("InvalidArgument", "a chart over another sheet");
      const rect = range.rect();
      if (rect === null) throw new FakeOfficeError("InvalidArgument", "a chart over no range");
      made = newChart(s, type, rect, seriesBy);
      s.charts.push(made);
    });
    return new FakeChartProxy(this.sheet, () => {
      if (made === null) throw new FakeOfficeError("ItemNotFound", "the chart was never added");
      return made;
    });
  }

  /** Excel gives the first chart of that name. */
  getItem(name: string): FakeChartProxy {
    return new FakeChartProxy(this.sheet, (s) => {
      const chart = s.charts.find((c) => c.name.toLowerCase() === name.toLowerCase());
      if (chart === undefined) throw new FakeOfficeError("ItemNotFound", `no chart ${name}`);
      return chart;
    });
  }

  getItemAt(index: number): FakeChartProxy {
    return new FakeChartProxy(this.sheet, (s) => {
      const chart = s.charts[index];
      if (chart === undefined) throw new FakeOfficeError("ItemNotFound", `no chart at ${index}`);
      return chart;
    });
  }

  load(props: string): void {
    this.sheet.op("charts.load", [props], (s) => {
      this.items = s.charts.map((c) => ({ name: c.name }));
      this.loadedCount = s.charts.length;
      this.sheet.ctx.respond(this.items);
    });
  }

  /** Reading it unloaded throws, as Office.js does. */
  get count(): number {
    if (this.loadedCount === null) throw new Error("charts.count was not loaded");
    return this.loadedCount;
  }
}

/** One chart: what the host sets on it is kept on the chart's record. */
export class FakeChartProxy {
  readonly title: { text: string };
  readonly legend: { position: string };
  readonly axes: { valueAxis: Record<string, unknown>; categoryAxis: Record<string, unknown> };
  readonly series: { getItemAt: (index: number) => FakeSeriesProxy; add: (name?: string) => FakeSeriesProxy };

  constructor(
    private readonly sheet: FakeWorksheet,
    private readonly find: (s: FakeSheet) => FakeChart,
  ) {
    const set = (name: string, value: unknown, apply: (c: FakeChart) => void) =>
      this.op(`${name}=`, [value], (c) => apply(c));
    this.title = {
      set text(v: string) {
        set("title.text", v, (c) => void (c.title = v));
      },
      get text(): string {
        return "";
      },
    };
    this.legend = {
      set position(v: string) {
        set("legend.position", v, (c) => void (c.legend = v));
      },
      get position(): string {
        return "";
      },
    };
    const axis = (which: string): Record<string, unknown> => {
      const out: Record<string, unknown> = {};
      for (const key of ["numberFormat", "reversePlotOrder", "position"]) {
        Object.defineProperty(out, key, {
          set: (v: unknown) => set(`axes.${which}.${key}`, v, (c) => void (c.axes[`${which}.${key}`] = v)),
          enumerable: true,
        });
      }
      return out;
    };
    this.axes = { valueAxis: axis("valueAxis"), categoryAxis: axis("categoryAxis") };
    this.series = {
      getItemAt: (index) =>
        new FakeSeriesProxy(this, (c) => {
          const series = c.series[index];
          if (series === undefined) throw new FakeOfficeError("ItemNotFound", `no series at ${index}`);
          return series;
        }),
      add: (name) => {
        let made: FakeChartSeries | null = null;
        this.op("series.add", [name], (c) => {
          made = { name: name ?? `Series${c.series.length + 1}`, values: null, categories: null, color: null };
          c.series.push(made);
        });
        return new FakeSeriesProxy(this, () => {
          if (made === null) throw new FakeOfficeError("ItemNotFound", "the series was never added");
          return made;
        });
      },
    };
  }

  op(name: string, args: unknown[], apply: (chart: FakeChart, sheet: FakeSheet) => void): void {
    this.sheet.op(`chart.${name}`, args, (s) => apply(this.find(s), s));
  }

  set name(value: string) {
    this.op("name=", [value], (c) => void (c.name = value));
  }
  get name(): string {
    return "";
  }

  setPosition(start: string, end?: string): void {
    this.op("setPosition", [start, end], (c) => void (c.position = { start, end: end ?? null }));
  }

  delete(): void {
    this.op("delete", [], (c, s) => void (s.charts = s.charts.filter((x) => x !== c)));
  }
}

export class FakeSeriesProxy {
  readonly format: { fill: { setSolidColor: (color: string) => void } };

  constructor(
    private readonly chart: FakeChartProxy,
    private readonly find: (c: FakeChart) => FakeChartSeries,
  ) {
    this.format = {
      fill: { setSolidColor: (color) => this.op("format.fill.setSolidColor", [color], (x) => void (x.color = color)) },
    };
  }

  private op(name: string, args: unknown[], apply: (series: FakeChartSeries) => void): void {
    this.chart.op(`series.${name}`, args, (c) => apply(this.find(c)));
  }

  set name(value: string) {
    this.op("name=", [value], (x) => void (x.name = value));
  }
  get name(): string {
    return "";
  }

  /** The range must be on a sheet that exists; the series keeps it as a reference. */
  setValues(range: FakeRange): void {
    this.op("setValues", [range.describe()], (x) => void (x.values = referenceOf(range)));
  }

  setXAxisValues(range: FakeRange): void {
    this.op("setXAxisValues", [range.describe()], (x) => void (x.categories = referenceOf(range)));
  }
}

function referenceOf(range: FakeRange): string {
  const sheet = range.sheet.resolve();
  const rect = range.rect();
  if (rect === null) throw new FakeOfficeError("InvalidArgument", "a series over no range");
  return sheetReference(sheet.name, rect);
}

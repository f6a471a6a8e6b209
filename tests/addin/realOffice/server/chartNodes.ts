import type { FakeSheet } from "../../fakeExcel";
import { newChart, sheetReference, type FakeChart, type FakeChartSeries } from "../../fakeExcel/state";
import { Node, numberArg, ServerError, stringArg } from "./node";
import { RangeNode } from "./rangeNodes";
import type { World } from "./world";

/**
 * A sheet's charts as Excel answers the real library's chart calls (ExcelApi 1.1–1.8): what
 * each call does is kept on the fake sheet's chart records, as the fake request context keeps
 * it, so the two can be compared. A member the lane does not model fails the request.
 */
export class ChartsNode extends Node {
  readonly type = "ChartCollection";
  constructor(
    readonly world: World,
    readonly sheet: FakeSheet,
  ) {
    super();
  }
  override scalarNames(): string[] {
    return ["count"];
  }
  override scalar(name: string): unknown {
    if (name === "count") return this.sheet.charts.length;
    throw this.missing(name);
  }
  override items(): Node[] {
    return this.sheet.charts.map((c) => new ChartNode(this.sheet, c));
  }
  override call(name: string, args: unknown[]): unknown {
    switch (name) {
      case "add": {
        const source = args[1];
        const range = typeof source === "string" ? RangeNode.at(this.world, this.sheet, source) : source;
        if (!(range instanceof RangeNode) || range.sheet !== this.sheet) {
          throw new ServerError("InvalidArgument", "The argument is invalid or missing: sourceData");
        }
        const seriesBy = args[2] === undefined ? "Auto" : stringArg(args, 2);
        if (!["Auto", "Columns", "Rows"].includes(seriesBy)) {
          throw new ServerError("InvalidArgument", `The argument is invalid or missing: ${seriesBy}`);
        }
        const chart = newChart(this.sheet, stringArg(args, 0), range.rect, seriesBy);
        this.sheet.charts.push(chart);
        return new ChartNode(this.sheet, chart);
      }
      case "getItem": {
        const wanted = stringArg(args, 0).toLowerCase();
        return new ChartNode(this.sheet, this.found(this.sheet.charts.find((c) => c.name.toLowerCase() === wanted)));
      }
      case "getItemAt":
        return new ChartNode(this.sheet, this.found(this.sheet.charts[numberArg(args, 0)]));
      case "getCount":
        return this.sheet.charts.length;
      default:
        throw this.missing(name);
    }
  }
  private found(chart: FakeChart | undefined): FakeChart {
    if (chart === undefined) throw new ServerError("ItemNotFound", "The requested resource doesn't exist.", 404);
    return chart;
  }
}

class ChartNode extends Node {
  readonly type = "Chart";
  constructor(
    readonly sheet: FakeSheet,
    readonly chart: FakeChart,
  ) {
    super();
  }
  private live(): FakeChart {
    if (!this.sheet.charts.includes(this.chart)) {
      throw new ServerError("ItemNotFound", "The requested resource doesn't exist.", 404);
    }
    return this.chart;
  }
  override scalarNames(): string[] {
    return ["name", "chartType"];
  }
  override scalar(name: string): unknown {
    if (name === "name") return this.live().name;
    if (name === "chartType") return this.live().type;
    throw this.missing(name);
  }
  override set(name: string, value: unknown): void {
    if (name !== "name") throw this.missing(name);
    this.live().name = String(value);
  }
  override nav(name: string): Node {
    const chart = this.live();
    switch (name) {
      case "title":
        return new SettingsNode("ChartTitle", { text: (v) => void (chart.title = String(v)) });
      case "legend":
        return new SettingsNode("ChartLegend", { position: (v) => void (chart.legend = String(v)) });
      case "axes":
        return new AxesNode(chart);
      case "series":
        return new SeriesCollectionNode(chart);
      default:
        throw this.missing(name);
    }
  }
  override call(name: string, args: unknown[]): unknown {
    const chart = this.live();
    switch (name) {
      case "setPosition":
        chart.position = { start: cellArg(args, 0), end: args[1] === undefined ? null : cellArg(args, 1) };
        return undefined;
      case "delete":
        this.sheet.charts = this.sheet.charts.filter((c) => c !== chart);
        return undefined;
      default:
        throw this.missing(name);
    }
  }
}

/** A start or end cell: Office.js sends an address as text. */
function cellArg(args: readonly unknown[], i: number): string {
  const value = stringArg(args, i);
  if (!/^\$?[A-Z]{1,3}\$?\d+$/.test(value)) throw new ServerError("InvalidArgument", `not a cell: ${value}`);
  return value;
}

/** An object whose settable properties the lane keeps (a title's text, a legend's position). */
class SettingsNode extends Node {
  constructor(
    readonly type: string,
    readonly setters: Record<string, (value: unknown) => void>,
  ) {
    super();
  }
  override set(name: string, value: unknown): void {
    const setter = this.setters[name];
    if (setter === undefined) throw this.missing(name);
    setter(value);
  }
}

const AXIS_SETTINGS = ["numberFormat", "reversePlotOrder", "position"];

class AxesNode extends Node {
  readonly type = "ChartAxes";
  constructor(readonly chart: FakeChart) {
    super();
  }
  override nav(name: string): Node {
    if (name !== "valueAxis" && name !== "categoryAxis") throw this.missing(name);
    const setters: Record<string, (value: unknown) => void> = {};
    for (const key of AXIS_SETTINGS) setters[key] = (v) => void (this.chart.axes[`${name}.${key}`] = v);
    return new SettingsNode("ChartAxis", setters);
  }
}

class SeriesCollectionNode extends Node {
  readonly type = "ChartSeriesCollection";
  constructor(readonly chart: FakeChart) {
    super();
  }
  override items(): Node[] {
    return this.chart.series.map((s) => new SeriesNode(s));
  }
  override call(name: string, args: unknown[]): unknown {
    switch (name) {
      case "getItemAt": {
        const series = this.chart.series[numberArg(args, 0)];
        if (series === undefined) throw new ServerError("ItemNotFound", "The requested resource doesn't exist.", 404);
        return new SeriesNode(series);
      }
      case "add": {
        const series: FakeChartSeries = {
          name:
            args[0] === undefined || args[0] === null ? `Series${this.chart.series.length + 1}` : stringArg(args, 0),
          values: null,
          categories: null,
          color: null,
        };
        this.chart.series.push(series);
        return new SeriesNode(series);
      }
      default:
        throw this.missing(name);
    }
  }
}

class SeriesNode extends Node {
  readonly type = "ChartSeries";
  constructor(readonly series: FakeChartSeries) {
    super();
  }
  override set(name: string, value: unknown): void {
    if (name !== "name") throw this.missing(name);
    this.series.name = String(value);
  }
  override nav(name: string): Node {
    if (name !== "format") throw this.missing(name);
    return new SeriesFormatNode(this.series);
  }
  override call(name: string, args: unknown[]): unknown {
    const range = args[0];
    if (!(range instanceof RangeNode)) throw new ServerError("InvalidArgument", `${name} takes a range`);
    const reference = sheetReference(range.sheet.name, range.rect);
    if (name === "setValues") this.series.values = reference;
    else if (name === "setXAxisValues") this.series.categories = reference;
    else throw this.missing(name);
    return undefined;
  }
}

class SeriesFormatNode extends Node {
  readonly type = "ChartSeriesFormat";
  constructor(readonly series: FakeChartSeries) {
    super();
  }
  override nav(name: string): Node {
    if (name !== "fill") throw this.missing(name);
    return new FillNode(this.series);
  }
}

class FillNode extends Node {
  readonly type = "ChartFill";
  constructor(readonly series: FakeChartSeries) {
    super();
  }
  override call(name: string, args: unknown[]): unknown {
    if (name !== "setSolidColor") throw this.missing(name);
    this.series.color = stringArg(args, 0);
    return undefined;
  }
}

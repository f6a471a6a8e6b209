import { columnLetters, quoteSheet } from "../../../src/core/model/address";
import type { Area, FakeSheet } from "./state";

/**
 * Embedded charts as ET keeps them: a frame placed in points, the chart's type, title, legend,
 * axes by type, and series whose values are ranges (kept as `'汇总'!$C$5:$C$9`) or constants.
 */
export interface FakeEtSeries {
  name: string;
  values: string | null;
  xValues: string | null;
  /** BGR, as ET takes colours. */
  color: number | null;
}

export interface FakeEtChart {
  name: string;
  /** The frame in points, as `ChartObjects.Add` placed it. */
  frame: { left: number; top: number; width: number; height: number };
  chartType: number | null;
  hasTitle: boolean;
  title: string;
  hasLegend: boolean;
  legendPosition: number | null;
  /** Axis settings by axis type (1 category, 2 value) and property. */
  axes: Map<number, Record<string, unknown>>;
  series: FakeEtSeries[];
}

/** Default sizes in points: WPS's standard row (13.5) and a column of 8.38 characters. */
export const ROW_POINTS = 13.5;
const DEFAULT_CHARACTERS = 8.38;

/** A column's width in points: characters of the default font plus padding, at 96 dpi. */
export function columnPoints(sheet: FakeSheet, col: number): number {
  const characters = sheet.widths.get(col) ?? DEFAULT_CHARACTERS;
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Where an area sits on its sheet, in points, as `Range.Left/Top/Width/Height` give it. */
export function areaPoints(sheet: FakeSheet, area: Area): { left: number; top: number; width: number; height: number } {
  let left = 0;
  for (let c = 1; c < area.left; c++) left += columnPoints(sheet, c);
  let width = 0;
  for (let c = area.left; c <= area.right; c++) width += columnPoints(sheet, c);
  return {
    left,
    top: (area.top - 1) * ROW_POINTS,
    width,
    height: (area.bottom - area.top + 1) * ROW_POINTS,
  };
}

/**
 * The cells a chart's frame covers, when its edges fall on cell edges: `A20:K37`. What a person
 * sees as the chart's place on the sheet; null when the frame cuts through cells.
 */
export function frameCells(sheet: FakeSheet, chart: FakeEtChart): string | null {
  const { left, top, width, height } = chart.frame;
  const colAt = (points: number): number | null => {
    let edge = 0;
    for (let c = 1; c <= 16384; c++) {
      if (Math.abs(edge - points) < 0.01) return c;
      edge += columnPoints(sheet, c);
      if (edge > points + 1) return null;
    }
    return null;
  };
  const rowAt = (points: number): number | null => {
    const row = points / ROW_POINTS + 1;
    return Math.abs(row - Math.round(row)) < 0.001 ? Math.round(row) : null;
  };
  const firstCol = colAt(left);
  const pastCol = colAt(left + width);
  const firstRow = rowAt(top);
  const pastRow = rowAt(top + height);
  if (firstCol === null || pastCol === null || firstRow === null || pastRow === null) return null;
  return `${columnLetters(firstCol)}${firstRow}:${columnLetters(pastCol - 1)}${pastRow - 1}`;
}

export function reference(sheet: FakeSheet, area: Area): string {
  const cell = (row: number, col: number) => `$${columnLetters(col)}$${row}`;
  return `${quoteSheet(sheet.name)}!${cell(area.top, area.left)}:${cell(area.bottom, area.right)}`;
}

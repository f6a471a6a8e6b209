import { columnLetters, quoteSheet } from "../model/address";
import { CADRE_LEVELS } from "../rules/levels";
import type { TableColumns } from "./columns";
import { FIRST_DATA_ROW, HEADER_ROW, SUMMARY_SHEET } from "./kaoheSheets";
import type { SummaryColumn } from "./summarySheet";
import type { SpecialRows } from "./summarySections";
import type { PlanCell, PlanChart, PlanChartSeries, PlanLooseCell, PlanValue } from "./writePlan";

/** One colour per level, best first: blue, green, amber, red (explicit, for LibreOffice and WPS). */
export const LEVEL_COLORS = ["2E75B6", "70AD47", "FFC000", "C00000"] as const;

/**
 * Rows a chart takes on the sheet (its columns: as wide as the unit table): about a row per bar
 * and six for its title, axis and legend, so that three units do not print a half-empty page and
 * eighty do not squeeze their bars and names into the same height; at most what an A4 page
 * holds below 汇总's repeated title row, a chart being kept on one page (pageBreaks.ts).
 */
export function chartRows(bars: number): number {
  return Math.min(28, Math.max(12, bars + 6));
}

/**
 * 汇总's charts, one under the other below its blocks: the cadres' proposed grades per unit
 * (stacked bars over the unit table) and the special-report subjects' vote shares by level. A
 * chart over no rows is left out.
 */
export function summaryCharts(
  unitRows: readonly PlanCell[][],
  cols: TableColumns<SummaryColumn>,
  loose: readonly PlanLooseCell[],
  special: SpecialRows | null,
  top: number,
): PlanChart[] {
  const charts: PlanChart[] = [];
  const width = cols.lastCol() + 1;
  // The last row is the team pool, whose levels are not the cadres'.
  const units = unitRows.length - 1;
  const at = (row: number, bars: number) => ({ from: { row, col: 1 }, to: { row: row + chartRows(bars), col: width } });
  const column = (col: number) => unitRows.slice(0, units).map((r) => r[col - cols.firstCol]?.value ?? null);
  if (units > 0) {
    const last = FIRST_DATA_ROW + units - 1;
    const categories = range(cols.col("unit"), FIRST_DATA_ROW, last);
    charts.push({
      type: "stackedBar",
      title: "各单位领导干部建议等次",
      ...at(top, units),
      valueFormat: "0",
      series: ([0, 1, 2, 3] as const).map((l) => {
        const col = cols.col(`level${l}`);
        // The name from the grade block's cell that holds the level alone (the header says more).
        const named = loose.find((c) => c.col === 2 && c.value === CADRE_LEVELS[l]);
        return {
          name: CADRE_LEVELS[l],
          nameRef: range(2, named?.row ?? HEADER_ROW, named?.row ?? HEADER_ROW),
          categories,
          categoryCache: column(cols.col("unit")).map((v) => String(v ?? "")),
          values: range(col, FIRST_DATA_ROW, last),
          valueCache: column(col).map(numberOrNull),
          color: LEVEL_COLORS[l],
        };
      }),
    });
  }
  if (special !== null) {
    // The list's cells by place, found once: a find over all of 汇总's loose cells for each of the
    // list's cells grew with the list squared (about 50 ms for a district's few hundred special rows).
    const byPlace = new Map<string, PlanValue>();
    for (const c of loose) {
      if (c.row < special.first - 1 || c.row > special.last) continue;
      const place = `${c.row},${c.col}`;
      // The first cell of a place, as a find gave.
      if (!byPlace.has(place)) byPlace.set(place, c.value);
    }
    const cell = (row: number, col: number): PlanValue => byPlace.get(`${row},${col}`) ?? null;
    const rows = Array.from({ length: special.last - special.first + 1 }, (_, i) => special.first + i);
    const series: PlanChartSeries[] = ([0, 1, 2, 3] as const).map((l) => {
      const col = special.rateCol + l;
      return {
        name: String(cell(special.first - 1, col) ?? ""),
        nameRef: range(col, special.first - 1, special.first - 1),
        categories: range(1, special.first, special.last),
        categoryCache: rows.map((r) => String(cell(r, 1) ?? "")),
        values: range(col, special.first, special.last),
        valueCache: rows.map((r) => numberOrNull(cell(r, col))),
        color: LEVEL_COLORS[l],
      };
    });
    const row = charts.length > 0 ? top + chartRows(units) + 1 : top;
    charts.push({
      type: "percentStackedBar",
      title: "需专题报告对象的测评票构成",
      ...at(row, rows.length),
      valueFormat: "0%",
      series,
    });
  }
  return charts;
}

/** `'汇总'!$B$5:$B$9` */
function range(col: number, first: number, last: number): string {
  const l = columnLetters(col);
  return `${quoteSheet(SUMMARY_SHEET)}!$${l}$${first}:$${l}$${last}`;
}

function numberOrNull(value: PlanValue): number | null {
  return typeof value === "number" ? value : null;
}

import { join } from "node:path";
import ExcelJS from "exceljs";
import type { GridValue, SheetGrid } from "../../src/core/model/sheetGrid";
import { BALLOT_HEADER, BALLOT_TITLE, ballotRows } from "./ballotRows";
import { ROSTER_HEADER, ROSTER_TITLE, rosterRows } from "./rosterRows";
import type { DistrictShape } from "./shape";

/**
 * A generated district as the two workbooks a clerk hands in (a roster and a long-layout
 * ballot tally, each under a merged title row), or as the grids the ExcelJS reader would make
 * of them, for stages that start after reading.
 */
export interface DistrictFiles {
  roster: string;
  ballots: string;
}

interface SheetSpec {
  sheet: string;
  title: string;
  header: string[];
  rows: GridValue[][];
}

function specs(shape: DistrictShape): { roster: SheetSpec; ballots: SheetSpec } {
  return {
    roster: { sheet: "名册", title: ROSTER_TITLE, header: ROSTER_HEADER, rows: rosterRows(shape) },
    ballots: { sheet: "测评汇总", title: BALLOT_TITLE, header: BALLOT_HEADER, rows: ballotRows(shape) },
  };
}

function cellValue(value: GridValue): ExcelJS.CellValue {
  if (value === null || typeof value !== "object") return value;
  if (value.kind === "date") return new Date(Date.UTC(value.y, value.m - 1, value.d));
  return { error: value.code as ExcelJS.CellErrorValue["error"] };
}

/**
 * Written with ExcelJS's streaming writer and shared strings, as Excel itself stores text:
 * the reader then meets the same structure as in a clerk's file, and generating the stress
 * case does not take longer than measuring it.
 */
async function writeSheetFile(path: string, spec: SheetSpec): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const ws = workbook.addWorksheet(spec.sheet, { views: [{ state: "frozen", ySplit: 2 }] });
  ws.columns = spec.header.map((h) => ({ width: Math.max(8, h.length * 2 + 2) }));
  const title = ws.addRow([spec.title]);
  title.font = { bold: true, size: 16 };
  ws.mergeCells(1, 1, 1, spec.header.length);
  title.commit();
  const header = ws.addRow(spec.header);
  header.font = { bold: true };
  header.commit();
  for (const values of spec.rows) {
    const row = ws.addRow(values.map(cellValue));
    values.forEach((v, j) => {
      if (typeof v === "object" && v !== null && v.kind === "date") row.getCell(j + 1).numFmt = "yyyy-mm-dd";
    });
    row.commit();
  }
  ws.commit();
  await workbook.commit();
}

export async function writeDistrict(dir: string, shape: DistrictShape): Promise<DistrictFiles> {
  const files = {
    roster: join(dir, `district-${shape.cadres}-roster.xlsx`),
    ballots: join(dir, `district-${shape.cadres}-ballots.xlsx`),
  };
  const { roster, ballots } = specs(shape);
  await writeSheetFile(files.roster, roster);
  await writeSheetFile(files.ballots, ballots);
  return files;
}

/** A province's workbooks: its ballots in several files, none of them beyond Kaohe's input limits. */
export interface ProvinceFiles {
  roster: string;
  ballots: string[];
}

/**
 * A province (100,000 cadres, about 517,000 tally rows) as a clerk would hand it in: one roster,
 * and the tally split into workbooks of at most `rowsPerFile` rows each (every one with its
 * title and header rows), as a tally that large exceeds what one workbook may hold (INPUT_LIMITS).
 */
export async function writeProvince(dir: string, shape: DistrictShape, rowsPerFile: number): Promise<ProvinceFiles> {
  const { roster, ballots } = specs(shape);
  const rosterPath = join(dir, `province-${shape.cadres}-roster.xlsx`);
  await writeSheetFile(rosterPath, roster);
  const paths: string[] = [];
  for (let start = 0; start < ballots.rows.length; start += rowsPerFile) {
    const path = join(dir, `province-${shape.cadres}-ballots-${paths.length + 1}.xlsx`);
    await writeSheetFile(path, { ...ballots, rows: ballots.rows.slice(start, start + rowsPerFile) });
    paths.push(path);
  }
  return { roster: rosterPath, ballots: paths };
}

function gridOf(file: string, spec: SheetSpec): SheetGrid {
  const width = spec.header.length;
  const title: GridValue[] = [spec.title, ...new Array<GridValue>(width - 1).fill(null)];
  return {
    file,
    sheet: spec.sheet,
    originRow: 1,
    originCol: 1,
    values: [title, spec.header, ...spec.rows],
    merges: [{ top: 0, left: 0, bottom: 0, right: width - 1 }],
    date1904: false,
  };
}

/** The grids the ExcelJS reader makes of the district's two workbooks, without writing them. */
export function districtGrids(shape: DistrictShape): { roster: SheetGrid; ballots: SheetGrid } {
  const { roster, ballots } = specs(shape);
  return {
    roster: gridOf(`district-${shape.cadres}-roster.xlsx`, roster),
    ballots: gridOf(`district-${shape.cadres}-ballots.xlsx`, ballots),
  };
}

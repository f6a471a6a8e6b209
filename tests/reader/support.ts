import { join } from "node:path";
import type { Finding } from "../../src/core/findings/finding";
import { sourceCell, type SourceRef } from "../../src/core/model/roster";
import type { GridValue, MergedArea, SheetGrid } from "../../src/core/model/sheetGrid";
import type { TallyRow } from "../../src/core/model/tally";
import { readWorkbookFile, type WorkbookGrids } from "../../src/hosts/exceljs/readWorkbook";

export const SAMPLES_DIR = join(__dirname, "..", "..", "samples");
export const FIXTURES_DIR = join(__dirname, "..", "fixtures", "reader");

export function readSample(name: string): Promise<WorkbookGrids> {
  return readWorkbookFile(join(SAMPLES_DIR, name));
}

/** An odd-case workbook written by scripts/makeReaderFixtures.ts. */
export function readFixture(name: string): Promise<WorkbookGrids> {
  return readWorkbookFile(join(FIXTURES_DIR, name));
}

/**
 * A tally's figures in the order the tests write them, shortest to read side by side:
 * [subject, unit, team?, category, issued, returned, valid, counts, abstain].
 */
export function tallyFigures(t: TallyRow) {
  return [t.subjectName, t.subjectUnit, t.isTeam, t.category, t.issued, t.returned, t.valid, t.counts, t.abstain];
}

/**
 * A row's source with the A1 cell of every field it recorded spelt out, whether the reader
 * kept it as a column of the sheet's column table or as a cell of its own (`sourceCell`).
 */
export function spelledSource(source: SourceRef | undefined) {
  if (source === undefined) return undefined;
  const cells: Record<string, string> = {};
  for (const field of new Set([...Object.keys(source.columns ?? {}), ...Object.keys(source.cells)])) {
    const cell = sourceCell(source, field);
    if (cell !== undefined) cells[field] = cell;
  }
  return { file: source.file, sheet: source.sheet, row: source.row, cells };
}

/** Findings as `code@cell` strings: the shortest way to assert what was reported where. */
export function codesAt(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.code}@${f.cell ?? "-"}`);
}

/** A grid from A1, for tests that build sheets in code. */
export function grid(
  values: GridValue[][],
  options: { sheet?: string; file?: string; merges?: MergedArea[]; originRow?: number; originCol?: number } = {},
): SheetGrid {
  return {
    file: options.file ?? "test.xlsx",
    sheet: options.sheet ?? "Sheet1",
    originRow: options.originRow ?? 1,
    originCol: options.originCol ?? 1,
    values,
    merges: options.merges ?? [],
    date1904: false,
  };
}

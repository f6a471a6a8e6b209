import { join } from "node:path";
import type { SheetGrid } from "../../../src/core/model/sheetGrid";
import { readWorkbookFile } from "../../../src/hosts/exceljs/readWorkbook";

/** The four sample workbooks as the ExcelJS host reads them, once per test file. */
export const SAMPLES = join(__dirname, "..", "..", "..", "samples");
export const ROSTER_SAMPLE = join(SAMPLES, "roster-sample.xlsx");
export const BALLOT_SAMPLES = ["long", "wide", "raw"].map((layout) => join(SAMPLES, `ballots-${layout}-sample.xlsx`));

export interface SampleGrids {
  roster: SheetGrid[];
  ballots: SheetGrid[];
}

let loaded: Promise<SampleGrids> | null = null;

export function sampleGrids(): Promise<SampleGrids> {
  loaded ??= (async () => {
    const roster = await readWorkbookFile(ROSTER_SAMPLE);
    const ballots = await Promise.all(BALLOT_SAMPLES.map((path) => readWorkbookFile(path)));
    return { roster: roster.grids, ballots: ballots.flatMap((b) => b.grids) };
  })();
  return loaded;
}

/** The cadres' names and ID numbers in the roster sample (team rows name no person): data that must never reach a log. */
export async function samplePersonnel(): Promise<{ names: string[]; ids: string[] }> {
  const [roster] = (await sampleGrids()).roster;
  const rows = roster?.values.slice(2) ?? [];
  const text = (v: unknown) => (typeof v === "string" ? v.replace(/[\s\u3000]/g, "") : "");
  return {
    names: rows.map((r) => text(r[1])).filter((n) => n !== "" && !n.endsWith("领导班子")),
    ids: rows.map((r) => text(r[4])).filter((id) => /^\d{17}[\dX]$/.test(id)),
  };
}

/** A copy of a grid with its rows copied too, so a mutation never reaches the cached samples. */
export function copyGrid(grid: SheetGrid, patch: Partial<SheetGrid> = {}): SheetGrid {
  return { ...grid, values: grid.values.map((row) => [...row]), merges: [...grid.merges], ...patch };
}

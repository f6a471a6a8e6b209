/**
 * How many generated workbooks a property of streamWorkbook.test.ts tries. browserReaderSuites.test.ts
 * runs that suite a second time with the preview's pieces in place of the command line's: fflate's
 * inflation and ExcelJS's workbook class from its browser bundle. For the properties whose zips are
 * intact, what is under test there is the same parser code that the command line's run of the suite
 * already held to the document reader over the full count, so a third of the cases is enough to catch
 * a piece that differs (each case costs both readers; the full count took about 20 s of CPU again).
 * Damaged zips, where the inflaters do differ, keep their full count.
 */
let share = 1;

/** Called by useBrowserReader.ts, before the suites it re-runs are loaded. */
export function fewerRunsWithBrowserPieces(): void {
  share = 1 / 3;
}

export function intactZipRuns(runs: number): number {
  return Math.ceil(runs * share);
}

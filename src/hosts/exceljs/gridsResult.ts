import { sheetExtentProblem, workbookCellsProblem } from "../../core/limits";
import type { SheetGrid } from "../../core/model/sheetGrid";
import { withDeclaredDateSystem } from "./date1904";
import { extentOf, type Bounds } from "./gridFromWorksheet";
import type { WorkbookGrids } from "./readWorkbook";
import { NoSheetsError, WorkbookTooLargeError } from "./readWorkbookErrors";
import { contentNotKept, zipPartNames } from "./readWorkbookParts";
import type { WorkbookFlags } from "./workbookScan";

/**
 * The last steps both readers share (the document reader and the command line's streaming one),
 * so that they refuse and answer alike: the used ranges checked against INPUT_LIMITS before any
 * grid of that size is built, then the grids with the date system the file declares. A workbook
 * of no sheet is refused (NoSheetsError), as roster or as ballots, never read as nothing. Kaohe's
 * own sheets (`own`, already reduced to what a re-run reads) are not input and count for nothing.
 */
export function checkUsedRanges(
  fileName: string,
  sheets: ReadonlyArray<{ name: string; used: Bounds | null; own?: boolean }>,
): void {
  let cells = 0;
  for (const sheet of sheets) {
    if (sheet.own === true) continue;
    const extent = extentOf(sheet.used);
    cells += extent.rows * extent.cols;
    const problem = sheetExtentProblem(fileName, sheet.name, extent) ?? workbookCellsProblem(fileName, cells);
    if (problem !== null) throw new WorkbookTooLargeError(problem);
  }
}

/**
 * `gridsAs(readAs1904)` builds the grids with the system ExcelJS read the dates through (the
 * grids carry it for serials typed as text); date1904.ts then corrects a `true` ExcelJS missed.
 */
export function workbookGrids(
  fileName: string,
  bytes: Uint8Array,
  flags: WorkbookFlags,
  readAs1904: boolean,
  gridsAs: (date1904: boolean) => SheetGrid[],
): WorkbookGrids {
  const { date1904, grids } = withDeclaredDateSystem(gridsAs(readAs1904), readAs1904, flags.date1904);
  if (grids.length === 0) throw new NoSheetsError(fileName);
  return {
    file: fileName,
    date1904,
    grids,
    notKept: contentNotKept(zipPartNames(bytes)),
    structureLocked: flags.structureLocked,
  };
}

import type { OpenedWorkbook, WorkbookGrids } from "../hosts/exceljs/readWorkbook";

/**
 * Progress on stderr for long runs, so that a clerk waiting on a district-sized tally sees that
 * the job moves. Small inputs take a moment and print nothing: stdout keeps the summary, and
 * stderr stays empty unless something is wrong. Lines hold file names and sizes only.
 */

/**
 * Sheets of this many unpacked bytes, as the file states them, take a second or more to read:
 * about 100,000 cells of a tally. Told by the size, not by a count of cells: counting would
 * unpack every sheet twice (workbookScan.ts), a tenth of a district's run.
 */
export const LONG_RUN_SHEET_BYTES = 3_000_000;

const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);

export class Progress {
  private long = false;

  constructor(private readonly err: (line: string) => void) {}

  /** A workbook opened: from here on the run reports its steps when this one is large. */
  opened(file: string, opened: OpenedWorkbook): void {
    if (opened.sheetBytes < LONG_RUN_SHEET_BYTES) return;
    this.long = true;
    this.err(`正在读取 ${file}：工作表数据 ${megabytes(opened.sheetBytes)} MB，请稍候…`);
  }

  /** A workbook read: its longest sheet's rows, now counted (they were not before reading: see LONG_RUN_SHEET_BYTES). */
  read(file: string, workbook: WorkbookGrids): void {
    let rows = 0;
    for (const grid of workbook.grids) rows = Math.max(rows, grid.values.length);
    this.step(`已读取 ${file}：最长的工作表 ${rows.toLocaleString("en-US")} 行`);
  }

  step(line: string): void {
    if (this.long) this.err(line);
  }
}

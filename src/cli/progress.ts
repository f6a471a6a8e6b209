import type { WorkbookScan } from "../hosts/exceljs/workbookScan";

/**
 * Progress on stderr for long runs, so that a clerk waiting on a district-sized tally sees that
 * the job moves. Small inputs take a moment and print nothing: stdout keeps the summary, and
 * stderr stays empty unless something is wrong. Lines hold file names and counts only.
 */
export const LONG_RUN_CELLS = 100_000;

const count = (n: number) => n.toLocaleString("en-US");

export class Progress {
  private long = false;

  constructor(private readonly err: (line: string) => void) {}

  /** A workbook looked into: from here on the run reports its steps when this one is large. */
  scanned(file: string, scan: WorkbookScan): void {
    if (scan.storedCells < LONG_RUN_CELLS) return;
    this.long = true;
    this.err(
      `正在读取 ${file}：${count(scan.storedCells)} 个单元格，最长的工作表 ${count(scan.tallestSheetRows)} 行，请稍候…`,
    );
  }

  step(line: string): void {
    if (this.long) this.err(line);
  }
}

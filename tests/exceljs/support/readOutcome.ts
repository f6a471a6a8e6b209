import type { WorkbookGrids } from "../../../src/hosts/exceljs/readWorkbook";

/** What a reader made of a workbook: its grids, or the error it refused it with (name and message). */
export type Outcome = { read: WorkbookGrids } | { error: string; message: string };

/** The outcome of one read, so that two readers' answers (grids or refusal) compare with one `toEqual`. */
export async function outcome(read: () => Promise<WorkbookGrids>): Promise<Outcome> {
  try {
    return { read: await read() };
  } catch (error) {
    return { error: (error as Error).name, message: (error as Error).message };
  }
}

import ExcelJS from "exceljs";
import type { GridValue } from "../../src/core/model/sheetGrid";
import { gridValue } from "../../src/hosts/exceljs/gridFromWorksheet";
import { readWorkbookFile } from "../../src/hosts/exceljs/readWorkbook";
import { reportStage, settledRssMb, timed } from "../harness/stageResult";

/**
 * What would beat ExcelJS's reader on a ballot workbook (`npx tsx --expose-gc
 * bench/experiments/readVariants.ts FILE VARIANT`). Variants:
 *   host    the ExcelJS host as it is: the whole workbook loaded, then turned into grids
 *   stream  ExcelJS's streaming reader, rows turned into grid values as they arrive; it does
 *           not report merged cells, which the reader needs for two-row headers
 */
async function streamedValues(file: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  let cells = 0;
  for await (const worksheet of reader) {
    const values: GridValue[][] = [];
    for await (const row of worksheet) {
      const line: GridValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => (line[col - 1] = gridValue(cell.value)));
      values[row.number - 1] = line;
      cells += line.length;
    }
  }
  return cells;
}

async function main(file: string, variant: string): Promise<void> {
  const baseMb = settledRssMb();
  const read = await timed(async () =>
    variant === "stream"
      ? streamedValues(file)
      : (await readWorkbookFile(file)).grids.reduce((n, g) => n + g.values.length * (g.values[0]?.length ?? 0), 0),
  );
  reportStage({ baseMb, readMs: read.ms, cells: read.value });
}

const [file = "", variant = "host"] = process.argv.slice(2);
void main(file, variant);

/**
 * Writes the reader's odd-case workbooks (tests/fixtures/reader/*.xlsx) from their specs, so
 * that each file can be regenerated and reviewed as data: `npx tsx scripts/makeReaderFixtures.ts`.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { BALLOT_CASES } from "../tests/fixtures/reader/ballotCases";
import type { WorkbookSpec } from "../tests/fixtures/reader/fixtureSpec";
import { PER_BALLOT_CASES } from "../tests/fixtures/reader/perBallotCases";
import { REAL_SHAPE_CASES } from "../tests/fixtures/reader/realShapeCases";
import { ROSTER_CASES } from "../tests/fixtures/reader/rosterCases";

const OUT_DIR = join(__dirname, "..", "tests", "fixtures", "reader");

async function writeCase(spec: WorkbookSpec): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = spec.date1904 === true;
  for (const sheet of spec.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const cell = worksheet.getCell(r + 1, c + 1);
        cell.value = value;
        if (value instanceof Date) cell.numFmt = "yyyy-mm-dd";
      });
    });
    for (const range of sheet.merges ?? []) worksheet.mergeCells(range);
  }
  await workbook.xlsx.writeFile(join(OUT_DIR, spec.file));
}

async function main(): Promise<void> {
  for (const spec of [...ROSTER_CASES, ...BALLOT_CASES, ...PER_BALLOT_CASES, ...REAL_SHAPE_CASES]) {
    await writeCase(spec);
    console.log(`${spec.file}: ${spec.purpose}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { INPUT_LIMITS } from "../../src/core/limits";
import { readWorkbookBuffer } from "../../src/hosts/exceljs/readWorkbook";
import { WorkbookTooLargeError } from "../../src/hosts/exceljs/readWorkbookErrors";
import { filesIn, review, tempDir } from "./support/cliRun";
import { FuzzTally } from "./support/fuzzTally";
import { BALLOT_SAMPLES, ROSTER_SAMPLE } from "./support/sampleGrids";
import { partText, withParts, zip } from "./support/zipFile";

/**
 * Files as they arrive, not as Excel writes them: cut short, bytes overwritten, two sheets of
 * one name, a stray value in the last cell of the sheet, a small file that unpacks to millions
 * of cells. The command line answers each with exit 0 or with exit 2 and one Chinese line; a
 * workbook beyond INPUT_LIMITS is refused before it is loaded.
 */
// ExcelJS's loader, to show that a workbook beyond the limits is refused without being loaded.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- ExcelJS's internal class has no typings
const XLSX = require("exceljs/lib/xlsx/xlsx") as { prototype: { load: (...args: unknown[]) => Promise<unknown> } };

const tally = new FuzzTally("damaged-files");
afterAll(() => tally.write());

function answeredClearly(result: { status: number; err: string[] }): void {
  expect([0, 2]).toContain(result.status);
  if (result.status === 2) {
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(/[\u4e00-\u9fff]/);
  }
}

test("damaged copies of the sample workbooks: exit 0 or exit 2 with one Chinese line, never a crash", async () => {
  const files = [ROSTER_SAMPLE, ...BALLOT_SAMPLES].map((path) => new Uint8Array(readFileSync(path)));
  const damage = fc.record({
    file: fc.integer({ min: 0, max: files.length - 1 }),
    kind: fc.constantFrom("truncate", "overwrite", "zero"),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 400 }),
    byte: fc.integer({ min: 0, max: 255 }),
  });
  const dir = tempDir();
  let run = 0;
  await fc.assert(
    fc.asyncProperty(damage, async (d) => {
      run += 1;
      const bytes = (files[d.file] as Uint8Array).slice();
      const at = Math.floor(d.at * bytes.length);
      const damaged =
        d.kind === "truncate" ? bytes.slice(0, at) : bytes.fill(d.kind === "zero" ? 0 : d.byte, at, at + d.length);
      const paths = [ROSTER_SAMPLE, ...BALLOT_SAMPLES];
      paths[d.file] = join(dir, `损坏-${d.file}.xlsx`);
      writeFileSync(paths[d.file] as string, damaged);
      const out = `out-${run}.xlsx`;
      const result = await review({ roster: paths[0] as string, ballots: paths.slice(1), out: join(dir, out) });
      tally.recordExit(result.status);
      answeredClearly(result);
      expect(filesIn(dir).includes(out)).toBe(result.status === 0);
    }),
    { numRuns: 30 },
  );
}, 60_000);

test("a workbook naming two sheets alike is reported as damaged, in one Chinese line", async () => {
  const dir = tempDir();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(ROSTER_SAMPLE);
  workbook.addWorksheet("名册二").getCell("A1").value = "副本";
  const twice = withParts(new Uint8Array(await workbook.xlsx.writeBuffer()), (parts) => {
    parts.set(
      "xl/workbook.xml",
      Buffer.from(partText(parts, "xl/workbook.xml").replace('name="名册二"', 'name="名册"')),
    );
  });
  writeFileSync(join(dir, "同名.xlsx"), twice);
  const result = await review({ roster: join(dir, "同名.xlsx"), out: join(dir, "out.xlsx") });
  expect(result.status).toBe(2);
  expect(result.err).toEqual(["同名.xlsx不是 .xlsx 工作簿，或文件已损坏"]);
});

test("one stray value in the sheet's last cell: the used range is refused by the limit, with where it ends", async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(ROSTER_SAMPLE);
  const ws = workbook.getWorksheet("名册");
  if (ws) ws.getCell("XFD1048576").value = "x";
  const dir = tempDir();
  writeFileSync(join(dir, "远处.xlsx"), new Uint8Array(await workbook.xlsx.writeBuffer()));
  const result = await review({ roster: join(dir, "远处.xlsx"), out: join(dir, "out.xlsx") });
  expect(result.status).toBe(2);
  expect(result.err).toHaveLength(1);
  expect(result.err[0]).toContain("已用区域到 XFD1048576（1,048,576 行 × 16,384 列），超出上限");
  expect(filesIn(dir)).toEqual(["远处.xlsx"]);
});

test("used ranges beyond the row limit, or together beyond the cell limit, are refused before grids are built", async () => {
  const tall = new ExcelJS.Workbook();
  const sheet = tall.addWorksheet("测评");
  sheet.getCell("A1").value = "姓名";
  sheet.getCell(INPUT_LIMITS.rowsPerSheet + 1, 1).value = "合计";
  await expect(readWorkbookBuffer(await tall.xlsx.writeBuffer(), "高.xlsx")).rejects.toThrow(
    `“测评”已用区域到 A${INPUT_LIMITS.rowsPerSheet + 1}（200,001 行 × 1 列）`,
  );
  const wide = new ExcelJS.Workbook();
  for (const name of ["甲", "乙"]) {
    const ws = wide.addWorksheet(name);
    ws.getCell("A1").value = "姓名";
    ws.getCell(150_000, 11).value = "合计";
  }
  const refused = readWorkbookBuffer(await wide.xlsx.writeBuffer(), "宽.xlsx");
  await expect(refused).rejects.toBeInstanceOf(WorkbookTooLargeError);
  await expect(refused).rejects.toThrow("宽.xlsx共有 3,300,000 个单元格，超出上限");
});

test("a small file that unpacks to more cells than the limit is refused without being loaded", async () => {
  const cells = INPUT_LIMITS.cellsPerWorkbook + 20;
  const row = (r: number) => `<row r="${r}">${"<c><v>1</v></c>".repeat(20)}</row>`;
  const sheetXml = `<worksheet><sheetData>${Array.from({ length: cells / 20 }, (_, i) => row(i + 1)).join("")}</sheetData></worksheet>`;
  const bomb = zip(
    new Map([
      ["[Content_Types].xml", "<Types/>"],
      ["xl/workbook.xml", '<workbook><sheets><sheet name="票" sheetId="1" r:id="rId1"/></sheets></workbook>'],
      ["xl/worksheets/sheet1.xml", sheetXml],
    ]),
  );
  expect(bomb.length).toBeLessThan(sheetXml.length / 50);
  const load = jest.spyOn(XLSX.prototype, "load");
  try {
    await expect(readWorkbookBuffer(bomb, "小文件.xlsx")).rejects.toThrow(
      /小文件.xlsx共有 3,000,\d{3} 个单元格，超出上限/,
    );
    expect(load).not.toHaveBeenCalled();
  } finally {
    load.mockRestore();
  }
});

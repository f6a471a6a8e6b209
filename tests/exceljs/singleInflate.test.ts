import { readFileSync } from "node:fs";
import fc from "fast-check";
import { INPUT_LIMITS } from "../../src/core/limits";
import { CellCount } from "../../src/hosts/exceljs/cellCount";
import {
  readWorkbookBuffer,
  type OpenedWorkbook,
  type ReadOptions,
  type WorkbookGrids,
} from "../../src/hosts/exceljs/readWorkbook";
import { NotAWorkbookError, WorkbookTooLargeError } from "../../src/hosts/exceljs/readWorkbookErrors";
import { readWorkbookStreamingWith } from "../../src/hosts/exceljs/streamWorkbook";
import { nodeStreamPieces, readWorkbookStreaming } from "../../src/hosts/exceljs/streamWorkbookNode";
import type { PartInflater } from "../../src/hosts/exceljs/streamWorkbookPackage";
import { CELL_BYTES_AT_LEAST, cellsAtMost } from "../../src/hosts/exceljs/workbookScan";
import { storedBytes, zipEntries } from "../../src/hosts/exceljs/zipEntries";
import { bombedRoster, sampleSplit } from "../hardening/support/zipBomb";
import { ROSTER_SAMPLE } from "../plan/samples";

/**
 * The streaming reader unpacks a worksheet once when the directory's stated sizes already prove
 * its cells within INPUT_LIMITS; twice (a count first) when
 * they do not. Told apart by inflaters that record what they unpack, the scan's and the reader's.
 */
const SHEET = "xl/worksheets/sheet1.xml";

interface Unpacking {
  /** Deflated bytes of the part, as the inflater was given them. */
  input: Buffer;
  /** Unpacked bytes handed on before the consumer stopped. */
  out: number;
  done: boolean;
}

function recording(into: Unpacking[]): PartInflater {
  return async function* (deflated) {
    const unpacking: Unpacking = { input: Buffer.from(deflated), out: 0, done: false };
    into.push(unpacking);
    for await (const chunk of nodeStreamPieces.inflate(deflated)) {
      unpacking.out += chunk.length;
      yield chunk;
    }
    unpacking.done = true;
  };
}

/** The file read with recording inflaters: what it read (or the error), and each part's unpackings by the scan and by the reader. */
async function readRecorded(bytes: Uint8Array, options: ReadOptions = {}) {
  const scan: Unpacking[] = [];
  const read: Unpacking[] = [];
  const pieces = { ...nodeStreamPieces, inflate: recording(read), countInflate: recording(scan) };
  const result = await readWorkbookStreamingWith(pieces, bytes, "名册.xlsx", options).catch((e: unknown) => e);
  const entry = zipEntries(bytes).find((e) => e.name === SHEET);
  const stored = entry === undefined ? null : storedBytes(bytes, entry);
  if (stored === null) throw new Error("no sheet part");
  const of = (list: Unpacking[]) => list.filter((u) => u.input.equals(stored));
  return { result, sheetByScan: of(scan), sheetByReader: of(read) };
}

test("no counted cell takes fewer unpacked bytes than CELL_BYTES_AT_LEAST, prefixes and odd spacing included", () => {
  const token = fc.constantFrom(
    "<c>",
    "<c/",
    "<c/>",
    "<c ",
    "<x:c>",
    "<c\t",
    "<row>",
    "<v>1</v>",
    "</c>",
    "<",
    "c",
    " ",
  );
  fc.assert(
    fc.property(fc.array(token, { maxLength: 200 }), (tokens) => {
      const bytes = Buffer.from(tokens.join(""), "utf8");
      const count = new CellCount();
      count.add(bytes);
      count.end();
      expect(count.cells).toBeLessThanOrEqual(cellsAtMost([bytes.length]));
    }),
  );
  // The bound is tight: three bytes a cell are counted as three bytes a cell.
  const tightest = Buffer.from("<c>".repeat(1000));
  const count = new CellCount();
  count.add(tightest);
  expect(count.cells).toBe(tightest.length / CELL_BYTES_AT_LEAST);
});

test("a small workbook's sheet is unpacked once, by the reader, its stated size told before", async () => {
  const bytes = new Uint8Array(readFileSync(ROSTER_SAMPLE));
  const opened: OpenedWorkbook[] = [];
  const once = await readRecorded(bytes, { onOpened: (o) => opened.push(o) });
  expect(once.sheetByScan).toHaveLength(0);
  expect(once.sheetByReader.map((u) => u.done)).toEqual([true]);
  const sheetSize = zipEntries(bytes).find((e) => e.name === SHEET)?.size ?? 0;
  expect(opened).toEqual([{ sheetBytes: sheetSize }]);
  // The same grids as the document reader's, which counts the cells first.
  const counted = await readWorkbookBuffer(bytes, "名册.xlsx");
  expect((once.result as WorkbookGrids).grids).toEqual(counted.grids);
});

test("a sheet that unpacks past its stated size is refused as damaged, mid-stream, not read", async () => {
  const { head, tail } = sampleSplit(SHEET, "</sheetData>");
  const part = { name: SHEET, head, unit: " ", times: 64 * 1024 * 1024, tail };
  const bytes = await bombedRoster(part, (entry) => ({ ...entry, size: head.length }));
  const { result, sheetByScan, sheetByReader } = await readRecorded(bytes);
  expect(result).toBeInstanceOf(NotAWorkbookError);
  expect((result as Error).message).toBe("名册.xlsx不是 .xlsx 工作簿，或文件已损坏");
  // Left to the reader on the strength of its stated size, which stopped at the first chunk past it.
  expect(sheetByScan).toHaveLength(0);
  expect(sheetByReader.map((u) => u.done)).toEqual([false]);
  expect(sheetByReader[0]?.out).toBeLessThan(head.length + 1024 * 1024);
  // The command line's reader says the same.
  await expect(readWorkbookStreaming(bytes, "名册.xlsx")).rejects.toThrow("名册.xlsx不是 .xlsx 工作簿，或文件已损坏");
}, 60_000);

test("a workbook beyond the cell limit is still counted first and refused before its sheets are read", async () => {
  const { head, tail } = sampleSplit(SHEET, "</sheetData>");
  const cells = INPUT_LIMITS.cellsPerWorkbook + 1;
  const bytes = await bombedRoster({ name: SHEET, head, unit: "<c/>", times: cells, tail });
  const { result, sheetByScan, sheetByReader } = await readRecorded(bytes);
  expect(result).toBeInstanceOf(WorkbookTooLargeError);
  expect((result as Error).message).toMatch(/^名册\.xlsx共有 3,000,\d{3} 个单元格，超出上限/);
  expect(sheetByScan).toHaveLength(1);
  // The reader looked at its head rows only (whether it is one of Kaohe's own sheets).
  expect(sheetByReader.every((u) => !u.done)).toBe(true);
}, 60_000);

test("a sheet part the scan does not take for a worksheet, but the reader does, has the cells counted", async () => {
  // `a/xl/worksheets/sheet2.xml` is a sheet to ExcelJS's pattern, not to the scan's: the two
  // directories' views differ, so the stated sizes prove nothing and the count is made.
  // That part is stated large enough to hold more cells than the limit, to the reader's view only.
  const { head, tail } = sampleSplit(SHEET, "</sheetData>");
  const times = CELL_BYTES_AT_LEAST * (INPUT_LIMITS.cellsPerWorkbook + 1);
  const bytes = await bombedRoster({ name: "a/xl/worksheets/sheet2.xml", head, unit: " ", times, tail });
  const { sheetByScan } = await readRecorded(bytes);
  expect(sheetByScan).toHaveLength(1);
});

test("a part any reader takes for a sheet counts toward the cell limit, wherever in the package it lies", async () => {
  // ExcelJS and the streaming reader read `a/xl/worksheets/sheet2.xml` as a sheet (their pattern
  // is unanchored); before, only `xl/worksheets/*.xml` was counted, so such a part's cells were
  // read without the limit before reading.
  const { head, tail } = sampleSplit(SHEET, "</sheetData>");
  const cells = INPUT_LIMITS.cellsPerWorkbook + 1;
  const bytes = await bombedRoster({ name: "a/xl/worksheets/sheet2.xml", head, unit: "<c/>", times: cells, tail });
  const tooMany = /^名册\.xlsx共有 3,000,\d{3} 个单元格，超出上限/;
  const { result, sheetByReader } = await readRecorded(bytes);
  expect(result).toBeInstanceOf(WorkbookTooLargeError);
  expect((result as Error).message).toMatch(tooMany);
  expect(sheetByReader.every((u) => !u.done)).toBe(true);
  await expect(readWorkbookBuffer(bytes, "名册.xlsx")).rejects.toThrow(tooMany);
}, 60_000);

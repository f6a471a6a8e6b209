// Slow: both readers on every workbook the project has plus a few hundred property-generated workbooks.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { INPUT_LIMITS } from "../../src/core/limits";
import { applyPlanToWorkbook } from "../../src/hosts/exceljs/applyPlan";
import { readWorkbookBuffer, type OpenedWorkbook, type WorkbookGrids } from "../../src/hosts/exceljs/readWorkbook";
import { zipEntries } from "../../src/hosts/exceljs/zipEntries";
import { readWorkbookStreaming } from "../../src/hosts/exceljs/streamWorkbookNode";
import { districtShape } from "../../bench/district/shape";
import { writeDistrict } from "../../bench/district/writeDistrict";
import { BALLOT_CASES } from "../fixtures/reader/ballotCases";
import type { WorkbookSpec } from "../fixtures/reader/fixtureSpec";
import { ROSTER_CASES } from "../fixtures/reader/rosterCases";
import {
  longBallotsArb,
  noiseGridArb,
  rawBallotsArb,
  rosterGridArb,
  wideBallotsArb,
} from "../hardening/support/gridArbitraries";
import { mutate, mutationArb } from "../hardening/support/mutations";
import { belowHeadEnd, damagedBody, kaohePartKinds, rerunKeepsHeadOnly } from "../hardening/support/damagedBody";
import { sampleGrids } from "../hardening/support/sampleGrids";
import { bytesOf, workbookOfGrids } from "../hardening/support/workbookOfGrids";
import { unzip, withParts, zip } from "../hardening/support/zipFile";
import { loadWorkbook, reviewSamples, ROSTER_SAMPLE } from "../plan/samples";
import { intactZipRuns } from "./support/propertyRuns";

/**
 * The streaming reader against the document reader (readWorkbookBuffer) on every workbook the
 * project has: the samples, the reader's odd-case fixtures (as files and made again from their
 * specs), reviewed workbooks (tables, shared formulas, notes, validations), the hardening
 * generators' workbooks, a generated district, damaged copies and workbooks beyond the limits.
 * Equal means the same grids, notKept, structureLocked and date system, or the same error.
 */
type Outcome = { read: WorkbookGrids } | { error: string; message: string; messageEn: unknown };

async function outcome(read: () => Promise<WorkbookGrids>): Promise<Outcome> {
  try {
    return { read: await read() };
  } catch (error) {
    const { name, message } = error as Error;
    return { error: name, message, messageEn: (error as { messageEn?: unknown }).messageEn };
  }
}

async function expectSameReading(bytes: Uint8Array, file = "工作簿.xlsx"): Promise<Outcome> {
  const document = await outcome(() => readWorkbookBuffer(bytes, file));
  expect(await outcome(() => readWorkbookStreaming(bytes, file))).toEqual(document);
  return document;
}

const ROOT = join(__dirname, "..", "..");
const filesIn = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => name.endsWith(".xlsx"))
    .map((name) => join(ROOT, dir, name));

test("every sample and reader fixture file reads alike", async () => {
  const files = [...filesIn("samples"), ...filesIn("tests/fixtures/reader")];
  expect(files.length).toBeGreaterThanOrEqual(20);
  for (const path of files) {
    const read = await expectSameReading(new Uint8Array(readFileSync(path)), path.split("/").pop());
    expect("read" in read && read.read.grids.length).toBeGreaterThan(0);
  }
});

/** As scripts/makeReaderFixtures.ts writes each fixture, made here so that a changed spec is tested too. */
async function fixtureBytes(spec: WorkbookSpec): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = spec.date1904 === true;
  for (const sheet of spec.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const cell = worksheet.getCell(r + 1, c + 1);
        cell.value = value;
        if (value instanceof Date) cell.numFmt = "yyyy-mm-dd";
      }),
    );
    for (const range of sheet.merges ?? []) worksheet.mergeCells(range);
  }
  return bytesOf(workbook);
}

test("the reader fixtures made from their specs read alike, merged two-row headers and the 1904 system included", async () => {
  for (const spec of [...ROSTER_CASES, ...BALLOT_CASES]) {
    const read = await expectSameReading(await fixtureBytes(spec), spec.file);
    if (!("read" in read)) throw new Error(`${spec.file} refused`);
    expect(read.read.date1904).toBe(spec.date1904 === true);
    expect(read.read.grids.flatMap((g) => g.merges).length > 0).toBe((spec.sheets[0]?.merges ?? []).length > 0);
  }
});

const reviewedSamples = new Map<boolean, Promise<Uint8Array>>();

/** The reviewed sample workbook, made once per test file for each way of writing formulas (three tests read it). */
function reviewedSample(sharedFormulas: boolean): Promise<Uint8Array> {
  const made =
    reviewedSamples.get(sharedFormulas) ??
    (async () => {
      const workbook = await loadWorkbook(ROSTER_SAMPLE);
      applyPlanToWorkbook(workbook, (await reviewSamples()).plan, { sharedFormulas });
      return bytesOf(workbook);
    })();
  reviewedSamples.set(sharedFormulas, made);
  return made;
}

test("reviewed sample workbooks read alike: tables, formulas with cached values, shared formulas, notes", async () => {
  for (const sharedFormulas of [false, true]) {
    const read = await expectSameReading(await reviewedSample(sharedFormulas), "审核结果.xlsx");
    expect("read" in read && read.read.grids.length).toBeGreaterThan(1);
  }
});

test("workbooks of the hardening generators and of mutated samples read alike", async () => {
  const samples = await sampleGrids();
  const grids = fc.oneof(
    fc.array(fc.oneof(rosterGridArb, longBallotsArb, wideBallotsArb, rawBallotsArb, noiseGridArb), {
      minLength: 1,
      maxLength: 3,
    }),
    fc.array(mutationArb(samples.roster), { maxLength: 3 }).map((ms) => ms.reduce(mutate, samples.roster)),
  );
  await fc.assert(
    fc.asyncProperty(grids, async (sheets) => {
      await expectSameReading(await bytesOf(workbookOfGrids(sheets)));
    }),
    { numRuns: intactZipRuns(40) },
  );
}, 60_000);

test("a generated district's roster and ballot workbooks read alike", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kaohe-stream-"));
  try {
    const files = await writeDistrict(dir, districtShape(100));
    for (const path of [files.roster, files.ballots]) {
      const read = await expectSameReading(new Uint8Array(readFileSync(path)));
      expect("read" in read && read.read.grids[0]?.merges).toEqual([
        { top: 0, left: 0, bottom: 0, right: expect.any(Number) as number },
      ]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("damaged copies of the samples: the same grids or the same refusal", async () => {
  const files = filesIn("samples").map((path) => new Uint8Array(readFileSync(path)));
  const damage = fc.record({
    file: fc.integer({ min: 0, max: files.length - 1 }),
    kind: fc.constantFrom("truncate", "overwrite", "zero"),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 64 }),
    byte: fc.integer({ min: 0, max: 255 }),
  });
  await fc.assert(
    fc.asyncProperty(damage, async (d) => {
      const bytes = (files[d.file] as Uint8Array).slice();
      const at = Math.floor(d.at * bytes.length);
      await expectSameReading(
        d.kind === "truncate" ? bytes.slice(0, at) : bytes.fill(d.kind === "zero" ? 0 : d.byte, at, at + d.length),
      );
    }),
    { numRuns: 60 },
  );
}, 60_000);

/**
 * A Kaohe sheet that a re-run replaces and reads only the head rows of (测评明细, 汇总, …) is read
 * by the streaming reader no further than the first row below them: damage past that may go
 * unseen there (the sheet reads as it would undamaged), where the document reader refuses it.
 */
test("parts damaged inside an intact zip (sheets, strings, tables, notes, properties): the same grids or refusal", async () => {
  const packages = [unzip(await reviewedSample(true)), unzip(new Uint8Array(readFileSync(ROSTER_SAMPLE)))];
  const headOnly = await Promise.all(
    packages.map(async (parts) => {
      const kinds = await kaohePartKinds(parts);
      return new Set([...kinds].filter(([, kind]) => rerunKeepsHeadOnly(kind)).map(([name]) => name));
    }),
  );
  expect(headOnly[0]?.size).toBeGreaterThan(0);
  const undamaged = await Promise.all(
    packages.map((parts) => outcome(() => readWorkbookStreaming(zip(parts), "工作簿.xlsx"))),
  );
  const damage = fc.record({
    file: fc.integer({ min: 0, max: packages.length - 1 }),
    part: fc.nat(),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    cut: fc.integer({ min: 0, max: 4 }),
    text: fc.constantFrom("", "<", ">", "/", '"', "&", "x", "0", " ", "</c>", "<c>", 'r="Q"', 's="99"', 't="s"'),
  });
  await fc.assert(
    fc.asyncProperty(damage, async (d) => {
      const parts = new Map(packages[d.file]);
      const names = [...parts.keys()].filter((name) => !name.endsWith("/"));
      const name = names[d.part % names.length] as string;
      const text = parts.get(name)?.toString("utf8") ?? "";
      const at = Math.floor(d.at * text.length);
      parts.set(name, Buffer.from(text.slice(0, at) + d.text + text.slice(at + d.cut), "utf8"));
      const bytes = zip(parts);
      const document = await outcome(() => readWorkbookBuffer(bytes, "工作簿.xlsx"));
      const streamed = await outcome(() => readWorkbookStreaming(bytes, "工作簿.xlsx"));
      if (headOnly[d.file]?.has(name) === true && at >= belowHeadEnd(text)) {
        expect([document, undamaged[d.file]]).toContainEqual(streamed);
      } else {
        expect(streamed).toEqual(document);
      }
    }),
    { numRuns: intactZipRuns(150) },
  );
}, 60_000);

test("a reviewed workbook's Kaohe sheets a re-run replaces are checked up to their head rows; damage elsewhere is refused", async () => {
  const reviewed = unzip(await reviewedSample(true));
  const kinds = await kaohePartKinds(reviewed);
  const partOf = (kind: string) => [...kinds].find(([, k]) => k === kind)?.[0] as string;
  const sheets = [...reviewed.keys()].filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
  const source = sheets.find((name) => !kinds.has(name)) as string;
  expect([partOf("tallies"), partOf("summary"), partOf("rules"), partOf("subjects"), source].every(Boolean)).toBe(true);
  const undamaged = await outcome(() => readWorkbookStreaming(zip(reviewed), "审核结果.xlsx"));
  expect("read" in undamaged).toBe(true);
  const withDamage = (name: string) => {
    const parts = new Map(reviewed);
    parts.set(name, Buffer.from(damagedBody((parts.get(name) as Buffer).toString("utf8")), "utf8"));
    return zip(parts);
  };
  for (const kind of ["tallies", "summary", "quotas", "findings"]) {
    const bytes = withDamage(partOf(kind));
    expect(await outcome(() => readWorkbookStreaming(bytes, "审核结果.xlsx"))).toEqual(undamaged);
    expect(await outcome(() => readWorkbookBuffer(bytes, "审核结果.xlsx"))).toMatchObject({
      error: "NotAWorkbookError",
    });
  }
  for (const name of [partOf("rules"), partOf("subjects"), source]) {
    const refused = await expectSameReading(withDamage(name), "审核结果.xlsx");
    expect(refused).toMatchObject({ error: "NotAWorkbookError" });
  }
}, 60_000);

test("no workbook, an old .xls file and a zip that is no workbook are refused alike", async () => {
  const refusals = [
    new TextEncoder().encode("姓名,单位\n"),
    new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
  ];
  const messages = [];
  for (const bytes of refusals) messages.push(await expectSameReading(bytes, "旧表.xls"));
  expect(messages.map((m) => ("error" in m ? m.error : "read"))).toEqual([
    "NotAWorkbookError",
    "NotAWorkbookError",
    "NotAWorkbookError",
  ]);
  expect(messages[1]).toMatchObject({ message: expect.stringContaining("另存为 .xlsx") as unknown });
});

test("beyond the limits: by the cells stored, by a stray cell's used range, by all sheets together", async () => {
  const row = (r: number) => `<row r="${r}">${'<c r="A1"><v>1</v></c>'.repeat(20)}</row>`;
  const bomb = await bytesOf(new ExcelJS.Workbook());
  const stored = withParts(bomb, (parts) => {
    const cells = INPUT_LIMITS.cellsPerWorkbook / 20 + 1;
    const rows = Array.from({ length: cells }, (_, i) => row(i + 1)).join("");
    parts.set("xl/worksheets/sheet1.xml", Buffer.from(`<worksheet><sheetData>${rows}</sheetData></worksheet>`));
  });
  const far = new ExcelJS.Workbook();
  const stray = far.addWorksheet("测评");
  stray.getCell("A1").value = "姓名";
  stray.getCell("XFD1048576").value = "x";
  const wide = new ExcelJS.Workbook();
  for (const name of ["甲", "乙"]) {
    const ws = wide.addWorksheet(name);
    ws.getCell("A1").value = "姓名";
    ws.getCell(150_000, 11).value = "合计";
  }
  const found = [];
  for (const bytes of [stored, await bytesOf(far), await bytesOf(wide)])
    found.push(await expectSameReading(bytes, "大.xlsx"));
  expect(found.map((f) => ("error" in f ? f.message.split("，")[0] : "read"))).toEqual([
    // The count stops once past the limit.
    expect.stringMatching(/^大.xlsx共有 3,000,0\d\d 个单元格$/),
    "大.xlsx的工作表“测评”已用区域到 XFD1048576（1,048,576 行 × 16,384 列）",
    "大.xlsx共有 3,300,000 个单元格",
  ]);
});

test("the sheets' stated size is reported before reading, as readWorkbookBuffer reports it", async () => {
  const bytes = new Uint8Array(readFileSync(ROSTER_SAMPLE));
  const opened: OpenedWorkbook[] = [];
  await readWorkbookStreaming(bytes, "名册.xlsx", { onOpened: (o) => opened.push(o) });
  await readWorkbookBuffer(bytes, "名册.xlsx", { onOpened: (o) => opened.push(o) });
  const sheets = zipEntries(bytes).filter((entry) => entry.name.startsWith("xl/worksheets/"));
  expect(sheets.length).toBeGreaterThan(0);
  const stated = sheets.reduce((sum, entry) => sum + entry.size, 0);
  expect(opened).toEqual([{ sheetBytes: stated }, { sheetBytes: stated }]);
});

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { KAOHE_SHEET_NAMES, SUBJECTS_SHEET } from "../../src/core/plan/kaoheSheets";
import type { ReviewResult } from "../../src/core/pipeline";
import { applyPlanToWorkbook } from "../../src/hosts/exceljs/applyPlan";
import { ProtectedSheetError, SheetNotKaoheError } from "../../src/hosts/exceljs/applyPlanErrors";
import { readWorkbookBuffer } from "../../src/hosts/exceljs/readWorkbook";
import { gridCellText, RosterPackage, writeCellText } from "../../src/hosts/xlsx/reviewedPackage";
import { nodeZipCodec } from "../../src/hosts/xlsx/nodeZipCodec";
import { UnusualPackageError } from "../../src/hosts/xlsx/unusualPackage";
import { unzip, zip } from "../hardening/support/zipFile";
import { generatedPlan, titleOnlyRoster } from "../plan/generatedPlan";
import { ROSTER_SAMPLE, reviewedSampleBytes, reviewSamples } from "../plan/samples";
import { cellsOf, lookDifferences, readBack } from "./support/workbookLooks";
import { listedPlan } from "../../src/core/plan/planRows";

/**
 * The command line's writer: the roster's package with Kaohe's sheets added as parts written
 * from the plan. It must show exactly what the ExcelJS host shows (the preview and the tests'
 * reference), keep every part of the roster byte for byte, and replace only its own on a re-run.
 */
let samples: ReviewResult;
let rosterBytes: Uint8Array;

beforeAll(async () => {
  samples = await reviewSamples();
  rosterBytes = new Uint8Array(readFileSync(ROSTER_SAMPLE));
}, 60000);

async function writePackage(roster: Uint8Array, plan = samples.plan): Promise<Uint8Array> {
  const grids = await readWorkbookBuffer(roster, "roster.xlsx");
  return new RosterPackage(roster, nodeZipCodec).write(plan, gridCellText(grids.grids));
}

/** Parts the writer edits; every other part of the roster is copied. */
const EDITED = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "[Content_Types].xml"];

test("on the samples, the package shows exactly what the ExcelJS host writes", async () => {
  const reference = await readBack(await reviewedSampleBytes(samples));
  const written = await readBack(await writePackage(rosterBytes));
  expect(lookDifferences(reference, written, ["名册", ...KAOHE_SHEET_NAMES])).toEqual([]);
  expect(written.getWorksheet(SUBJECTS_SHEET)?.rowCount).toBeGreaterThan(10);
});

test("on a generated district, the package shows exactly what the ExcelJS host writes", async () => {
  const plan = generatedPlan(7, 120);
  const baseBytes = await titleOnlyRoster();
  const applied = await readBack(baseBytes);
  applyPlanToWorkbook(applied, plan);
  const reference = await readBack(new Uint8Array(await applied.xlsx.writeBuffer()));
  const written = await readBack(await writePackage(baseBytes, plan));
  expect(lookDifferences(reference, written, ["名册", ...KAOHE_SHEET_NAMES]).slice(0, 10)).toEqual([]);
}, 60000);

test("every part of the roster but the four it lists sheets in is copied byte for byte", async () => {
  const before = unzip(rosterBytes);
  const after = unzip(await writePackage(rosterBytes));
  for (const [name, bytes] of before) {
    if (EDITED.includes(name)) continue;
    expect([name, after.get(name)?.equals(bytes)]).toEqual([name, true]);
  }
});

test("every XML part of the reviewed workbook is well-formed", async () => {
  const parts = unzip(await writePackage(rosterBytes));
  const xml = [...parts].filter(([name]) => /\.(xml|rels|vml)$/.test(name));
  expect(xml.length).toBeGreaterThan(15);
  for (const [name, bytes] of xml) {
    expect([name, execFileSync("xmllint", ["--noout", "-"], { input: bytes, stdio: "pipe" }).toString()]).toEqual([
      name,
      "",
    ]);
  }
});

test("a reviewed workbook reviewed again: Kaohe's sheets and their parts replaced, nothing left behind, styles stable", async () => {
  const once = await writePackage(rosterBytes);
  const twice = await writePackage(once);
  const partsOnce = [...unzip(once).keys()].sort();
  const partsTwice = [...unzip(twice).keys()].sort();
  expect(partsTwice.length).toBe(partsOnce.length);
  const styles = (bytes: Uint8Array) => unzip(bytes).get("xl/styles.xml")?.toString("utf8");
  expect(styles(twice)).toBe(styles(once));
  const tableIds = [...unzip(twice)]
    .filter(([name]) => name.startsWith("xl/tables/"))
    .map(([, bytes]) => /<table\b[^>]*?\bid="(\d+)"/.exec(bytes.toString("utf8"))?.[1]);
  expect(new Set(tableIds).size).toBe(KAOHE_SHEET_NAMES.length);
  expect(lookDifferences(await readBack(once), await readBack(twice), ["名册", ...KAOHE_SHEET_NAMES])).toEqual([]);
});

test("the command line's write (a snapshot of the cells it reads, rows let go) gives the same bytes on a re-run", async () => {
  const once = await writePackage(rosterBytes);
  const grids = (await readWorkbookBuffer(once, "roster.xlsx")).grids;
  const pack = new RosterPackage(once, nodeZipCodec);
  expect(pack.markerRange()).not.toBeNull();
  expect(pack.markedSheets(writeCellText(grids, pack.markerRange()))).toEqual(pack.markedSheets(gridCellText(grids)));
  const plan = structuredClone(listedPlan(samples.plan));
  const released = await pack.write(plan, writeCellText(grids, pack.markerRange()), { releaseRows: true });
  expect(Buffer.from(released).equals(Buffer.from(await writePackage(once)))).toBe(true);
  expect(plan.sheets.every((sheet) => sheet.table.rows.length === 0)).toBe(true);
  expect(samples.plan.sheets.some((sheet) => sheet.table.rows.length > 0)).toBe(true);
});

test("a picture in the roster is kept: the package carries it where ExcelJS's writer would drop nothing less", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("名册");
  ws.getCell("A1").value = "干部名册";
  // A 1×1 PNG.
  const png = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  );
  ws.addImage(wb.addImage({ buffer: png, extension: "png" } as unknown as ExcelJS.Image), "C3:D5");
  const roster = new Uint8Array(await wb.xlsx.writeBuffer());
  const before = unzip(roster);
  const after = unzip(await writePackage(roster));
  const media = [...before.keys()].filter(
    (name) => name.startsWith("xl/media/") || name.startsWith("xl/drawings/drawing"),
  );
  expect(media.length).toBeGreaterThan(0);
  for (const name of media) expect(after.get(name)?.equals(before.get(name) ?? Buffer.alloc(0))).toBe(true);
  expect(cellsOf(await readBack(after.size > 0 ? await writePackage(roster) : roster), ["名册"])).toEqual(
    cellsOf(await readBack(roster), ["名册"]),
  );
});

test("a sheet with a Kaohe name that Kaohe did not write is refused before anything is written", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("名册").getCell("A1").value = "干部名册";
  wb.addWorksheet(` ${SUBJECTS_SHEET}`).getCell("A1").value = "我的笔记";
  const roster = new Uint8Array(await wb.xlsx.writeBuffer());
  await expect(writePackage(roster)).rejects.toBeInstanceOf(SheetNotKaoheError);
});

test("a protected Kaohe sheet is refused, not replaced", async () => {
  const once = unzip(await writePackage(rosterBytes));
  const workbook = once.get("xl/workbook.xml")?.toString("utf8") ?? "";
  const relId = /<sheet name="考核对象" sheetId="\d+" r:id="([^"]+)"/.exec(workbook)?.[1];
  const rels = once.get("xl/_rels/workbook.xml.rels")?.toString("utf8") ?? "";
  const target = new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  const part = `xl/${target ?? ""}`;
  const sheet = once.get(part)?.toString("utf8") ?? "";
  expect(sheet).toContain("</sheetData>");
  once.set(part, Buffer.from(sheet.replace("</sheetData>", '</sheetData><sheetProtection sheet="1"/>')));
  await expect(writePackage(zip(once))).rejects.toBeInstanceOf(ProtectedSheetError);
});

test("a package whose workbook part uses a namespace prefix is left to ExcelJS, not edited as text", () => {
  const parts = unzip(rosterBytes);
  const workbook = parts.get("xl/workbook.xml")?.toString("utf8") ?? "";
  const prefixed = workbook
    .replace(/<(\/?)(?!\?)([a-zA-Z])/g, "<$1x:$2")
    .replace(
      'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
      'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
    );
  parts.set("xl/workbook.xml", Buffer.from(prefixed));
  expect(() => new RosterPackage(zip(parts), nodeZipCodec)).toThrow(UnusualPackageError);
});

test("the roster's own defined names stay, and a name local to a sheet still points at it", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("名册").getCell("A1").value = "干部名册";
  wb.addWorksheet("附表").getCell("A1").value = 1;
  wb.definedNames.add("'名册'!$A$1", "RosterTitle");
  const parts = unzip(new Uint8Array(await wb.xlsx.writeBuffer()));
  const workbook = parts.get("xl/workbook.xml")?.toString("utf8") ?? "";
  parts.set(
    "xl/workbook.xml",
    Buffer.from(
      workbook.replace(
        "</definedNames>",
        `<definedName name="Local" localSheetId="1">'附表'!$A$1</definedName></definedNames>`,
      ),
    ),
  );
  const once = await writePackage(zip(parts));
  const twice =
    unzip(await writePackage(once))
      .get("xl/workbook.xml")
      ?.toString("utf8") ?? "";
  expect(twice).toMatch(/<definedName name="RosterTitle">(&apos;|')名册(&apos;|')!\$A\$1<\/definedName>/);
  expect(twice).toContain(`<definedName name="Local" localSheetId="1">'附表'!$A$1</definedName>`);
  expect(twice.match(/<definedName name="KH_YEAR"/g)).toHaveLength(1);
});

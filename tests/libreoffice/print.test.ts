// Slow: LibreOffice prints the samples' and a district's reviewed workbooks to PDF.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KAOHE_SHEET_NAMES, SUBJECTS_SHEET, SUMMARY_SHEET, lastDataRow } from "../../src/core/plan/kaoheSheets";
import type { WritePlan } from "../../src/core/plan/writePlan";
import { readWorkbookBuffer } from "../../src/hosts/exceljs/readWorkbook";
import { gridCellText, RosterPackage } from "../../src/hosts/xlsx/reviewedPackage";
import { nodeZipCodec } from "../../src/hosts/xlsx/nodeZipCodec";
import { generatedPlan, titleOnlyRoster } from "../plan/generatedPlan";
import { ROSTER_SAMPLE, reviewSamples } from "../plan/samples";
import { convertToPdf } from "./libreOffice";

/**
 * The reviewed workbook printed as it is (CONTRACT.md §3), by LibreOffice to PDF, read back with
 * pdftotext (poppler-utils): every Kaohe sheet one page wide with its header row on every page,
 * the sheet's title and year at the top and the page number at the bottom. Before the print
 * setup, the samples' workbook printed as 24 pages, 考核对象 alone as 7, columns cut across pages.
 */
const dir = mkdtempSync(join(tmpdir(), "kaohe-print-"));

async function packageBytes(roster: Uint8Array, plan: WritePlan): Promise<Uint8Array> {
  const grids = await readWorkbookBuffer(roster, "roster.xlsx");
  return new RosterPackage(roster, nodeZipCodec).write(plan, gridCellText(grids.grids));
}

/** The text of each page of a PDF: one pdftotext for the whole file (it ends each page with a form feed), not one per page. */
function pages(pdf: string): string[] {
  const info = execFileSync("pdfinfo", [pdf]).toString();
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString().split("\f");
  if (text.pop() !== "" || text.length !== count) throw new Error(`pdftotext gave ${text.length} pages of ${count}`);
  return text;
}

/** The pages whose header names the sheet and the year. */
function sheetPages(all: readonly string[], sheet: string): string[] {
  return all.filter((text) => new RegExp(`${sheet} · \\d{4}年度`).test(text));
}

/**
 * What must print on one page with each of 汇总's blocks and charts: a block's title and the
 * first-column text of its last row, a chart's title and its series' names.
 */
interface KeptWhole {
  first: string;
  rest: string[];
}

function summaryKeptWhole(plan: WritePlan): KeptWhole[] {
  const summary = plan.sheets.find((s) => s.name === SUMMARY_SHEET);
  if (summary === undefined) throw new Error("no 汇总");
  const below = lastDataRow(summary.table.rows.length);
  const firstColumn = summary.loose.filter((c) => c.col === 1 && c.row > below).sort((a, b) => a.row - b.row);
  // Blocks are runs of rows one under the other, a blank row between two.
  const blocks: { first: number; cells: string[] }[] = [];
  for (const c of firstColumn) {
    const current = blocks.at(-1);
    if (current !== undefined && c.row === current.first + current.cells.length) current.cells.push(String(c.value));
    else blocks.push({ first: c.row, cells: [String(c.value)] });
  }
  const kept = blocks.map((b) => ({ first: b.cells[0] ?? "", rest: [b.cells.at(-1) ?? ""] }));
  for (const chart of summary.charts ?? []) {
    // The title at its top, the legend at its foot (category names may be thinned out when many).
    kept.push({ first: chart.title, rest: chart.series.map((s) => s.name) });
  }
  return kept;
}

/** Whitespace and line breaks as pdftotext lays a page out are not text. */
const squeezed = (text: string) => text.replace(/\s+/g, "");

/** The page of 汇总 that holds each block's or chart's first text holds the rest of it after that text. */
function expectKeptWhole(pagesOfSummary: readonly string[], kept: readonly KeptWhole[]): void {
  for (const { first, rest } of kept) {
    const page = pagesOfSummary.map(squeezed).find((text) => text.includes(squeezed(first)));
    expect([first, page !== undefined]).toEqual([first, true]);
    const after = page?.slice(page.indexOf(squeezed(first)) + squeezed(first).length) ?? "";
    for (const text of rest) expect([first, text, after.includes(squeezed(text))]).toEqual([first, text, true]);
  }
}

let samplePages: string[];
let districtPages: string[];
let sampleKept: KeptWhole[];
let districtKept: KeptWhole[];

beforeAll(async () => {
  const samples = await reviewSamples();
  const district = generatedPlan(2025, 80);
  sampleKept = summaryKeptWhole(samples.plan);
  districtKept = summaryKeptWhole(district);
  const files = [join(dir, "samples.xlsx"), join(dir, "district.xlsx")];
  writeFileSync(files[0] ?? "", await packageBytes(new Uint8Array(readFileSync(ROSTER_SAMPLE)), samples.plan));
  // 80 cadres print 考核对象 on four pages (200 printed 59 pages in all, each costing LibreOffice's export).
  writeFileSync(files[1] ?? "", await packageBytes(await titleOnlyRoster(), district));
  const [samplesPdf = "", districtPdf = ""] = convertToPdf(files);
  samplePages = pages(samplesPdf);
  districtPages = pages(districtPdf);
}, 240000);

test("the samples' reviewed workbook prints on few pages: each Kaohe sheet on one page, headed by its title and year", () => {
  // The roster's own three pages, 汇总's tables and two charts on up to three, and one per other
  // Kaohe sheet (24 pages before the print setup, without 汇总).
  expect(samplePages.length).toBeLessThanOrEqual(12);
  for (const sheet of KAOHE_SHEET_NAMES) {
    const printed = sheetPages(samplePages, sheet);
    expect(printed.length).toBeGreaterThanOrEqual(1);
    expect(printed.length).toBeLessThanOrEqual(sheet === SUBJECTS_SHEET ? 2 : 3);
  }
  samplePages.forEach((text, i) => {
    if (KAOHE_SHEET_NAMES.some((sheet) => text.includes(`${sheet} · 2020年度`)))
      // LibreOffice numbers the pages of the whole workbook.
      expect(text).toContain(`第 ${i + 1} 页，共 ${samplePages.length} 页`);
  });
});

test("a district's 考核对象 runs over pages one page wide, its header row repeated on every page", () => {
  const printed = sheetPages(districtPages, SUBJECTS_SHEET);
  expect(printed.length).toBeGreaterThan(2);
  for (const text of printed) {
    // The first and the last printed column's headers on every page: nothing cut off to a page of its own.
    expect(text).toMatch(/姓名/);
    expect(text).toMatch(/考核状态/);
    expect(text).toMatch(/好评率/);
    expect(text).toMatch(/参加/);
  }
  // The working columns right of 参加定等 stay on the sheet but are not printed.
  expect(printed.join("")).not.toMatch(/病事假天\s*数/);
});

test("汇总 prints each block and each chart whole on one page: no header left at a page's foot, no chart cut in two", () => {
  // Before its page breaks the samples' 汇总 ended a page under the special-report list's header,
  // its two rows on the next page, and cut the vote chart's title from its bars.
  expect(sampleKept.length).toBe(6);
  expectKeptWhole(sheetPages(samplePages, SUMMARY_SHEET), sampleKept);
  expectKeptWhole(sheetPages(districtPages, SUMMARY_SHEET), districtKept);
});

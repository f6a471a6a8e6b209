// Slow: a 2,000-cadre district's plan applied to the fake ET and compared cell by cell with the package writer's, then
// LibreOffice recalculates the samples' and a 200-cadre district's fake workbooks.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { columnLetters } from "../../src/core/model/address";
import { KAOHE_SHEET_NAMES, SUMMARY_SHEET } from "../../src/core/plan/kaoheSheets";
import type { WritePlan } from "../../src/core/plan/writePlan";
import { readWorkbookBuffer } from "../../src/hosts/exceljs/readWorkbook";
import { applyEtPlan } from "../../src/hosts/wps/applyEtPlan";
import { EtBook } from "../../src/hosts/wps/etFacade";
import { rgbOf } from "../../src/hosts/wps/etValues";
import { gridCellText, RosterPackage } from "../../src/hosts/xlsx/reviewedPackage";
import { nodeZipCodec } from "../../src/hosts/xlsx/nodeZipCodec";
import { formulaResults, recalculate, sameResult } from "../libreoffice/libreOffice";
import { generatedPlan, titleOnlyRoster } from "../plan/generatedPlan";
import { ROSTER_SAMPLE, reviewSamples } from "../plan/samples";
import { readBack } from "../xlsx/support/workbookLooks";
import { partText, unzip } from "../hardening/support/zipFile";
import type { FakeEt } from "./fakeEt";
import { frameCells } from "./fakeEt/charts";
import { fakeFromGrids } from "./support/fakeFromGrids";
import { excelNames, excelSheetLooks, fakeAsXlsx, fakeNames, fakeSheetLooks, mapDifferences } from "./support/looks";

/**
 * The same plan, the same cells: the fake WPS workbook after the WPS host applied a plan holds
 * the values, formulas, fills, drop-downs, formula rules and names of the command line's
 * package writer, for the samples and a 2,000-cadre district; and LibreOffice, computing the
 * fake workbook's formulas afresh, comes to the package's cached results (the samples and a
 * 200-cadre district).
 */
const dir = mkdtempSync(join(tmpdir(), "kaohe-wps-diff-"));

interface Case {
  label: string;
  plan: WritePlan;
  et: FakeEt;
  packageBytes: Uint8Array;
}

async function makeCase(label: string, roster: Uint8Array, plan: WritePlan): Promise<Case> {
  const grids = await readWorkbookBuffer(roster, "roster.xlsx");
  const packageBytes = await new RosterPackage(roster, nodeZipCodec).write(plan, gridCellText(grids.grids));
  const et = fakeFromGrids(grids.grids, "roster.xlsx");
  await applyEtPlan(new EtBook(et.app), plan);
  return { label, plan, et, packageBytes };
}

const cases: Case[] = [];

beforeAll(async () => {
  const samples = await reviewSamples();
  cases.push(await makeCase("samples", new Uint8Array(readFileSync(ROSTER_SAMPLE)), samples.plan));
  cases.push(await makeCase("district", await titleOnlyRoster(), generatedPlan(2025, 2000)));
}, 300_000);

test.each(["samples", "district"])(
  "%s: the fake WPS workbook shows what the package writer writes",
  async (label) => {
    const c = cases.find((x) => x.label === label)!;
    const written = await readBack(c.packageBytes);
    expect(c.et.book.sheets.map((s) => s.name)).toEqual(written.worksheets.map((w) => w.name));
    expect(fakeNames(c.et.book)).toEqual(excelNames(written));
    let cells = 0;
    for (const name of KAOHE_SHEET_NAMES) {
      const ws = written.getWorksheet(name)!;
      const mine = fakeSheetLooks(c.et.sheet(name));
      const theirs = excelSheetLooks(ws);
      expect(mapDifferences(name, mine.cells, theirs.cells)).toEqual([]);
      expect(mapDifferences(name, mine.validations, theirs.validations)).toEqual([]);
      expect(mine.rules).toEqual(theirs.rules);
      cells += mine.cells.size;
    }
    expect(cells).toBeGreaterThan(label === "district" ? 2000 * 30 : 500);
  },
  120_000,
);

/** The package's charts in the order its drawing anchors them: where each sits and what its series draw from. */
function packageCharts(
  bytes: Uint8Array,
): Array<{ cells: string; values: string[]; categories: string[]; colors: string[] }> {
  const parts = unzip(bytes);
  const drawing = [...parts.keys()].find(
    (n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n) && partText(parts, n).includes("<c:chart "),
  );
  if (drawing === undefined) return [];
  const rels = partText(parts, drawing.replace("drawings/", "drawings/_rels/") + ".rels");
  const text = (xml: string) => xml.replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  return [...partText(parts, drawing).matchAll(/<xdr:twoCellAnchor>([\s\S]*?)<\/xdr:twoCellAnchor>/g)].map((m) => {
    const anchor = m[1] ?? "";
    const at = (edge: string, tag: string) =>
      Number(new RegExp(`<xdr:${edge}><xdr:col>(\\d+)[\\s\\S]*?<xdr:row>(\\d+)`).exec(anchor)?.[tag === "col" ? 1 : 2]);
    const id = /r:id="(rId\d+)"/.exec(anchor)?.[1];
    const target = new RegExp(`Id="${id}"[^>]*Target="\\.\\./charts/([^"]+)"`).exec(rels)?.[1];
    const xml = partText(parts, `xl/charts/${target}`);
    const refs = (tag: string) =>
      [...xml.matchAll(new RegExp(`<c:${tag}><c:(?:str|num)Ref><c:f>([^<]+)</c:f>`, "g"))].map((r) => text(r[1] ?? ""));
    return {
      // DrawingML counts from 0 and anchors the end at the cell past the chart.
      cells: `${columnLetters(at("from", "col") + 1)}${at("from", "row") + 1}:${columnLetters(at("to", "col"))}${at("to", "row")}`,
      values: refs("val"),
      categories: refs("cat"),
      colors: [...xml.matchAll(/<c:ser>[\s\S]*?<c:spPr><a:solidFill><a:srgbClr val="(\w+)"/g)].map((r) => r[1] ?? ""),
    };
  });
}

test.each(["samples", "district"])(
  "%s: the fake WPS workbook's charts sit where the package's do and draw from the same cells",
  (label) => {
    const c = cases.find((x) => x.label === label)!;
    const expected = packageCharts(c.packageBytes);
    expect(expected.length).toBeGreaterThan(0);
    const summary = c.et.sheet(SUMMARY_SHEET);
    expect(
      summary.charts.map((chart) => ({
        cells: frameCells(summary, chart),
        values: chart.series.map((s) => s.values),
        categories: chart.series.map((s) => s.xValues),
        colors: chart.series.map((s) => rgbOf(s.color ?? 0)),
      })),
    ).toEqual(expected);
  },
);

// LibreOffice is given a 200-cadre district, not the 2,000 one: at 2,000 cadres writing the fake workbook and
// recalculating it took about 40 s of CPU, and what size adds is proven without it — the 2,000-cadre fake workbook
// holds the package's formulas cell for cell (above), and LibreOffice recalculates the package's own formulas to
// their cached values in tests/libreoffice/packageRecalc.test.ts.
test("LibreOffice computes the fake WPS workbook's formulas to the package writer's cached results", async () => {
  const samples = cases.find((c) => c.label === "samples")!;
  const recalculating = [samples, await makeCase("district-200", await titleOnlyRoster(), generatedPlan(2025, 200))];
  const files = recalculating.map((c) => join(dir, `${c.label}-wps.xlsx`));
  for (const [i, c] of recalculating.entries()) writeFileSync(files[i] ?? "", await fakeAsXlsx(c.et.book));
  const recalculated = recalculate(files);
  for (const [i, c] of recalculating.entries()) {
    const packageFile = join(dir, `${c.label}-package.xlsx`);
    writeFileSync(packageFile, c.packageBytes);
    const expected = await formulaResults(packageFile, KAOHE_SHEET_NAMES);
    const computed = await formulaResults(recalculated[i] ?? "", KAOHE_SHEET_NAMES);
    const differ = [...expected].filter(([k, cell]) => !sameResult(cell.result, computed.get(k)?.result));
    expect(differ.slice(0, 5).map(([k, cell]) => [c.label, k, cell.result, computed.get(k)?.result])).toEqual([]);
    expect(computed.size).toBe(expected.size);
  }
}, 400_000);

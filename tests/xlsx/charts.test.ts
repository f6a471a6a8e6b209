import { readFileSync } from "node:fs";
import { SUMMARY_SHEET } from "../../src/core/plan/kaoheSheets";
import type { WritePlan } from "../../src/core/plan/writePlan";
import { readWorkbookBuffer } from "../../src/hosts/exceljs/readWorkbook";
import { gridCellText, RosterPackage } from "../../src/hosts/xlsx/reviewedPackage";
import { nodeZipCodec } from "../../src/hosts/xlsx/nodeZipCodec";
import { partText, unzip, zip } from "../hardening/support/zipFile";
import { ROSTER_SAMPLE, reviewSamples } from "../plan/samples";
import { assertWellFormed } from "./sheetXmlReader";

/**
 * 汇总's charts in the package the command line writes: a drawing on the sheet, one chart part
 * per plan chart, each series with its explicit colour and the values the plan caches, so that
 * LibreOffice and WPS draw them without recalculating; a re-run replaces them.
 */
async function write(roster: Uint8Array, plan: WritePlan): Promise<Map<string, Buffer>> {
  const grids = await readWorkbookBuffer(roster, "roster.xlsx");
  return unzip(await new RosterPackage(roster, nodeZipCodec).write(plan, gridCellText(grids.grids)));
}

test("the samples' 汇总 carries its two charts with colours and cached values, and a re-run replaces them", async () => {
  const { plan } = await reviewSamples();
  const charts = plan.sheets.find((s) => s.name === SUMMARY_SHEET)?.charts ?? [];
  expect(charts.map((c) => c.type)).toEqual(["stackedBar", "percentStackedBar"]);
  const parts = await write(new Uint8Array(readFileSync(ROSTER_SAMPLE)), plan);
  const chartParts = [...parts.keys()].filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).sort();
  expect(chartParts).toHaveLength(2);
  const types = partText(parts, "[Content_Types].xml");
  for (const [i, name] of chartParts.entries()) {
    const xml = partText(parts, name);
    assertWellFormed(xml);
    expect(types).toContain(
      `PartName="/${name}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`,
    );
    for (const series of charts[i]?.series ?? []) {
      expect(xml).toContain(`<a:srgbClr val="${series.color}"/>`);
      expect(xml).toContain(`<c:f>${series.values}</c:f>`);
      const cached = series.valueCache.filter((v) => v !== null).map((v) => `<c:v>${v}</c:v>`);
      for (const v of cached) expect(xml).toContain(v);
    }
  }
  expect(partText(parts, chartParts[1] ?? "")).toContain("<c:v>李娜</c:v>");
  // The drawing hangs on 汇总's worksheet and points at both charts.
  const workbook = partText(parts, "xl/workbook.xml");
  const relId = new RegExp(`name="${SUMMARY_SHEET}" sheetId="\\d+" r:id="(rId\\w+)"`).exec(workbook)?.[1];
  const sheetPart = new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"`).exec(
    partText(parts, "xl/_rels/workbook.xml.rels"),
  )?.[1];
  expect(sheetPart).toBeDefined();
  const sheetRels = partText(parts, `xl/${sheetPart}`.replace("worksheets/", "worksheets/_rels/") + ".rels");
  const drawing = /relationships\/drawing" Target="\.\.\/drawings\/([^"]+)"/.exec(sheetRels)?.[1];
  expect(partText(parts, `xl/${sheetPart}`)).toMatch(/<drawing r:id="rId4"\/><legacyDrawing/);
  assertWellFormed(partText(parts, `xl/drawings/${drawing}`));
  expect(partText(parts, `xl/drawings/_rels/${drawing}.rels`).match(/relationships\/chart"/g)).toHaveLength(2);
  // Run again on the reviewed workbook: the old charts go with the old 汇总.
  const again = await write(zip(parts), plan);
  expect([...again.keys()].filter((n) => n.startsWith("xl/charts/")).sort()).toEqual(chartParts);
});

import { readWorkbookFile } from "../../src/hosts/exceljs/readWorkbook";
import type { ExcelFeatures } from "../../src/hosts/office/features";
import { createOfficeHost } from "../../src/hosts/office/officeHost";
import { FakeExcel } from "./fakeExcel";
import { fakeFromFile } from "./support/fakeFromWorkbook";
import { samplePath, SAMPLE_BALLOTS } from "./support/plans";

const CURRENT: ExcelFeatures = {
  screenUpdating: true,
  mergedAreas: true,
  notes: true,
  mergeUndo: true,
  pageLayout: true,
};
const OLD: ExcelFeatures = {
  screenUpdating: false,
  mergedAreas: false,
  notes: false,
  mergeUndo: false,
  pageLayout: false,
};

function hostOf(excel: FakeExcel, features = CURRENT) {
  return createOfficeHost({ run: excel.run, features });
}

test.each(["roster-sample.xlsx", ...SAMPLE_BALLOTS])("%s: Excel's grids equal the ExcelJS host's", async (file) => {
  const excel = await fakeFromFile(samplePath(file));
  const host = hostOf(excel);
  const sources = await host.listSources();
  const read = await host.readGrids(sources.map((s) => ({ id: s.id, range: null })));
  const expected = await readWorkbookFile(samplePath(file));
  expect(read.grids.map((g) => ({ ...g.grid, file: "" }))).toEqual(expected.grids.map((g) => ({ ...g, file: "" })));
  expect(read.warnings).toEqual([]);
});

test("reading every sheet of a workbook takes two syncs, whatever the number of sheets", async () => {
  const excel = await fakeFromFile(samplePath("roster-sample.xlsx"));
  excel.addSheet("备注", [["说明"], ["无"]]);
  const host = hostOf(excel);
  const sources = await host.listSources();
  excel.resetCounts();
  await host.readGrids(sources.map((s) => ({ id: s.id, range: null })));
  expect(excel.syncs).toBe(2);
});

test("a range is read as a grid whose origin is its top-left cell", async () => {
  const excel = new FakeExcel();
  excel.addSheet("名册", [["标题"], ["姓名", "单位"], ["张三", "孟轲乡"], ["李四", "胜利路街道"]]);
  const read = await hostOf(excel).readGrids([{ id: "名册", range: "名册!A2:B3" }]);
  expect(read.grids[0]?.grid).toMatchObject({
    originRow: 2,
    originCol: 1,
    values: [
      ["姓名", "单位"],
      ["张三", "孟轲乡"],
    ],
  });
});

test("dates are read as calendar dates in either date system", async () => {
  const excel = new FakeExcel();
  const sheet = excel.addSheet("名册", [["出生日期"], [27942]]);
  const cell = sheet.cells.get("2:1");
  if (cell !== undefined) cell.numFmt = 'yyyy"年"m"月"d"日"';
  const host = hostOf(excel);
  expect((await host.readGrids([{ id: "名册", range: null }])).grids[0]?.grid.values[1]).toEqual([
    { kind: "date", y: 1976, m: 7, d: 1 },
  ]);
  excel.state.date1904 = true;
  expect((await host.readGrids([{ id: "名册", range: null }])).grids[0]?.grid.values[1]).toEqual([
    { kind: "date", y: 1980, m: 7, d: 2 },
  ]);
});

test("an Excel without merged-area support reads the grid and says two-row headers need checking", async () => {
  const excel = await fakeFromFile(samplePath("ballots-wide-sample.xlsx"));
  const host = hostOf(excel, OLD);
  const sources = await host.listSources();
  const read = await host.readGrids(sources.map((s) => ({ id: s.id, range: null })));
  expect(read.grids[0]?.grid.merges).toEqual([]);
  expect(read.warnings[0]?.zh).toContain("合并单元格");
});

test("a large sheet is read in blocks, and no response passes 5 MB", async () => {
  const excel = new FakeExcel();
  const rows = Array.from({ length: 12_000 }, (_, i) => [`干部${i}`, `单位${i % 80}`, "副局长", "领导干部", i, "称职"]);
  excel.addSheet("名册", [["姓名", "单位", "职务", "类别", "序号", "建议等次"], ...rows]);
  const host = hostOf(excel);
  excel.resetCounts();
  const read = await host.readGrids([{ id: "名册", range: null }]);
  expect(read.grids[0]?.grid.values).toHaveLength(12_001);
  expect(read.grids[0]?.grid.values[12_000]).toEqual(["干部11999", "单位79", "副局长", "领导干部", 11999, "称职"]);
  expect(excel.syncs).toBe(3);
  expect(excel.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
});

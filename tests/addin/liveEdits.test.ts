import type { ExcelFeatures } from "../../src/hosts/office/features";
import { createOfficeHost } from "../../src/hosts/office/officeHost";
import { HostError, type GridEdit } from "../../src/taskpane/host";
import { FakeExcel } from "./fakeExcel";

const FEATURES: ExcelFeatures = {
  screenUpdating: true,
  mergedAreas: true,
  notes: false,
  mergeUndo: false,
  pageLayout: false,
};

async function watched(excel: FakeExcel) {
  const host = createOfficeHost({ run: excel.run, features: FEATURES });
  await host.listSources();
  const { grids } = await host.readGrids([{ id: "名册", range: null }]);
  const edits: GridEdit[] = [];
  const errors: HostError[] = [];
  const stop = await host.watchEdits?.(
    grids,
    (edit) => edits.push(edit),
    (error) => errors.push(error),
  );
  if (stop === undefined) throw new Error("the Excel host watches edits");
  return { edits, errors, stop };
}

function roster(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("名册", [["2020年度名册"], ["姓名", "单位"], ["张三", "孟轲乡"], ["李四", "胜利路街道"]]);
  return excel;
}

test("an edit re-reads only the edited rows, in one sync, and hands on the patched grid", async () => {
  const excel = roster();
  const { edits } = await watched(excel);
  excel.resetCounts();
  void excel.edit("名册", "B3", [["区人社局"]]);
  await excel.settled();
  expect(excel.syncs).toBe(1);
  expect(excel.requests[0]?.ops.find((op) => op.name === "range.load")?.args).toEqual([
    "名册",
    [2, 0, 1, 2],
    "values,valueTypes,numberFormat",
  ]);
  expect(edits).toHaveLength(1);
  expect(edits[0]).toMatchObject({ firstRow: 3, lastRow: 3 });
  expect(edits[0]?.source.grid.values).toEqual([
    ["2020年度名册", null],
    ["姓名", "单位"],
    ["张三", "区人社局"],
    ["李四", "胜利路街道"],
  ]);
});

test("later edits build on the grid as last patched", async () => {
  const excel = roster();
  const { edits } = await watched(excel);
  void excel.edit("名册", "B3", [["区人社局"]]);
  await excel.settled();
  void excel.edit("名册", "A4:B4", [["王五", "区住建局"]]);
  await excel.settled();
  expect(edits[1]?.source.grid.values.slice(2)).toEqual([
    ["张三", "区人社局"],
    ["王五", "区住建局"],
  ]);
});

test("a row typed below the table extends the grid", async () => {
  const excel = roster();
  const { edits } = await watched(excel);
  void excel.edit("名册", "A6:B6", [["赵六", "孟轲乡"]]);
  await excel.settled();
  expect(edits[0]).toMatchObject({ firstRow: 6, lastRow: 6 });
  expect(edits[0]?.source.grid.values.slice(4)).toEqual([
    [null, null],
    ["赵六", "孟轲乡"],
  ]);
});

test("after stopping, edits are no longer watched", async () => {
  const excel = roster();
  const { edits, stop } = await watched(excel);
  await stop();
  void excel.edit("名册", "B3", [["区人社局"]]);
  await excel.settled();
  expect(edits).toEqual([]);
  expect(excel.state.changeHandlers).toEqual([]);
});

test("two quick edits, not awaited by Office, are both kept: the second builds on the first", async () => {
  const excel = roster();
  const { edits } = await watched(excel);
  void excel.edit("名册", "B3", [["区人社局"]]);
  void excel.edit("名册", "B4", [["区住建局"]]);
  await excel.settled();
  expect(edits).toHaveLength(2);
  expect(edits[1]?.source.grid.values.slice(2)).toEqual([
    ["张三", "区人社局"],
    ["李四", "区住建局"],
  ]);
});

test("an inserted row re-reads the sheet, so the rows below are where Excel moved them", async () => {
  const excel = roster();
  const { edits } = await watched(excel);
  void excel.insertRows("名册", 3, 1);
  await excel.settled();
  expect(edits).toHaveLength(1);
  expect(edits[0]?.source.grid.values.slice(1)).toEqual([
    ["姓名", "单位"],
    [null, null],
    ["张三", "孟轲乡"],
    ["李四", "胜利路街道"],
  ]);
  void excel.edit("名册", "B5", [["区人社局"]]);
  await excel.settled();
  expect(edits[1]?.source.grid.values.slice(3)).toEqual([
    ["张三", "孟轲乡"],
    ["李四", "区人社局"],
  ]);
});

test("a failure to read an edit back is reported, and later edits are still handled", async () => {
  const excel = roster();
  const { edits, errors } = await watched(excel);
  const sheet = excel.sheet("名册");
  sheet.name = "名册（改名）";
  void excel.edit("名册（改名）", "B3", [["区人社局"]]);
  await excel.settled();
  expect(errors).toHaveLength(1);
  expect(errors[0]?.zh).toMatch(/[\u4e00-\u9fff]/);
  sheet.name = "名册";
  void excel.edit("名册", "B4", [["区住建局"]]);
  await excel.settled();
  expect(edits).toHaveLength(1);
  expect(edits[0]?.source.grid.values[3]).toEqual(["李四", "区住建局"]);
});

test("choosing a finding selects its cell on its sheet", async () => {
  const excel = roster();
  const host = createOfficeHost({ run: excel.run, features: FEATURES });
  await host.listSources();
  await host.selectCell({ file: "名册.xlsx", sheet: "名册", cell: "B4" });
  expect(excel.state.selection).toEqual({ sheet: "名册", address: "B4" });
});

test("a cell in another workbook is explained, not searched for", async () => {
  const excel = roster();
  const host = createOfficeHost({ run: excel.run, features: FEATURES });
  await host.listSources();
  const error = await host.selectCell({ file: "测评.xlsx", sheet: "测评", cell: "B4" }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HostError);
  expect((error as HostError).zh).toContain("测评.xlsx");
});

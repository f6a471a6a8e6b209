import { createOfficeHost } from "../../src/hosts/office/officeHost";
import { HostError, type ReadProgress } from "../../src/taskpane/host";
import { FakeExcel } from "../addin/fakeExcel";
import { cellOf } from "../addin/fakeExcel/state";
import { EXCEL_1_20 } from "../addin/support/excelFeatures";

/**
 * Reading in Excel: a used range beyond INPUT_LIMITS is refused from its extent alone, before
 * any cell is read; a large read reports its progress block by block for the task pane's bar.
 */

test("one stray value in XFD1048576 is refused after one sync, with where the used range ends", async () => {
  const excel = new FakeExcel();
  const sheet = excel.addSheet("名册", [
    ["姓名", "单位"],
    ["赵文", "胜利路街道"],
  ]);
  cellOf(sheet, 1_048_576, 16_384).value = "x";
  const host = createOfficeHost({ run: excel.run, features: EXCEL_1_20 });
  await host.listSources();
  excel.resetCounts();
  const error = await host.readGrids([{ id: "名册", range: null }]).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HostError);
  expect((error as HostError).reason).toBe("request_too_large");
  expect((error as HostError).zh).toContain("“名册”已用区域到 XFD1048576（1,048,576 行 × 16,384 列），超出上限");
  expect(excel.syncs).toBe(1);
  expect(excel.maxResponseBytes).toBeLessThan(10_000);
});

test("a read of several blocks reports progress after each sync, rising to every cell", async () => {
  const excel = new FakeExcel();
  const rows = Array.from({ length: 12_000 }, (_, i) => [`干部${i}`, "单位", 40, 39, 39, 10, 25, 3, 1, 0]);
  excel.addSheet("测评", [
    ["姓名", "单位", "发出票数", "收回票数", "有效票数", "优秀", "称职", "基本称职", "不称职", "弃权"],
    ...rows,
  ]);
  const seen: ReadProgress[] = [];
  const host = createOfficeHost({ run: excel.run, features: EXCEL_1_20 });
  const read = await host.readGrids([{ id: "测评", range: null }], { onProgress: (p) => seen.push(p) });
  expect(read.grids[0]?.grid.values).toHaveLength(12_001);
  const total = 12_001 * 10;
  // Blocks are sized by their rows' bytes; 120,000 small cells take more than one sync.
  expect(seen.length).toBeGreaterThan(1);
  expect(seen.map((p) => p.total)).toEqual(seen.map(() => total));
  for (let i = 1; i < seen.length; i++) expect(seen[i]?.done).toBeGreaterThan(seen[i - 1]?.done ?? 0);
  expect(seen[seen.length - 1]?.done).toBe(total);
});

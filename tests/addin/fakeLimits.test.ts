import { a1 } from "../../src/core/model/address";
import { createOfficeHost } from "../../src/hosts/office/officeHost";
import { FakeExcel, FakeOfficeError, FakeRequestContext, MERGED_AREAS_LIMIT } from "./fakeExcel";

/** The fake request context holds the add-in to the limits real Excel has (issue 12). */

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof FakeOfficeError)) throw new Error(`expected an Office error, got ${String(error)}`);
  return error.code;
}

function mergedSheet(excel: FakeExcel, areas: number): void {
  const sheet = excel.addSheet("测评", [["姓名", "单位"]]);
  for (let i = 0; i < areas; i++) {
    const top = 2 + i * 2;
    sheet.cells.set(`${top}:1`, { value: `干部${i}`, formula: null, numFmt: "General", fill: null, bold: false });
    sheet.merges.push(`${a1(top, 1)}:${a1(top + 1, 1)}`);
  }
  // A last row below the merges, so that the used range holds all of them.
  sheet.cells.set(`${2 + areas * 2}:2`, { value: "合计", formula: null, numFmt: "General", fill: null, bold: false });
}

test("getMergedAreasOrNullObject answers up to 512 areas and fails above", async () => {
  for (const [areas, code] of [
    [MERGED_AREAS_LIMIT, null],
    [MERGED_AREAS_LIMIT + 1, "GeneralException"],
  ] as const) {
    const excel = new FakeExcel();
    mergedSheet(excel, areas);
    const ctx = new FakeRequestContext(excel.state);
    const merged = ctx.workbook.worksheets.getItem("测评").getRange("A1:B2000").getMergedAreasOrNullObject();
    merged.load("address");
    if (code === null) {
      await ctx.sync();
      expect(merged.address.split(",")).toHaveLength(areas);
    } else {
      expect(await failure(ctx.sync())).toBe(code);
    }
  }
});

test("merged areas are those whose top-left cell is in the range, as Excel gives them", async () => {
  const excel = new FakeExcel();
  mergedSheet(excel, 3);
  const ctx = new FakeRequestContext(excel.state);
  const merged = ctx.workbook.worksheets.getItem("测评").getRange("A3:B7").getMergedAreasOrNullObject();
  merged.load("address");
  await ctx.sync();
  expect(merged.address).toBe("测评!A4:A5,测评!A6:A7");
});

test("a request over 5 MB and a response over 5 MB are refused with Excel on the web's codes", async () => {
  const excel = new FakeExcel();
  excel.addSheet("名册");
  const write = new FakeRequestContext(excel.state);
  const big = "简".repeat(1_000_000);
  write.workbook.worksheets.getItem("名册").getRange("A1:B1").formulas = [[big, big]];
  expect(await failure(write.sync())).toBe("RequestPayloadSizeLimitExceeded");

  const fill = new FakeRequestContext(excel.state);
  fill.workbook.worksheets.getItem("名册").getRange("A1:A2").formulas = [[big], [big]];
  fill.limits.requestBytes = Infinity;
  await fill.sync();
  const read = new FakeRequestContext(excel.state);
  read.workbook.worksheets.getItem("名册").getRange("A1:A2").load("values");
  expect(await failure(read.sync())).toBe("ResponsePayloadSizeLimitExceeded");
});

test("reading a property that was not loaded throws PropertyNotLoaded", async () => {
  const excel = new FakeExcel();
  excel.addSheet("名册", [["姓名"]]);
  const ctx = new FakeRequestContext(excel.state);
  const range = ctx.workbook.worksheets.getItem("名册").getRange("A1");
  range.load("address");
  await ctx.sync();
  expect(range.address).toBe("名册!A1");
  expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
  const other = ctx.workbook.worksheets.getItem("名册").getRange("A1");
  expect(() => other.rowCount).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
});

test("sheet and defined names compare case-insensitively", async () => {
  const excel = new FakeExcel();
  excel.addSheet("Sheet1", [["姓名"]]);
  const ctx = new FakeRequestContext(excel.state);
  const range = ctx.workbook.worksheets.getItem("SHEET1").getRange("A1");
  range.load("values");
  ctx.workbook.names.add("Kaohe_Rules", "=Sheet1!A1");
  await ctx.sync();
  expect(range.values).toEqual([["姓名"]]);
  ctx.workbook.worksheets.add("sheet1");
  expect(await failure(ctx.sync())).toBe("ItemAlreadyExists");
  ctx.workbook.names.add("KAOHE_RULES", "=Sheet1!A2");
  expect(await failure(ctx.sync())).toBe("ItemAlreadyExists");
  ctx.workbook.names.getItem("kaohe_rules").delete();
  await ctx.sync();
  expect([...excel.state.names.keys()]).toEqual([]);
});

test("Excel does not await change handlers: a second starts before the first is done, and errors vanish", async () => {
  const excel = new FakeExcel();
  const sheet = excel.addSheet("名册", [["姓名"]]);
  const order: string[] = [];
  let release = (): void => undefined;
  const slow = new Promise<void>((resolve) => (release = resolve));
  excel.state.changeHandlers.push(
    {
      sheetId: sheet.id,
      handler: async () => {
        order.push("first starts");
        await slow;
        order.push("first ends");
      },
    },
    {
      sheetId: sheet.id,
      handler: () => {
        order.push("second starts");
        return Promise.reject(new Error("lost"));
      },
    },
  );
  const edited = excel.edit("名册", "A2", [["张三"]]);
  await Promise.resolve();
  expect(order).toEqual(["first starts", "second starts"]);
  release();
  await expect(edited).resolves.toBeUndefined();
  expect(order).toEqual(["first starts", "second starts", "first ends"]);
});

test("the host reads a ballot sheet with 600 merged areas from the fake, in pieces", async () => {
  const excel = new FakeExcel();
  mergedSheet(excel, 600);
  const host = createOfficeHost({
    run: excel.run,
    features: { screenUpdating: true, mergedAreas: true, notes: false, mergeUndo: false, pageLayout: true },
  });
  const read = await host.readGrids([{ id: "测评", range: null }]);
  expect(read.grids[0]?.grid.merges).toHaveLength(600);
});

import { createOfficeHost } from "../../src/hosts/office/officeHost";
import { HostError } from "../../src/taskpane/host";
import { FakeExcel } from "./fakeExcel";
import { EXCEL_1_13 } from "./support/excelFeatures";

function workbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("名册", [
    ["姓名", "单位"],
    ["张三", "孟轲乡"],
  ]);
  excel.addSheet("测评", [["姓名", "优秀"]]);
  return excel;
}

async function selected(excel: FakeExcel, sheet?: string): Promise<string | null | HostError> {
  const host = createOfficeHost({ run: excel.run, features: EXCEL_1_13 });
  return (host.selectedRange?.(sheet) ?? Promise.resolve(null)).catch((e: unknown) => {
    if (e instanceof HostError) return e;
    throw e;
  });
}

test("a selection on the sheet being set up is taken as its range, without the sheet's name", async () => {
  const excel = workbook();
  excel.state.selection = { sheet: "名册", address: "A1:B2" };
  expect(await selected(excel, "名册")).toBe("A1:B2");
});

test("a selection on another sheet is explained, naming both sheets", async () => {
  const excel = workbook();
  excel.state.selection = { sheet: "测评", address: "A1:B2" };
  const error = await selected(excel, "名册");
  expect(error).toBeInstanceOf(HostError);
  expect((error as HostError).zh).toContain("“测评”");
  expect((error as HostError).zh).toContain("“名册”");
});

test("a selection of several areas is explained instead of failing", async () => {
  const excel = workbook();
  excel.state.selection = { sheet: "名册", address: "A1:B2,D4" };
  const error = await selected(excel, "名册");
  expect(error).toBeInstanceOf(HostError);
  expect((error as HostError).zh).toContain("多个不相连的区域");
});

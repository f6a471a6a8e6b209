import ExcelJS from "exceljs";
import { readWorkbookBuffer } from "../../src/hosts/exceljs/readWorkbook";
import { readWorkbookStreaming } from "../../src/hosts/exceljs/streamWorkbookNode";

/**
 * A formula's cached result is what the clerk sees, 0 and FALSE included: a ballot count summed
 * by a formula to 0 is a count of 0, not a blank (ExcelJS's `cell.value` drops falsy results).
 */
async function formulaWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("测评");
  ws.getCell("A1").value = { formula: "1-1", result: 0 };
  ws.getCell("B1").value = { formula: "1=2", result: false };
  ws.getCell("C1").value = { formula: "2+3", result: 5 };
  ws.getCell("D1").value = { formula: "1+1" };
  ws.getCell("E1").value = "不称职";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test.each([
  ["document", readWorkbookBuffer],
  ["streaming", readWorkbookStreaming],
])("the %s reader keeps a formula's cached 0 and FALSE; no cached result reads as blank", async (_name, read) => {
  const { grids } = await read(await formulaWorkbook(), "测评.xlsx");
  expect(grids[0]?.values).toEqual([[0, false, 5, null, "不称职"]]);
});

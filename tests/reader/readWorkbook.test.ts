import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readRoster } from "../../src/core/reader";
import { readWorkbookBuffer, readWorkbookFile } from "../../src/hosts/exceljs/readWorkbook";
import { NotAWorkbookError, WorkbookFileMissingError } from "../../src/hosts/exceljs/readWorkbookErrors";
import { contentNotKept } from "../../src/hosts/exceljs/readWorkbookParts";
import { codesAt } from "./support";

async function bufferOf(
  build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void,
  date1904 = false,
): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = date1904;
  build(workbook.addWorksheet("名册"), workbook);
  return workbook.xlsx.writeBuffer();
}

test("cell values become grid values: dates, formulas' cached results, rich text, links and errors", async () => {
  const data = await bufferOf((ws) => {
    ws.getCell("A1").value = new Date(Date.UTC(2020, 6, 2));
    ws.getCell("A1").numFmt = "yyyy-mm-dd";
    ws.getCell("B1").value = { formula: "1+1", result: 2 };
    ws.getCell("C1").value = { formula: "NA()", result: { error: "#N/A" } };
    ws.getCell("D1").value = { formula: "A1+1" };
    ws.getCell("E1").value = { richText: [{ text: "钱" }, { text: "\u3000红" }] };
    ws.getCell("F1").value = { text: "名册链接", hyperlink: "#'名册'!A1" };
    ws.getCell("G1").value = { error: "#REF!" };
    ws.getCell("H1").value = true;
    ws.getCell("I1").value = "  文本 ";
  });
  const { grids, date1904, notKept, file } = await readWorkbookBuffer(data, "值.xlsx");
  expect([file, date1904, notKept]).toEqual(["值.xlsx", false, []]);
  expect(grids[0]?.values).toEqual([
    [
      { kind: "date", y: 2020, m: 7, d: 2 },
      2,
      { kind: "error", code: "#N/A" },
      null,
      "钱\u3000红",
      "名册链接",
      { kind: "error", code: "#REF!" },
      true,
      "  文本 ",
    ],
  ]);
});

test("date cells keep their calendar day in a time zone west of Greenwich and in the 1904 system", async () => {
  const saved = process.env.TZ;
  process.env.TZ = "America/Los_Angeles";
  try {
    for (const date1904 of [false, true]) {
      const data = await bufferOf((ws) => {
        ws.getCell("A1").value = new Date(Date.UTC(2021, 0, 1));
        ws.getCell("A1").numFmt = "yyyy-mm-dd";
      }, date1904);
      const read = await readWorkbookBuffer(new Uint8Array(data), "tz.xlsx");
      expect(read.date1904).toBe(date1904);
      expect(read.grids[0]?.date1904).toBe(date1904);
      expect(read.grids[0]?.values[0]?.[0]).toEqual({ kind: "date", y: 2021, m: 1, d: 1 });
    }
  } finally {
    process.env.TZ = saved;
  }
});

test("the grid starts at the first used cell; covered cells are empty and merges listed", async () => {
  const data = await bufferOf((ws) => {
    ws.getCell("C3").value = "2020年度名册";
    ws.mergeCells("C3:E3");
    ws.getRow(5).values = [null, null, "姓名", "单位", "出生年月"];
    ws.getRow(6).values = [null, null, "赵文", "胜利路街道", "1973.13"];
  });
  const { grids } = await readWorkbookBuffer(data, "偏移.xlsx");
  const grid = grids[0];
  expect([grid?.originRow, grid?.originCol]).toEqual([3, 3]);
  expect(grid?.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  expect(grid?.values[0]).toEqual(["2020年度名册", null, null]);
  const { findings, yearHint } = readRoster(grids);
  expect(yearHint).toBe(2020);
  expect(codesAt(findings)).toEqual(["header_found@C5", "date_invalid@E6"]);
});

test("content the output cannot carry is named", async () => {
  const data = await bufferOf((ws, wb) => {
    ws.getCell("A1").value = "姓名";
    // The smallest valid PNG: one transparent pixel.
    const png = Buffer.from(
      "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
        "1f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a48f0000000049454e44ae426082",
      "hex",
    );
    const image = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" });
    ws.addImage(image, "B2:C3");
  });
  expect((await readWorkbookBuffer(data, "图.xlsx")).notKept).toEqual(["图片"]);
  expect(
    contentNotKept([
      "xl/charts/chart1.xml",
      "xl/vbaProject.bin",
      "xl/pivotTables/pivotTable1.xml",
      "xl/worksheets/sheet1.xml",
    ]),
  ).toEqual(["图表", "数据透视表", "宏"]);
});

test("a missing file, a file that is no workbook and an old .xls file fail with clear messages", async () => {
  await expect(readWorkbookFile(join(tmpdir(), "没有这个文件.xlsx"))).rejects.toBeInstanceOf(WorkbookFileMissingError);
  const text = join(tmpdir(), `kaohe-reader-${process.pid}.xlsx`);
  await writeFile(text, "姓名,单位\n");
  await expect(readWorkbookFile(text)).rejects.toThrow("不是 .xlsx 工作簿");
  const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  await expect(readWorkbookBuffer(xls, "旧表.xls")).rejects.toThrow("另存为 .xlsx");
  await expect(readWorkbookBuffer(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "坏.xlsx")).rejects.toBeInstanceOf(
    NotAWorkbookError,
  );
});

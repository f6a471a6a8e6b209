import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { fileFormat } from "../../src/hosts/sheetjs/fileFormat";
import { readOtherWorkbook } from "../../src/hosts/sheetjs/readOtherWorkbook";
import { UnreadableFileError } from "../../src/hosts/sheetjs/readErrors";
import { FORMATS_DIR, readAny, SAMPLES_DIR, unnamed } from "./support";

/** The content decides the reader, whatever the file is called; what is none of them is refused in one line. */
const bytesOf = (path: string) => new Uint8Array(readFileSync(path));

test.each([
  ["roster-sample.xls", "xls"],
  ["roster-sample.ods", "ods"],
  ["roster-sample-utf8.csv", "csv"],
  ["roster-sample-gb18030.csv", "csv"],
])("%s is sniffed as %s, also when it is named .xlsx", (file, format) => {
  const bytes = bytesOf(join(FORMATS_DIR, file));
  expect(fileFormat(bytes, file)).toBe(format);
  expect(fileFormat(bytes, "名册.xlsx")).toBe(format);
  expect(fileFormat(bytes, "名册")).toBe(format);
});

test("an .xlsx named .xls is an .xlsx", () => {
  expect(fileFormat(bytesOf(join(SAMPLES_DIR, "roster-sample.xlsx")), "名册.xls")).toBe("xlsx");
});

test("a mis-named .xls reads to its grids under its own name", async () => {
  const right = await readAny(join(FORMATS_DIR, "roster-sample.xls"));
  const named = await readAny(join(FORMATS_DIR, "roster-sample.xls"), "名册.xlsx");
  expect(named.file).toBe("名册.xlsx");
  expect(unnamed(named.grids)).toEqual(unnamed(right.grids));
});

test("an HTML table saved as .xls (a common system export) reads, ID numbers kept as text", () => {
  const html = `<html><body><table><tr><td>姓名</td><td>身份证号</td><td>字数</td></tr>
    <tr><td>张三</td><td>410927197304122531</td><td>2800</td></tr></table></body></html>`;
  const bytes = new TextEncoder().encode(html);
  expect(fileFormat(bytes, "名册.xls")).toBe("markup");
  const read = readOtherWorkbook(bytes, "名册.xls", "markup");
  expect(read.grids.grids[0]?.values).toEqual([
    ["姓名", "身份证号", "字数"],
    ["张三", "410927197304122531", 2800],
  ]);
});

test("SpreadsheetML 2003 (XML saved as .xls) reads, its DateTime cells as calendar dates in any time zone", () => {
  const xml = `<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
<Styles><Style ss:ID="d"><NumberFormat ss:Format="Short Date"/></Style></Styles>
<Worksheet ss:Name="名册"><Table>
<Row><Cell><Data ss:Type="String">姓名</Data></Cell><Cell><Data ss:Type="String">提拔时间</Data></Cell></Row>
<Row><Cell><Data ss:Type="String">张三</Data></Cell><Cell ss:StyleID="d"><Data ss:Type="DateTime">2020-07-02T00:00:00.000</Data></Cell></Row>
</Table></Worksheet></Workbook>`;
  const bytes = new TextEncoder().encode(xml);
  expect(fileFormat(bytes, "名册.xls")).toBe("markup");
  const saved = process.env.TZ;
  for (const zone of ["Asia/Shanghai", "America/Los_Angeles"]) {
    process.env.TZ = zone;
    const [grid] = readOtherWorkbook(bytes, "名册.xls", "markup").grids.grids;
    expect(grid?.sheet).toBe("名册");
    expect(grid?.values[1]).toEqual(["张三", { kind: "date", y: 2020, m: 7, d: 2 }]);
  }
  process.env.TZ = saved;
});

function refusal(bytes: Uint8Array, name: string): string {
  try {
    const format = fileFormat(bytes, name);
    if (format !== "xlsx") readOtherWorkbook(bytes, name, format);
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect((error as UnreadableFileError).messageEn).toContain(name);
    return (error as Error).message;
  }
  throw new Error(`${name} was not refused`);
}

test("empty, damaged, encrypted and foreign files are refused with one Chinese line naming the file", async () => {
  const xls = bytesOf(join(FORMATS_DIR, "roster-sample.xls"));
  expect(refusal(new Uint8Array(0), "名册.xls")).toBe("名册.xls是空文件，没有可读取的内容");
  expect(refusal(new TextEncoder().encode("\uFEFF\r\n ,, \n"), "名册.csv")).toBe("名册.csv是空文件，没有可读取的内容");
  expect(refusal(xls.slice(0, 3000), "名册.xls")).toMatch(/^名册\.xls看起来是 \.xls 文件，但已损坏/);
  const scrambled = xls.slice();
  scrambled.fill(0x41, 512, 4096);
  expect(refusal(scrambled, "名册.xls")).toMatch(/^名册\.xls看起来是 \.xls 文件，但已损坏/);
  expect(refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), "名册.xls")).toMatch(/^名册\.xls看起来是 \.xls/);
  expect(refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), "照片.png")).toMatch(
    /^照片\.png不是 \.xlsx 工作簿，也不是考核助手能读取的其他表格文件/,
  );
  expect(refusal(new TextEncoder().encode('{"name": "kaohe"}'), "package.json")).toMatch(/^package\.json不是 \.xlsx/);
  expect(refusal(new TextEncoder().encode("%PDF-1.4\n"), "名册.pdf")).toMatch(/^名册\.pdf是 PDF 文件，不是电子表格/);
  const odt = new JSZip();
  odt.file("mimetype", "application/vnd.oasis.opendocument.text", { compression: "STORE" });
  odt.file("content.xml", "<office:document-content/>");
  const odtBytes = await odt.generateAsync({ type: "uint8array" });
  expect(refusal(odtBytes, "名册.odt")).toMatch(/^名册\.odt是 OpenDocument 文档，不是电子表格/);
  for (const message of [refusal(xls.slice(0, 3000), "名册.xls")]) expect(message).not.toContain("\n");
});

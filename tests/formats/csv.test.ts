import { readFileSync } from "node:fs";
import { join } from "node:path";
import { csvRows } from "../../src/hosts/sheetjs/csvRows";
import { csvValue } from "../../src/hosts/sheetjs/csvSheet";
import { detectEncoding } from "../../src/hosts/sheetjs/textEncoding";
import { readOtherWorkbook } from "../../src/hosts/sheetjs/readOtherWorkbook";
import { FORMATS_DIR, readAny, SAMPLES_DIR } from "./support";

/**
 * The sample roster saved as CSV by LibreOffice (UTF-8), the same bytes with Excel's
 * byte-order mark, and the same text in GB18030 (what Excel's plain "CSV" is on a Chinese
 * Windows): one grid, whatever the encoding.
 */
const CSV = ["roster-sample-utf8.csv", "roster-sample-utf8-bom.csv", "roster-sample-gb18030.csv"];

test("UTF-8 with and without a byte-order mark and GB18030 are told apart", () => {
  const encodings = CSV.map((f) => detectEncoding(new Uint8Array(readFileSync(join(FORMATS_DIR, f)))));
  expect(encodings).toEqual(["utf-8", "utf-8", "gb18030"]);
});

test("the three encodings read to the same grid, and it is the .xlsx sample's values", async () => {
  const grids = await Promise.all(CSV.map((f) => readAny(join(FORMATS_DIR, f))));
  const values = grids.map((g) => g.grids[0]?.values);
  expect(values[1]).toEqual(values[0]);
  expect(values[2]).toEqual(values[0]);
  expect(grids.map((g) => g.grids[0]?.sheet)).toEqual(CSV.map((f) => f.replace(/\.csv$/, "")));
  // A CSV has no merges and no cell types, but the text and numbers are the workbook's.
  const [xlsx] = (await readAny(join(SAMPLES_DIR, "roster-sample.xlsx"))).grids;
  expect(values[0]).toEqual(xlsx?.values);
  expect(values[0]?.[3]?.[1]).toBe("钱\u3000红");
});

test("a field is a number only when Excel would keep all its digits", () => {
  expect(["12", "-3", "0.5", "0", "2800"].map(csvValue)).toEqual([12, -3, 0.5, 0, 2800]);
  // ID numbers, codes with leading zeros, dates, percentages and full-width digits stay text.
  for (const text of ["410927197304122531", "007", "2020-07-02", "50%", "１２", "1e5", " 12"]) {
    expect(csvValue(text)).toBe(text);
  }
  expect(csvValue("  ")).toBeNull();
});

test("quoted fields hold separators, quotes and line breaks; CRLF, LF and CR end rows", () => {
  expect(csvRows('姓名,备注\r\n"张三","说""明"\n"李,四","两\n行"\r王五,\n')).toEqual([
    ["姓名", "备注"],
    ["张三", '说"明'],
    ["李,四", "两\n行"],
    ["王五", ""],
  ]);
  expect(csvRows("a,b\rc,d")).toEqual([
    ["a", "b"],
    ["c", "d"],
  ]);
});

test("the separator is Excel's sep= line, else the first line's most frequent of comma, tab and semicolon", () => {
  expect(csvRows("sep=;\n姓名;单位\n张三;孟轲乡")).toEqual([
    ["姓名", "单位"],
    ["张三", "孟轲乡"],
  ]);
  expect(csvRows("姓名\t单位\n张三\t孟轲乡,一")).toEqual([
    ["姓名", "单位"],
    ["张三", "孟轲乡,一"],
  ]);
  expect(csvRows("姓名;单位;职务\n张三;孟轲乡;乡长")[1]).toEqual(["张三", "孟轲乡", "乡长"]);
});

test("UTF-16 text (Excel's Unicode text, tab-separated) reads too", () => {
  const text = "\uFEFF姓名\t单位\r\n张三\t孟轲乡\r\n";
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[2 * i] = text.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  const read = readOtherWorkbook(bytes, "名册.txt", "csv");
  expect(read.grids.grids[0]?.values).toEqual([
    ["姓名", "单位"],
    ["张三", "孟轲乡"],
  ]);
});

test("blank rows and columns before the table move the grid's origin, as in a workbook", () => {
  const read = readOtherWorkbook(new TextEncoder().encode("\n\n,,姓名,单位\n,,张三,孟轲乡\n"), "名册.csv", "csv");
  const [grid] = read.grids.grids;
  expect([grid?.originRow, grid?.originCol]).toEqual([3, 3]);
  expect(grid?.values).toEqual([
    ["姓名", "单位"],
    ["张三", "孟轲乡"],
  ]);
});

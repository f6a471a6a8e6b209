import type { SheetGrid } from "../../src/core/model/sheetGrid";
import { editedRows, patchGrid } from "../../src/hosts/office/gridPatch";
import { isDateFormat, mergedAreasFrom, toGridValue } from "../../src/hosts/office/gridValues";
import { themeFromBackground } from "../../src/hosts/office/theme";
import { ownedSheetNames } from "../../src/hosts/office/workbookState";
import { cellFormat, formulaEntry } from "../../src/hosts/office/cellEncoding";
import { listSource } from "../../src/hosts/office/sheetDecor";

const grid: SheetGrid = {
  file: "名册.xlsx",
  sheet: "名册",
  originRow: 2,
  originCol: 1,
  values: [
    ["姓名", "单位"],
    ["张三", "孟轲乡"],
  ],
  merges: [],
  date1904: false,
};

test("date formats are told from number formats, quoted text and sections aside", () => {
  expect(isDateFormat("yyyy-mm-dd")).toBe(true);
  expect(isDateFormat('yyyy"年"m"月"d"日"')).toBe(true);
  expect(isDateFormat("[$-804]yyyy年m月")).toBe(true);
  expect(isDateFormat("General")).toBe(false);
  expect(isDateFormat("0.00%")).toBe(false);
  expect(isDateFormat("h:mm")).toBe(false);
  expect(isDateFormat('0"天"')).toBe(false);
});

test("Office values become grid values: dates, errors, blanks", () => {
  expect(toGridValue(44013, "Double", "yyyy-mm-dd", false)).toEqual({ kind: "date", y: 2020, m: 7, d: 1 });
  expect(toGridValue(44013, "Double", "General", false)).toBe(44013);
  expect(toGridValue("#N/A", "Error", "General", false)).toEqual({ kind: "error", code: "#N/A" });
  expect(toGridValue("", "Empty", "General", false)).toBeNull();
  expect(toGridValue(true, "Boolean", "General", false)).toBe(true);
  expect(toGridValue("张　三", "String", "@", false)).toBe("张　三");
});

test("merged areas are read relative to the grid and clipped to it", () => {
  expect(mergedAreasFrom("'测评 汇总'!B2:D2,'测评 汇总'!A5:A9", { row: 2, col: 1 }, { rows: 5, cols: 4 })).toEqual([
    { top: 0, left: 1, bottom: 0, right: 3 },
    { top: 3, left: 0, bottom: 4, right: 0 },
  ]);
});

test("an edited address gives the rows to re-read, never above the grid", () => {
  expect(editedRows("B3", grid)).toEqual({ first: 3, last: 3 });
  expect(editedRows("名册!$A$1:$C$4", grid)).toEqual({ first: 2, last: 4 });
  expect(editedRows("A1", grid)).toBeNull();
  expect(editedRows("A:A", grid)).toEqual({ first: 2, last: 3 });
});

test("a patched grid replaces rows and keeps its width", () => {
  expect(patchGrid(grid, 3, [["李四", "胜利路街道", "多余"]]).values).toEqual([
    ["姓名", "单位"],
    ["李四", "胜利路街道"],
  ]);
});

test("Office's theme: dark backgrounds give the dark theme", () => {
  expect(themeFromBackground("#1F1F1F")).toBe("dark");
  expect(themeFromBackground("#FFFFFF")).toBe("light");
  expect(themeFromBackground(undefined)).toBe("light");
});

test("the marker row names Kaohe's sheets, one a cell", () => {
  expect(ownedSheetNames([["考核规则", "考核对象", "", 3]])).toEqual(["考核规则", "考核对象"]);
});

test("cells are entered as Excel keeps them: formulas with =, links as HYPERLINK, text formatted as text", () => {
  expect(formulaEntry({ value: 3, formula: "A1+2" })).toBe("=A1+2");
  expect(formulaEntry({ value: "张三", link: "'名册'!B7" })).toBe(`=HYPERLINK("#'名册'!B7","张三")`);
  expect(formulaEntry({ value: null })).toBe("");
  expect(cellFormat({ value: "=不是公式" }, { header: "x", width: 4, role: "value" })).toBe("@");
  expect(cellFormat({ value: 1, formula: "A1" }, { header: "x", width: 4, role: "formula", numFmt: "@" })).toBe(
    "General",
  );
  expect(cellFormat({ value: 0.5 }, { header: "x", width: 4, role: "value", numFmt: "0.00%" })).toBe("0.00%");
});

test("a drop-down list is explicit when quoted, else a formula", () => {
  expect(listSource({ ref: "A1", list: '"优秀,称职"' })).toBe("优秀,称职");
  expect(listSource({ ref: "A1", list: "KH_CADRE_GRADES" })).toBe("=KH_CADRE_GRADES");
});

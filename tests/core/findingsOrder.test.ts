import { compareFindings, makeFinding, type Finding } from "../../src/core/findings/finding";

/**
 * The findings' order must not depend on the machine's locale: the same workbooks give the same
 * 问题清单 on a clerk's zh-CN Windows, in the pane's WebView and on an en-US or C-locale server.
 */
const finding = (file: string, sheet: string, cell: string): Finding =>
  makeFinding("date_invalid", { file, sheet, cell }, { zh: "日期无法识别", en: "date not recognised" });

const order = (findings: Finding[]): string[] =>
  [...findings].sort(compareFindings).map((f) => `${f.file}/${f.sheet}!${f.cell}`);

describe("the findings' order", () => {
  it("orders Chinese file and sheet names by pinyin, whatever the machine's locale", () => {
    // By code point 张 (U+5F20) comes before 李 (U+674E) and 王 (U+738B); by pinyin li < wang < zhang.
    const findings = [
      finding("张三科.xlsx", "名册", "A2"),
      finding("李四科.xlsx", "名册", "A2"),
      finding("王五科.xlsx", "名册", "A2"),
    ];
    expect(order(findings)).toEqual(["李四科.xlsx/名册!A2", "王五科.xlsx/名册!A2", "张三科.xlsx/名册!A2"]);
    const sheets = [finding("a.xlsx", "总体评价", "B3"), finding("a.xlsx", "测评票", "B3")];
    // 测 (ce) before 总 (zong), though 总 (U+603B) comes first by code point.
    expect(order(sheets)).toEqual(["a.xlsx/测评票!B3", "a.xlsx/总体评价!B3"]);
  });

  it("orders rows by number within a sheet, not as text", () => {
    const findings = [
      finding("a.xlsx", "名册", "A10"),
      finding("a.xlsx", "名册", "A9"),
      finding("a.xlsx", "名册", "B9"),
    ];
    expect(order(findings)).toEqual(["a.xlsx/名册!A9", "a.xlsx/名册!B9", "a.xlsx/名册!A10"]);
  });
});

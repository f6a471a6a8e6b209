import { withPrint } from "../../../src/core/plan/printSetup";
import type { PlanCell, PlanSheetContent, WritePlan } from "../../../src/core/plan/writePlan";

/**
 * A small plan written by hand, with one of everything a host must apply: text that Excel
 * would parse, a formula, a link, loose cells, two conditional formats, a list validation,
 * frozen panes, names and notes.
 */
export function smallPlan(rows = 3): WritePlan {
  const body: PlanCell[][] = Array.from({ length: rows }, (_, i) => [
    { value: `张${i}`, link: `'名册'!B${i + 3}` },
    { value: i % 2 === 0 ? "001" : "-x" },
    { value: i * 10 },
    { value: i * 20, formula: `C${i + 5}*2` },
    { value: null },
  ]);
  return {
    schemaVersion: "kaohe-workbook/1",
    // 考核对象 prints up to column D, as the real one stops before its working columns.
    sheets: (
      [
        {
          name: "考核对象",
          tabColor: "2E75B6",
          table: {
            name: "KaoheSubjects",
            anchorRow: 4,
            anchorCol: 1,
            columns: [
              { header: "姓名", width: 10, role: "value", note: "来自名册" },
              { header: "编号", width: 8, role: "value", numFmt: "@" },
              { header: "天数", width: 8, role: "value", numFmt: "0" },
              { header: "两倍", width: 8, role: "formula", numFmt: "0" },
              { header: "建议等次", width: 10, role: "input" },
            ],
            rows: body,
          },
          loose: [
            { row: 1, col: 1, value: "考核对象（2020年度）", bold: true },
            { row: 2, col: 1, value: "需专题报告", fill: "FF9C9C" },
          ],
          conditionalFormats: [
            { ref: `A5:E${4 + rows}`, formula: "$C5>10", fill: "FF9C9C", priority: 1, meaning: "red" },
            { ref: `A5:E${4 + rows}`, formula: '$E5=""', fill: "FFF2A0", priority: 2, meaning: "yellow" },
          ],
          validations: [
            { ref: `E5:E${4 + rows}`, list: "KH_CADRE_GRADES", prompt: "选择等次", error: "请从列表中选择" },
          ],
          freeze: { rows: 4, cols: 1 },
        },
        {
          name: "考核规则",
          tabColor: "7F7F7F",
          table: {
            name: "KaoheRules",
            anchorRow: 4,
            anchorCol: 1,
            columns: [
              { header: "键", width: 16, role: "value" },
              { header: "值", width: 24, role: "input" },
            ],
            rows: [
              [{ value: "year" }, { value: 2020 }],
              [{ value: "cadreGrade" }, { value: "优秀" }],
              [{ value: "cadreGrade" }, { value: "称职" }],
            ],
          },
          loose: [
            { row: 2, col: 1, value: "考核助手标记" },
            { row: 2, col: 2, value: "kaohe-workbook/1" },
            { row: 2, col: 3, value: "考核规则" },
            { row: 2, col: 4, value: "考核对象" },
          ],
          conditionalFormats: [],
          validations: [{ ref: "B6", list: '"优秀,称职"' }],
          freeze: { rows: 4, cols: 0 },
        },
      ] satisfies PlanSheetContent[]
    ).map((s, i) => withPrint(s, 2020, i === 0 ? { lastCol: 4 } : {})),
    names: [
      { name: "KAOHE_SCHEMA", refersTo: "'考核规则'!$B$2" },
      { name: "KAOHE_SHEETS", refersTo: "'考核规则'!$C$2:$D$2" },
      { name: "KH_CADRE_GRADES", refersTo: "'考核规则'!$B$6:$B$7" },
    ],
  };
}

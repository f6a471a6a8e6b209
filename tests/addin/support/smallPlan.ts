import { KAOHE_HEAD_COLS } from "../../../src/core/plan/kaoheSheetContent";
import { HEADER_ROW, LEGEND_ROW, TITLE_ROW } from "../../../src/core/plan/kaoheSheets";
import { withPrint } from "../../../src/core/plan/printSetup";
import type { PlanCell, PlanLooseCell, PlanSheetContent, WritePlan } from "../../../src/core/plan/writePlan";
import { districtReview } from "./plans";

/** The head of a real plan's sheet: what tells a sheet as Kaohe's (kaoheSheetContent.ts). */
interface RealHead {
  /** Its title (A1) and the legend's or the marker's label (A2), as the real plan writes them. */
  loose: PlanLooseCell[];
  /** The first header cells of row 4. */
  headers: string[];
}

let realPlan: WritePlan | null = null;

/** Taken from the plan of a generated district, so the fixture follows Kaohe's real layout. */
function realHead(sheet: string): RealHead {
  realPlan ??= districtReview(3).plan;
  const real = realPlan.sheets.find((s) => s.name === sheet);
  if (real === undefined || real.table.anchorRow !== HEADER_ROW) throw new Error(`no ${sheet} in the real plan`);
  return {
    loose: real.loose.filter((c) => c.col === 1 && (c.row === TITLE_ROW || c.row === LEGEND_ROW)),
    headers: real.table.columns.slice(0, KAOHE_HEAD_COLS).map((c) => c.header),
  };
}

/** A real header's text by its position, so a hand-written column carries it. */
function header(head: RealHead, i: number): string {
  const text = head.headers[i];
  if (text === undefined) throw new Error(`the real plan has no header ${i + 1}`);
  return text;
}

/**
 * A small plan written by hand, with one of everything a host must apply: text that Excel
 * would parse, a formula, a link, loose cells, two conditional formats, a list validation,
 * frozen panes, names and notes. Its sheets' heads (title, legend, the first header cells) are
 * a real plan's, so that a re-run knows them as Kaohe's by their content; the columns under
 * those headers hold the host's cases, not what the real columns hold.
 */
export function smallPlan(rows = 3): WritePlan {
  const subjects = realHead("考核对象");
  const rules = realHead("考核规则");
  const body: PlanCell[][] = Array.from({ length: rows }, (_, i) => [
    { value: `张${i}`, link: `'名册'!B${i + 3}` },
    { value: i % 2 === 0 ? "001" : "-x" },
    { value: i * 10 },
    { value: i * 20, formula: `C${i + 5}*2` },
    { value: null },
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
              { header: header(subjects, 0), width: 10, role: "value", note: "来自名册" },
              { header: header(subjects, 1), width: 8, role: "value", numFmt: "@" },
              { header: header(subjects, 2), width: 8, role: "value", numFmt: "0" },
              { header: header(subjects, 3), width: 8, role: "formula", numFmt: "0" },
              { header: header(subjects, 4), width: 10, role: "input" },
              { header: header(subjects, 5), width: 10, role: "value" },
            ],
            rows: body,
          },
          loose: [...subjects.loose, { row: 2, col: 2, value: "需专题报告", fill: "FF9C9C" }],
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
              { header: header(rules, 0), width: 16, role: "value" },
              { header: header(rules, 1), width: 16, role: "value" },
              { header: header(rules, 2), width: 24, role: "input" },
            ],
            rows: [
              [{ value: "year" }, { value: "年度" }, { value: 2020 }],
              [{ value: "cadreGrade" }, { value: "干部等次" }, { value: "优秀" }],
              [{ value: "cadreGrade" }, { value: "干部等次" }, { value: "称职" }],
            ],
          },
          loose: [
            ...rules.loose,
            { row: 2, col: 2, value: "kaohe-workbook/1" },
            { row: 2, col: 3, value: "考核规则" },
            { row: 2, col: 4, value: "考核对象" },
          ],
          conditionalFormats: [],
          validations: [{ ref: "C6", list: '"优秀,称职"' }],
          freeze: { rows: 4, cols: 0 },
        },
      ] satisfies PlanSheetContent[]
    ).map((s, i) => withPrint(s, 2020, i === 0 ? { lastCol: 4 } : {})),
    names: [
      { name: "KAOHE_SCHEMA", refersTo: "'考核规则'!$B$2" },
      { name: "KAOHE_SHEETS", refersTo: "'考核规则'!$C$2:$D$2" },
      { name: "KH_CADRE_GRADES", refersTo: "'考核规则'!$C$6:$C$7" },
    ],
  };
}

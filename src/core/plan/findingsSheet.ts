import type { Finding } from "../findings/finding";
import { TableColumns } from "./columns";
import { FINDING_KIND_LABEL, findingKind } from "./findingKinds";
import type { FindingTargets } from "./findingTargets";
import { FINDINGS_SHEET, FIRST_DATA_ROW, HEADER_ROW, HINT_ROW, TAB_COLOR, TITLE_ROW, lastDataRow } from "./kaoheSheets";
import { SEVERITY_LABEL } from "./labels";
import { conditionalFormats, legendCells, MEANING, type Highlight } from "./legend";
import { keyedLinkCell } from "./keyedLink";
import { linkCell, numberCell, textCell } from "./planCells";
import type { PlanSheetContent } from "./writePlan";

/**
 * 问题清单: every finding with its severity, code, message, the source cell it names and a link
 * to where it can be fixed in this workbook. Coloured like the rows it is about.
 */
type FindingColumn =
  | "no"
  | "severity"
  | "kind"
  | "code"
  | "message"
  | "subject"
  | "subjectUnit"
  | "subjectId"
  | "file"
  | "sheet"
  | "cell"
  | "link";

export const FINDING_COLUMNS = new TableColumns<FindingColumn>(FINDINGS_SHEET, [
  { key: "no", header: "序号", width: 6, role: "value", numFmt: "0" },
  { key: "severity", header: "级别", width: 6, role: "value" },
  { key: "kind", header: "类型", width: 6, role: "value" },
  { key: "code", header: "代码", width: 20, role: "value" },
  { key: "message", header: "问题说明", width: 50, role: "value", wrap: true },
  { key: "subject", header: "对象", width: 10, role: "value" },
  { key: "subjectUnit", header: "对象单位", width: 14, role: "value", wrap: true },
  { key: "subjectId", header: "对象ID", width: 7, role: "value" },
  { key: "file", header: "文件", width: 16, role: "value", wrap: true },
  { key: "sheet", header: "工作表", width: 12, role: "value" },
  { key: "cell", header: "单元格", width: 8, role: "value" },
  { key: "link", header: "定位", width: 16, role: "value", note: "点击跳转到可以改正的单元格" },
]);
const COLS = FINDING_COLUMNS;

export function findingsSheet(findings: readonly Finding[], targets: FindingTargets, year: number): PlanSheetContent {
  const rows = findings.map((f, i) => {
    const target = targets.target(f);
    return COLS.row({
      no: numberCell(i + 1),
      severity: textCell(SEVERITY_LABEL[f.severity]),
      kind: textCell(FINDING_KIND_LABEL[findingKind(f.code)]),
      code: textCell(f.code),
      message: textCell(f.message),
      subject: textCell(f.subject),
      subjectUnit: textCell(f.subjectUnit),
      subjectId: textCell(targets.subjectId(f)),
      file: textCell(f.file),
      sheet: textCell(f.sheet),
      cell: textCell(f.cell),
      link:
        target === null
          ? { value: null }
          : target.keyed === undefined
            ? linkCell(target.text, target.target)
            : keyedLinkCell(target.keyed),
    });
  });
  const code = COLS.rowRef("code", FIRST_DATA_ROW);
  const isCode = (...codes: string[]) => `OR(${codes.map((c) => `${code}="${c}"`).join(",")})`;
  const highlights: Highlight[] = [
    { color: "red", formula: isCode("special_report"), meaning: MEANING.red },
    { color: "orange", formula: isCode("over_quota", "grade_not_allowed"), meaning: MEANING.orange },
    { color: "yellow", formula: isCode("grade_missing", "quota_missing"), meaning: MEANING.yellow },
    {
      color: "purple",
      formula: `AND(${COLS.rowRef("severity", FIRST_DATA_ROW)}="${SEVERITY_LABEL.error}",${COLS.rowRef("kind", FIRST_DATA_ROW)}="${FINDING_KIND_LABEL.data}")`,
      meaning: MEANING.purple,
    },
  ];
  return {
    name: FINDINGS_SHEET,
    tabColor: TAB_COLOR.findings,
    table: { name: "KaoheFindings", anchorRow: HEADER_ROW, anchorCol: 1, columns: COLS.planColumns(), rows },
    loose: [
      { row: TITLE_ROW, col: 1, value: `问题清单（${year}年度，共${findings.length}条）`, bold: true },
      ...legendCells(highlights),
      { row: HINT_ROW, col: 1, value: "“单元格”是原工作簿中可以改正的位置；点击“定位”跳转到本工作簿中的对应单元格。" },
    ],
    conditionalFormats: conditionalFormats(
      `A${FIRST_DATA_ROW}:${COLS.letter("link")}${lastDataRow(rows.length)}`,
      highlights,
    ),
    validations: [],
    freeze: { rows: HEADER_ROW, cols: 0 },
  };
}

import type { Assessment } from "../assess/assessment";
import { KAOHE_SUMMARY_TITLE } from "../reader/vocabulary";
import { CADRE_LEVELS, levelsFor } from "../rules/levels";
import { TableColumns } from "./columns";
import { FIRST_DATA_ROW, HEADER_ROW, HINT_ROW, SUMMARY_SHEET, TAB_COLOR, TITLE_ROW, lastDataRow } from "./kaoheSheets";
import { KIND_LABEL, TEAM_POOL_LABEL, YES } from "./labels";
import { conditionalFormats, legendCells, MEANING, type Highlight } from "./legend";
import { levelHeaders } from "./levelHeaders";
import { formulaCell, textCell } from "./planCells";
import { QUOTA_COLUMNS, quotaByKey, teamPoolKey, type QuotaColumn } from "./quotaSheet";
import type { SubjectColumn } from "./subjectColumns";
import { CachedTable } from "./summaryCounts";
import { summaryCharts } from "./summaryCharts";
import { summarySections, type SummaryInputs } from "./summarySections";
import type { RowSpan } from "./pageBreaks";
import type { PlanCell, PlanSheetContent } from "./writePlan";

/**
 * 汇总, the first sheet a leader opens: per unit the graded count, the quota, the proposals by
 * level, the graded without a proposal, and what is over or left; below it the counts by status
 * and grade, the special-report subjects and the findings by severity, then the charts. Every
 * number is a formula over the other Kaohe sheets (A1 ranges and defined names only), cached
 * with the value those sheets cache, so an edit of 建议等次 in 考核对象 updates the overview.
 */
export type SummaryColumn =
  "unit" | "graded" | "quota" | "level0" | "level1" | "level2" | "level3" | "missing" | "over" | "left";

export function summaryColumns(assessment: Assessment): TableColumns<SummaryColumn> {
  const levels = levelHeaders(assessment.rules.teamLevelSet);
  const count = (i: 0 | 1 | 2 | 3) =>
    ({
      key: `level${i}`,
      header: `建议${levels[i]}`,
      width: 10,
      role: "formula",
      numFmt: "0",
      note: `考核对象中建议等次为“${levels[i]}”的人数（领导班子行为个数）`,
    }) as const;
  return new TableColumns<SummaryColumn>(SUMMARY_SHEET, [
    // Wide enough for most units' names on one line; a longer one (区委机构编制委员会办公室) wraps.
    // The blocks below hold their labels in this column (考核状态, 档次, 姓名) and in the next
    // (等次, a special-report subject's unit), so these two are the wide ones.
    { key: "unit", header: "单位", width: 24, role: "value", wrap: true },
    { key: "graded", header: "参加定等人数", width: 14, role: "formula", numFmt: "0", note: "见单位名额" },
    {
      key: "quota",
      header: "名额",
      width: 9,
      role: "formula",
      numFmt: "0",
      note: "优秀名额（班子为“好”名额），见单位名额",
    },
    count(0),
    count(1),
    count(2),
    count(3),
    { key: "missing", header: "未提建议", width: 9, role: "formula", numFmt: "0", note: "参加定等但建议等次为空" },
    { key: "over", header: "超出", width: 9, role: "formula", numFmt: "0", note: "建议第一档超出名额的个数" },
    { key: "left", header: "剩余名额", width: 9, role: "formula", numFmt: "0", note: "名额减去建议第一档，不小于0" },
  ]);
}

/** 汇总 with its blocks of rows that print on one page each: the unit table and each block below it. */
export interface SummarySheet {
  sheet: PlanSheetContent;
  together: RowSpan[];
}

export function summarySheet(inputs: SummaryInputs): SummarySheet {
  const { assessment } = inputs;
  const cols = summaryColumns(assessment);
  // One cache of 考核对象 for the unit table and the blocks below it: each set of columns they
  // count by is tallied over its 20,000 rows once, where both ask the same counts by grade.
  const subjectCounts = new CachedTable(inputs.subjects.sheet, inputs.subjects.cols);
  const rows = unitRows(cols, inputs, subjectCounts);
  const last = lastDataRow(rows.length);
  const sections = summarySections(inputs, last + 2, subjectCounts);
  const highlights: Highlight[] = [
    { color: "orange", formula: `${cols.rowRef("over", FIRST_DATA_ROW)}<>""`, meaning: MEANING.orange },
  ];
  const charts = summaryCharts(rows, cols, sections.cells, sections.specialRows, sections.chartsRow);
  const sheet: PlanSheetContent = {
    name: SUMMARY_SHEET,
    tabColor: TAB_COLOR.summary,
    table: { name: "KaoheSummary", anchorRow: HEADER_ROW, anchorCol: 1, columns: cols.planColumns(), rows },
    loose: [
      { row: TITLE_ROW, col: 1, value: `${KAOHE_SUMMARY_TITLE}（${assessment.year}年度）`, bold: true },
      ...legendCells(highlights),
      {
        row: HINT_ROW,
        col: 1,
        value:
          "本表各数均为公式：修改考核对象的建议等次后自动重算。需专题报告名单按运行时的结果列出，票数或名册改动后请重新运行考核助手。",
      },
      ...sections.cells,
    ],
    conditionalFormats: conditionalFormats(`A${FIRST_DATA_ROW}:${cols.letter("left")}${last}`, highlights),
    validations: [],
    freeze: { rows: HEADER_ROW, cols: 1 },
    ...(charts.length > 0 ? { charts } : {}),
  };
  // The unit table from the sheet's title: a long one runs over pages, and the blocks then start a page.
  return { sheet, together: [{ first: TITLE_ROW, last }, ...sections.blocks] };
}

/**
 * One row per quota row of 单位名额, in its order as written, the team pool last. Each finds its
 * quota row by 单位编号, not by row, so a clerk sorting 单位名额 leaves 汇总 as it was.
 */
function unitRows(
  cols: TableColumns<SummaryColumn>,
  inputs: SummaryInputs,
  cached: CachedTable<SubjectColumn>,
): PlanCell[][] {
  const { assessment, subjects, quotas } = inputs;
  const S = (key: SubjectColumn) => subjects.cols.range(key, subjects.lastRow);
  const quotaCache = new CachedTable(quotas.sheet, QUOTA_COLUMNS);
  const pooled = assessment.rules.quotaScope === "pooled";
  const teamLevels = levelsFor("team", assessment.rules.teamLevelSet);
  const n = quotas.sheet.table.rows.length;
  return Array.from({ length: n }, (_, i) => {
    const row = FIRST_DATA_ROW + i;
    const at = (key: SummaryColumn) => cols.at(key, row);
    const team = i === n - 1;
    const key = team ? teamPoolKey(assessment) : i + 1;
    const Q = (column: QuotaColumn) => quotaByKey(assessment, column, key);
    const unit = team ? TEAM_POOL_LABEL : String(quotaCache.value(i, "unit") ?? "");
    const kind = team ? KIND_LABEL.team : KIND_LABEL.cadre;
    // The unit by its number in 单位名额 and the grade by its level (quotaSheet.ts): never text as a pattern.
    const inUnit = team || pooled ? "" : `${S("unitKey")},${key},`;
    const where = `${inUnit}${S("kind")},"${kind}"`;
    const scope = team || pooled ? { kind } : { kind, unit };
    const levelCell = (l: 0 | 1 | 2 | 3): PlanCell => {
      const name = team ? teamLevels[l] : CADRE_LEVELS[l];
      return formulaCell(`COUNTIFS(${where},${S("gradeRank")},${l + 1})`, cached.count({ ...scope, grade: name }));
    };
    const quota = quotaCache.value(i, "quota");
    const first = cached.count({ ...scope, grade: team ? teamLevels[0] : CADRE_LEVELS[0] });
    const carry = (key: "quota" | "over") =>
      formulaCell(`IF(${Q(key)}="","",${Q(key)})`, quotaCache.value(i, key) ?? "");
    return cols.row({
      unit: textCell(unit),
      graded: formulaCell(Q("graded"), quotaCache.value(i, "graded")),
      quota: carry("quota"),
      level0: levelCell(0),
      level1: levelCell(1),
      level2: levelCell(2),
      level3: levelCell(3),
      missing: formulaCell(
        `COUNTIFS(${where},${S("receives")},"${YES}",${S("grade")},"")`,
        cached.count({ ...scope, receives: YES, grade: "" }),
      ),
      over: carry("over"),
      left: formulaCell(
        `IF(ISNUMBER(${at("quota")}),IF(${at("quota")}>${at("level0")},${at("quota")}-${at("level0")},0),"")`,
        typeof quota === "number" ? Math.max(quota - first, 0) : "",
      ),
    });
  });
}

import type { Assessment, UnitQuota } from "../assess/assessment";
import { allocationOf } from "../assess/grades/unitQuotas";
import { TableColumns } from "./columns";
import { FIRST_DATA_ROW, HEADER_ROW, HINT_ROW, QUOTAS_SHEET, TAB_COLOR, TITLE_ROW, lastDataRow } from "./kaoheSheets";
import { KIND_LABEL, OVER_QUOTA_LABEL, QUOTA_MISSING_LABEL, ROUNDING_LABEL, TEAM_POOL_LABEL, YES } from "./labels";
import { conditionalFormats, legendCells, MEANING, type Highlight } from "./legend";
import { exactMatch } from "./exactMatch";
import { formulaCell, numberCell, textCell } from "./planCells";
import { RULE_NAME } from "./rulesNames";
import type { SubjectColumn } from "./subjectColumns";
import type { PlanCell, PlanSheetContent } from "./writePlan";

/**
 * 单位名额 (三.八): per unit, the cadres receiving a grade, n·p/100, the 优秀 quota in integer
 * arithmetic as the rules round it (or the allocated quota), the 优秀 proposals and the excess;
 * then the district's team pool. Every number is a formula over 考核对象 and the rules.
 */
export type QuotaColumn =
  "unit" | "graded" | "theoretical" | "allocated" | "quota" | "proposed" | "over" | "problem" | "key";

export const QUOTA_COLUMNS = new TableColumns<QuotaColumn>(QUOTAS_SHEET, [
  { key: "unit", header: "单位", width: 20, role: "value" },
  { key: "graded", header: "参加定等人数", width: 10, role: "formula", numFmt: "0", note: "考核对象中参加定等的人数" },
  { key: "theoretical", header: "理论名额", width: 9, role: "formula", numFmt: "0.00", note: "人数×比例/100" },
  { key: "allocated", header: "分配名额", width: 9, role: "formula", numFmt: "0", note: "考核规则中的名额分配" },
  { key: "quota", header: "名额", width: 7, role: "formula", numFmt: "0", note: "按考核规则取整，或分配名额" },
  {
    key: "proposed",
    header: "建议优秀数",
    width: 10,
    role: "formula",
    numFmt: "0",
    note: "建议等次为优秀的人数；全区领导班子行为建议第一档（好）的个数",
  },
  { key: "over", header: "超出", width: 6, role: "formula", numFmt: "0" },
  { key: "problem", header: "问题", width: 12, role: "formula" },
  {
    key: "key",
    header: "单位编号",
    width: 8,
    role: "value",
    numFmt: "0",
    note: "考核对象按单位名称逐字（区分大小写）对应到此编号，各数按编号统计",
  },
]);
const COLS = QUOTA_COLUMNS;

export interface SubjectRanges {
  cols: TableColumns<SubjectColumn>;
  lastRow: number;
}

/**
 * The number each quota row's unit goes by, 1 up in row order (the team pool has none). 考核对象
 * finds its row's number by comparing unit names with EXACT (subjectFormulas.ts), and every
 * count compares numbers: a unit's name is never a COUNTIFS criterion, where `*`, `?`, `~` and a
 * leading `=`, `<` or `>` are patterns and letters match in either case.
 */
export function unitKeys(assessment: Assessment): Map<string, number> {
  const keys = new Map(assessment.units.map((u, i) => [u.unit, i + 1]));
  // The team pool's row has the next number, so 汇总 finds it by number too; a unit of that name comes first.
  if (!keys.has(TEAM_POOL_LABEL)) keys.set(TEAM_POOL_LABEL, teamPoolKey(assessment));
  return keys;
}

/** The number of 单位名额's team pool row, after every unit's. */
export function teamPoolKey(assessment: Assessment): number {
  return assessment.units.length + 1;
}

/**
 * A column of 单位名额 at the row whose 单位编号 is `key`, wherever a clerk sorted that row: the
 * number is matched exactly (MATCH of a number is no pattern), over the whole table.
 */
export function quotaByKey(assessment: Assessment, column: QuotaColumn, key: number): string {
  const last = lastDataRow(assessment.units.length + 1);
  return `INDEX(${COLS.range(column, last)},MATCH(${key},${COLS.range("key", last)},0))`;
}

/** Where 考核对象's formulas find the units and their numbers: every quota row, the team pool's included. */
export function quotaUnitRanges(assessment: Assessment): { units: string; keys: string } {
  const last = lastDataRow(assessment.units.length + 1);
  return { units: COLS.range("unit", last), keys: COLS.range("key", last) };
}

export function quotaSheet(assessment: Assessment, subjects: SubjectRanges): PlanSheetContent {
  const { rules } = assessment;
  const pooled = rules.quotaScope === "pooled";
  const hasAllocations = (rules.allocatedQuotas ?? []).length > 0;
  const S = (key: SubjectColumn) => subjects.cols.range(key, subjects.lastRow);
  const rows = assessment.units.map((u, i) =>
    unitRow(u, FIRST_DATA_ROW + i, assessment, { S, pooled, hasAllocations }),
  );
  rows.push(teamRow(FIRST_DATA_ROW + rows.length, assessment, S));
  const last = lastDataRow(rows.length);
  const problem = COLS.rowRef("problem", FIRST_DATA_ROW);
  const highlights: Highlight[] = [
    { color: "orange", formula: `${problem}="${OVER_QUOTA_LABEL}"`, meaning: MEANING.orange },
    { color: "yellow", formula: `${problem}="${QUOTA_MISSING_LABEL}"`, meaning: MEANING.yellow },
  ];
  return {
    name: QUOTAS_SHEET,
    tabColor: TAB_COLOR.quotas,
    table: { name: "KaoheQuotas", anchorRow: HEADER_ROW, anchorCol: 1, columns: COLS.planColumns(), rows },
    loose: [
      { row: TITLE_ROW, col: 1, value: `单位名额（${assessment.year}年度，优秀及班子“好”等次）`, bold: true },
      ...legendCells(highlights),
      {
        row: HINT_ROW,
        col: 1,
        value: "名额=人数×比例/100，按考核规则的取整方式取整（整数运算）；修改考核对象的建议等次后自动重算。",
      },
    ],
    conditionalFormats: conditionalFormats(`A${FIRST_DATA_ROW}:${COLS.letter("problem")}${last}`, highlights),
    validations: [],
    freeze: { rows: HEADER_ROW, cols: 1 },
  };
}

/**
 * The quota of n at percent p as the rules round it, in integers, as the core does: floor of
 * (n·p + 0, 50 or 99) / 100. INT of a non-negative number only, because INT of a negative one
 * differs between engines (HyperFormula truncates).
 */
function roundedQuota(n: string, percent: string): string {
  const mode = (rounding: keyof typeof ROUNDING_LABEL) => `${RULE_NAME.rounding}="${ROUNDING_LABEL[rounding]}"`;
  return `IF(${mode("half_up")},INT((${n}*${percent}+50)/100),IF(${mode("up")},INT((${n}*${percent}+99)/100),INT(${n}*${percent}/100)))`;
}

interface UnitOptions {
  S: (key: SubjectColumn) => string;
  pooled: boolean;
  hasAllocations: boolean;
}

function unitRow(u: UnitQuota, row: number, assessment: Assessment, o: UnitOptions): PlanCell[] {
  const at = (key: QuotaColumn) => COLS.at(key, row);
  const { S } = o;
  const inUnit = o.pooled ? "" : `${S("unitKey")},${at("key")},`;
  const cadres = `${inUnit}${S("kind")},"${KIND_LABEL.cadre}"`;
  const allocation = allocationOf(assessment.rules, u.unit);
  const over = u.excellentQuota !== null && u.over ? u.excellentProposed - u.excellentQuota : "";
  const problem = u.quotaMissing ? QUOTA_MISSING_LABEL : u.over ? OVER_QUOTA_LABEL : "";
  return COLS.row({
    unit: textCell(u.unit),
    graded: formulaCell(`COUNTIFS(${cadres},${S("receives")},"${YES}")`, u.graded),
    theoretical: formulaCell(`${at("graded")}*${RULE_NAME.excellentPercent}/100`, u.theoretical),
    allocated: o.hasAllocations
      ? formulaCell(
          `IFERROR(INDEX(${RULE_NAME.allocatedQuotas},${exactMatch(at("unit"), RULE_NAME.allocatedUnits)}),"")`,
          allocation?.quota ?? "",
        )
      : { value: null },
    quota: formulaCell(
      `IF(${RULE_NAME.allocation}="${YES}",IF(${at("allocated")}="","",${at("allocated")}),${roundedQuota(at("graded"), RULE_NAME.excellentPercent)})`,
      u.excellentQuota ?? "",
    ),
    proposed: formulaCell(`COUNTIFS(${cadres},${S("gradeRank")},1)`, u.excellentProposed),
    over: formulaCell(overFormula(at), over),
    problem: formulaCell(
      `IF(AND(${RULE_NAME.allocation}="${YES}",${at("graded")}>0,${at("allocated")}=""),"${QUOTA_MISSING_LABEL}",IF(${at("over")}<>"","${OVER_QUOTA_LABEL}",""))`,
      problem,
    ),
    key: numberCell(row - FIRST_DATA_ROW + 1),
  });
}

function teamRow(row: number, assessment: Assessment, S: (key: SubjectColumn) => string): PlanCell[] {
  const at = (key: QuotaColumn) => COLS.at(key, row);
  const t = assessment.teams;
  const teams = `${S("kind")},"${KIND_LABEL.team}"`;
  return COLS.row({
    unit: textCell(TEAM_POOL_LABEL),
    graded: formulaCell(`COUNTIFS(${teams},${S("receives")},"${YES}")`, t.graded),
    theoretical: formulaCell(`${at("graded")}*${RULE_NAME.goodTeamPercent}/100`, t.theoretical),
    quota: formulaCell(roundedQuota(at("graded"), RULE_NAME.goodTeamPercent), t.goodQuota),
    proposed: formulaCell(`COUNTIFS(${teams},${S("gradeRank")},1)`, t.goodProposed),
    over: formulaCell(overFormula(at), t.over ? t.goodProposed - t.goodQuota : ""),
    problem: formulaCell(`IF(${at("over")}<>"","${OVER_QUOTA_LABEL}","")`, t.over ? OVER_QUOTA_LABEL : ""),
    key: numberCell(teamPoolKey(assessment)),
  });
}

function overFormula(at: (key: QuotaColumn) => string): string {
  return `IF(ISNUMBER(${at("quota")}),IF(${at("proposed")}>${at("quota")},${at("proposed")}-${at("quota")},""),"")`;
}

import { columnLetters, quoteSheet } from "../model/address";
import type { Rules } from "../rules/rules";
import { columnMapCells, type ColumnMapRow } from "./columnMapSheet";
import { TableColumns } from "./columns";
import {
  FIRST_DATA_ROW,
  HEADER_ROW,
  HINT_ROW,
  KAOHE_SHEET_NAMES,
  RULES_SHEET,
  TAB_COLOR,
  TITLE_ROW,
} from "./kaoheSheets";
import { textCell } from "./planCells";
import { RULE_NAME } from "./rulesNames";
import { ruleRows, type RuleKey, type RuleRow } from "./rulesRows";
import {
  OWNED_SHEETS_NAME,
  SCHEMA_NAME,
  type PlanLooseCell,
  type PlanName,
  type PlanSheetContent,
  type PlanValidation,
  type WritePlan,
} from "./writePlan";

/**
 * 考核规则: the rules as a table a clerk can edit, each scalar rule behind a defined name that
 * the other sheets' formulas use. Row 2 marks the workbook as Kaohe's: the schema version and
 * the list of sheets a re-run replaces (both also defined names).
 */
export type RulesColumn = "key" | "label" | "value" | "number" | "excludes" | "effect" | "note";

export const RULES_COLUMNS = new TableColumns<RulesColumn>(RULES_SHEET, [
  { key: "key", header: "键", width: 16, role: "value", note: "规则的固定标识，重新运行时按它读回，请勿修改" },
  { key: "label", header: "规则", width: 22, role: "value" },
  { key: "value", header: "值", width: 24, role: "input", note: "可修改；修改后各表公式自动重算" },
  { key: "number", header: "数值", width: 8, role: "input" },
  { key: "excludes", header: "排除词", width: 14, role: "input" },
  { key: "effect", header: "影响", width: 16, role: "input" },
  { key: "note", header: "说明", width: 56, role: "value", wrap: true },
]);

export const SCHEMA_VERSION: WritePlan["schemaVersion"] = "kaohe-workbook/1";
/** Row 2 holds the marker: the schema in column B, the owned sheets' names from column C. */
const MARK_ROW = 2;

export function buildRulesSheet(
  rules: Rules,
  date1904: boolean,
  columnMap: readonly ColumnMapRow[] = [],
): { sheet: PlanSheetContent; names: PlanName[] } {
  const rows = ruleRows(rules, date1904);
  const cols = RULES_COLUMNS;
  // 列映射 below the rules table, after one blank row: the rules' cells and names stay where they were.
  const mapCells = columnMapCells(columnMap, FIRST_DATA_ROW + Math.max(rows.length, 1) + 1);
  const sheet: PlanSheetContent = {
    name: RULES_SHEET,
    tabColor: TAB_COLOR.rules,
    table: {
      name: "KaoheRules",
      anchorRow: HEADER_ROW,
      anchorCol: 1,
      columns: cols.planColumns(),
      rows: rows.map((r) =>
        cols.row({
          key: textCell(r.key),
          label: textCell(r.label),
          value: r.value,
          ...(r.number ? { number: r.number } : {}),
          ...(r.excludes ? { excludes: r.excludes } : {}),
          ...(r.effect ? { effect: r.effect } : {}),
          note: textCell(r.note),
        }),
      ),
    },
    loose: [...looseCells(rules), ...mapCells.loose],
    conditionalFormats: [],
    // Column B's drop-down before column C's: the order ExcelJS writes them in, which every host then shares.
    validations: [...mapCells.validations, ...choiceValidations(rows)],
    freeze: { rows: HEADER_ROW, cols: 2 },
  };
  return { sheet, names: [...markerNames(), ...ruleNames(rows)] };
}

function looseCells(rules: Rules): PlanLooseCell[] {
  return [
    { row: TITLE_ROW, col: 1, value: `考核规则（${rules.year}年度）`, bold: true },
    { row: MARK_ROW, col: 1, value: "考核助手标记" },
    { row: MARK_ROW, col: 2, value: SCHEMA_VERSION },
    ...KAOHE_SHEET_NAMES.map((name, i) => ({ row: MARK_ROW, col: 3 + i, value: name })),
    {
      row: HINT_ROW,
      col: 1,
      value: "修改“值”“数值”列后，各表公式自动重算；增删处分规则、名额分配或测评权重后，请重新运行考核助手。",
    },
  ];
}

function markerNames(): PlanName[] {
  const sheet = quoteSheet(RULES_SHEET);
  const last = columnLetters(3 + KAOHE_SHEET_NAMES.length - 1);
  return [
    { name: SCHEMA_NAME, refersTo: `${sheet}!$B$${MARK_ROW}` },
    { name: OWNED_SHEETS_NAME, refersTo: `${sheet}!$C$${MARK_ROW}:$${last}$${MARK_ROW}` },
  ];
}

/** Names of single rules, and of the runs of rows that form a list (grades, scores, allocations). */
function ruleNames(rows: RuleRow[]): PlanName[] {
  const names: PlanName[] = [];
  const value = (i: number) => RULES_COLUMNS.absolute("value", FIRST_DATA_ROW + i);
  rows.forEach((r, i) => {
    if (r.name !== undefined) names.push({ name: r.name, refersTo: value(i) });
  });
  const run = (key: RuleKey, column: RulesColumn, name: string) => {
    const first = rows.findIndex((r) => r.key === key);
    if (first < 0) return;
    let last = first;
    while (rows[last + 1]?.key === key) last++;
    const top = RULES_COLUMNS.absolute(column, FIRST_DATA_ROW + first);
    const bottom = RULES_COLUMNS.absolute(column, FIRST_DATA_ROW + last).replace(/^.*!/, "");
    names.push({ name, refersTo: `${top}:${bottom}` });
  };
  run("levelScore", "value", RULE_NAME.levelScores);
  run("cadreGrade", "value", RULE_NAME.cadreGrades);
  run("teamGrade", "value", RULE_NAME.teamGrades);
  run("allocatedQuota", "value", RULE_NAME.allocatedUnits);
  run("allocatedQuota", "number", RULE_NAME.allocatedQuotas);
  return names;
}

function choiceValidations(rows: RuleRow[]): PlanValidation[] {
  const validations: PlanValidation[] = [];
  rows.forEach((r, i) => {
    if (r.choices === undefined) return;
    validations.push({
      ref: RULES_COLUMNS.at("value", FIRST_DATA_ROW + i),
      list: `"${r.choices.join(",")}"`,
      error: `请从列表中选择：${r.choices.join("、")}`,
    });
  });
  return validations;
}

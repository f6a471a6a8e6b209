import { OVERALL_ITEM } from "../model/tally";
import type { TableColumns } from "./columns";
import { YES } from "./labels";
import { RULE_NAME } from "./rulesNames";
import { COUNT_COLUMNS, type TallyColumn, type TallyFormulaColumn } from "./tallyColumns";

/**
 * The row checks of 测评明细 (DOMAIN.md §Democratic evaluation) as formulas over the row's own
 * cells. Blank counts are empty cells and count as 0; a cell a clerk typed text into is read
 * through N() so that one bad cell shows as a check, never as #VALUE!.
 */
export const MAX_COUNT_TEXT = "10000000";

export type TallyFormulas = Record<TallyFormulaColumn, string>;

export function tallyFormulas(cols: TableColumns<TallyColumn>, row: number): TallyFormulas {
  const at = (key: TallyColumn) => cols.at(key, row);
  const n = (key: TallyColumn) => `N(${at(key)})`;
  const levels = `${at("level0")}:${at("level3")}`;
  const yes = (condition: string) => `IF(${condition},"${YES}","")`;
  const clean = `${at("countInvalid")}=""`;
  const badCount = (key: TallyColumn) =>
    `AND(ISNUMBER(${at(key)}),OR(${n(key)}<0,${n(key)}>${MAX_COUNT_TEXT},${n(key)}<>INT(${n(key)})))`;
  return {
    overall: `IF(OR(TRIM(${at("item")})="",TRIM(${at("item")})="${OVERALL_ITEM}"),1,0)`,
    counted: `IF(ISNUMBER(${at("valid")}),${at("valid")},SUM(${levels})+${n("abstain")})`,
    countInvalid: yes(`OR(${COUNT_COLUMNS.map(badCount).join(",")})`),
    sumOver: yes(`AND(${clean},ISNUMBER(${at("valid")}),SUM(${levels})>${n("valid")})`),
    validOver: yes(`AND(${clean},ISNUMBER(${at("valid")}),ISNUMBER(${at("returned")}),${n("valid")}>${n("returned")})`),
    returnedOver: yes(
      `AND(${clean},ISNUMBER(${at("returned")}),ISNUMBER(${at("issued")}),${n("returned")}>${n("issued")})`,
    ),
    turnoutLow: yes(
      `AND(${clean},${n("expected")}>0,ISNUMBER(${at("returned")}),NOT(100*${n("returned")}>${RULE_NAME.turnoutPercent}*${n("expected")}))`,
    ),
    dataError: yes(
      `OR(${at("excluded")}<>"",${at("countInvalid")}<>"",${at("sumOver")}<>"",${at("validOver")}<>"",${at("returnedOver")}<>"")`,
    ),
    included: `IF(OR(${at("excluded")}<>"",${at("countInvalid")}<>"",${at("returnedOver")}<>""),0,1)`,
  };
}

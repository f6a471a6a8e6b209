import { CADRE_LEVELS } from "../rules/levels";
import type { TableColumns } from "./columns";
import {
  CAP_NONE_LABEL,
  EFFECT_LABEL,
  GRADE_MISSING_LABEL,
  GRADE_NOT_ALLOWED_LABEL,
  KIND_LABEL,
  MAIN_POST_LABEL,
  STATUS_LABEL,
  YES,
} from "./labels";
import { exactLevel, exactMatch } from "./exactMatch";
import { RULE_NAME } from "./rulesNames";
import type { SubjectColumn, SubjectFormulaColumn } from "./subjectColumns";
import type { TallyColumn } from "./tallyColumns";

/**
 * 考核对象's formula columns, over the row's value columns and the rules by name. They restate
 * DOMAIN.md's clauses in integers (超过半年 is `2*days>KH_DAYS`, exactly half is neither) and the
 * status precedence as one nested IF, strongest first; the tests recompute them with another
 * engine and require exactly the core's decisions.
 */
export const TRIGGER_LABEL = { low_approval: "好评不足三分之二", high_disapproval: "差评达三分之一" } as const;

export type { SubjectFormulaColumn } from "./subjectColumns";

export interface TallyRanges {
  cols: TableColumns<TallyColumn>;
  lastRow: number;
}

/** 单位名额's unit names and their numbers (quotaSheet.ts), each a whole column range. */
export interface QuotaUnitRanges {
  units: string;
  keys: string;
}

const D = RULE_NAME.days;
const Y = RULE_NAME.year;

export function subjectFormulas(
  cols: TableColumns<SubjectColumn>,
  row: number,
  tallies: TallyRanges,
  quotaUnits: QuotaUnitRanges,
): Record<SubjectFormulaColumn, string> {
  const at = (key: SubjectColumn) => cols.at(key, row);
  const n = (key: SubjectColumn) => `N(${at(key)})`;
  const yearOf = (key: SubjectColumn) => `IF(ISNUMBER(${at(key)}),YEAR(${at(key)}),0)`;
  const is = (key: SubjectColumn, text: string) => `${at(key)}="${text}"`;
  const cond = {
    notAssessed: `AND(ISNUMBER(${at("workedDays")}),2*${n("workedDays")}<${D})`,
    concurrent: is("mainPost", MAIN_POST_LABEL.concurrent),
    // EXACT: `=` ignores case, the core does not (ABC局 and abc局 are two units).
    elsewhere: `AND(2*${n("hostDays")}>${D},${at("secondedTo")}<>"",NOT(EXACT(${at("secondedTo")},${at("unit")})))`,
    regulated: `${at("effect")}<>""`,
    ungraded: `2*${n("leaveDays")}>${D}`,
    review: `OR(${is("mainPost", MAIN_POST_LABEL.unknown)},AND(ISNUMBER(${at("hostDays")}),2*${n("hostDays")}=${D}),AND(ISNUMBER(${at("workedDays")}),2*${n("workedDays")}=${D}))`,
    unitRecommends: `2*${n("workedDays")}>${D}`,
  };
  const status = [
    [cond.notAssessed, STATUS_LABEL.not_assessed],
    [cond.concurrent, STATUS_LABEL.concurrent],
    [cond.elsewhere, STATUS_LABEL.assessed_elsewhere],
    [cond.regulated, STATUS_LABEL.regulated],
    [cond.ungraded, STATUS_LABEL.ungraded],
    [cond.review, STATUS_LABEL.review],
    [cond.unitRecommends, STATUS_LABEL.unit_recommends],
  ].reduceRight((otherwise, [c, label]) => `IF(${c},"${label}",${otherwise})`, `"${STATUS_LABEL.graded}"`);
  const clause = (c: string, number: string) => `IF(${c},"${number} ","")`;
  const clauses = [
    clause(`${at("mainPost")}<>""`, "一.1"),
    clause(`AND(${yearOf("promotedOn")}=${Y},${yearOf("transferredOn")}<>${Y})`, "一.2"),
    clause(`${yearOf("transferredOn")}=${Y}`, "一.3"),
    clause(`${n("hostDays")}>0`, "一.4"),
    clause(cond.ungraded, "一.5"),
    clause(`ISNUMBER(${at("workedDays")})`, "一.6"),
    clause(cond.regulated, "一.7"),
  ];
  const noGrade = [
    cond.concurrent,
    cond.elsewhere,
    cond.ungraded,
    cond.notAssessed,
    is("effect", EFFECT_LABEL.deferred),
    is("effect", EFFECT_LABEL.no_grade),
  ];
  const sum = (key: TallyColumn) =>
    `SUMIFS(${tallies.cols.range(key, tallies.lastRow)},${tallies.cols.range("subjectId", tallies.lastRow)},${at("id")},${tallies.cols.range("included", tallies.lastRow)},1,${tallies.cols.range("overall", tallies.lastRow)},1)`;
  const valid = at("valid");
  const rate = (numerator: string) => `IF(${valid}=0,"",${numerator}/${valid})`;
  const [l0, l1, l2, l3] = [at("level0"), at("level1"), at("level2"), at("level3")];
  return {
    status,
    clauses: `SUBSTITUTE(TRIM(${clauses.join("&")})," ","、")`,
    cap: `IF(OR(${noGrade.join(",")}),"${CAP_NONE_LABEL}",IF(${is("effect", EFFECT_LABEL.incompetent)},"${CADRE_LEVELS[3]}",IF(${is("effect", EFFECT_LABEL.no_excellent)},"${CADRE_LEVELS[1]}","")))`,
    receives: `IF(AND(${at("cap")}<>"${CAP_NONE_LABEL}",${at("status")}<>"${STATUS_LABEL.review}"),"${YES}","")`,
    assessingUnit: `IF(${cond.elsewhere},${at("secondedTo")},"")`,
    valid: sum("counted"),
    level0: sum("level0"),
    level1: sum("level1"),
    level2: sum("level2"),
    level3: sum("level3"),
    abstain: sum("abstain"),
    rateTop: rate(l0),
    rateGood: rate(`(${l0}+${l1})`),
    rateLow: rate(l3),
    special: `IF(AND(${valid}>0,3*${l3}>${valid}),"${YES}","")`,
    triggers: `SUBSTITUTE(TRIM(IF(AND(${valid}>0,${RULE_NAME.lowApproval}="${YES}",3*(${l0}+${l1})<2*${valid}),"${TRIGGER_LABEL.low_approval} ","")&IF(AND(${valid}>0,${RULE_NAME.highDisapproval}="${YES}",3*(${l2}+${l3})>=${valid}),"${TRIGGER_LABEL.high_disapproval}",""))," ","、")`,
    dataErrors: `${n("rosterErrors")}+COUNTIFS(${tallies.cols.range("subjectId", tallies.lastRow)},${at("id")},${tallies.cols.range("dataError", tallies.lastRow)},"${YES}")`,
    gradeProblem: gradeProblem(at),
    // N(): the team pool's row has no number, and its blank cell must read as 0 in every program.
    unitKey: `IFERROR(N(INDEX(${quotaUnits.keys},${exactMatch(at("unit"), quotaUnits.units)})),0)`,
    gradeRank: `IF(${at("grade")}="","",${kindLevel(at, at("grade"))})`,
  };
}

/** The level of `x` among the row's kind's grades in 考核规则, exactly (exactMatch.ts); 0 for none. */
function kindLevel(at: (key: SubjectColumn) => string, x: string): string {
  return `IF(${at("kind")}="${KIND_LABEL.team}",${exactLevel(x, RULE_NAME.teamGrades)},${exactLevel(x, RULE_NAME.cadreGrades)})`;
}

/**
 * 等次问题: missing when the row receives a grade; not allowed outside the kind's grades (位次 0)
 * or above the cap. The grade's level is the 等次位次 column; the cap's is found the same exact way.
 */
function gradeProblem(at: (key: SubjectColumn) => string): string {
  const cap = at("cap");
  const rank = at("gradeRank");
  const capRank = kindLevel(at, cap);
  const no = `"${GRADE_NOT_ALLOWED_LABEL}"`;
  const aboveCap = `IF(${cap}="","",IF(${capRank}=0,"",IF(${rank}<${capRank},${no},"")))`;
  return `IF(${at("grade")}="",IF(${at("receives")}="${YES}","${GRADE_MISSING_LABEL}",""),IF(${rank}=0,${no},IF(${cap}="${CAP_NONE_LABEL}",${no},${aboveCap})))`;
}

import { dayNumber, daysInYear, excelSerial } from "../model/calendarDate";
import { normaliseUnit } from "../reader/textNormalise";
import { assessmentDateOf, type Rules } from "../rules/rules";
import { CADRE_LEVELS, TEAM_LEVELS_HAO, TEAM_LEVELS_YOUXIU } from "../rules/levels";
import { EFFECT_LABEL, NO, ROUNDING_LABEL, SCOPE_LABEL, TEAM_SET_LABEL, YES } from "./labels";
import { formulaCell, numberCell, textCell } from "./planCells";
import { DAYS_FORMULA, RULE_NAME } from "./rulesNames";
import type { PlanCell } from "./writePlan";

/**
 * The rows of 考核规则, one per rule. `key` is what a re-run reads back, so it never changes;
 * `label` and `note` are for people. Rows that repeat (levels, weights, allocations, discipline)
 * share a key and are read back in order.
 */
export type RuleKey =
  | "year"
  | "daysInYear"
  | "assessmentDate"
  | "excellentPercent"
  | "goodTeamPercent"
  | "rounding"
  | "quotaScope"
  | "allocation"
  | "teamLevelSet"
  | "turnoutPercent"
  | "lowApproval"
  | "highDisapproval"
  | "reportLimitTeam"
  | "reportLimitCadre"
  | "levelScore"
  | "cadreGrade"
  | "teamGrade"
  | "categoryWeight"
  | "allocatedQuota"
  | "discipline";

export interface RuleRow {
  key: RuleKey;
  label: string;
  value: PlanCell;
  /** 数值: a weight, a quota or a discipline rule's years. */
  number?: PlanCell;
  excludes?: PlanCell;
  effect?: PlanCell;
  note: string;
  /** The defined name of this row's value, for single-cell rules. */
  name?: string;
  /** A list the value must come from, as an explicit list `"a,b"`. */
  choices?: readonly string[];
}

const yesNo = (on: boolean): PlanCell => textCell(on ? YES : NO);

export function ruleRows(rules: Rules, date1904: boolean): RuleRow[] {
  const teamLevels = rules.teamLevelSet === "hao" ? TEAM_LEVELS_HAO : TEAM_LEVELS_YOUXIU;
  const due = assessmentDateOf(rules);
  const dueSerial = excelSerial(dayNumber(due.y, due.m, due.d), date1904);
  return [
    { key: "year", label: "考核年度", value: numberCell(rules.year), note: "Y", name: RULE_NAME.year },
    {
      key: "daysInYear",
      label: "全年天数",
      value: formulaCell(DAYS_FORMULA, daysInYear(rules.year)),
      note: "D，由考核年度计算；“超过半年”即 2×天数>D，恰为半年需组织认定",
      name: RULE_NAME.days,
    },
    {
      key: "assessmentDate",
      label: "考核日期",
      value:
        rules.assessmentDate === null
          ? { ...formulaCell(`DATE(${RULE_NAME.year}+1,1,31)`, dueSerial), numFmt: "yyyy-mm-dd" }
          : { value: dueSerial, numFmt: "yyyy-mm-dd" },
      note: "试用期在本年度内且在此日期前期满的干部列入试用期满考核（二.2）；默认为次年1月31日",
      name: RULE_NAME.assessmentDate,
    },
    row(
      "excellentPercent",
      "优秀比例（%）",
      numberCell(rules.excellentPercent),
      "每单位优秀不超过参加定等人数的此比例（三.八）",
      RULE_NAME.excellentPercent,
    ),
    row(
      "goodTeamPercent",
      "班子“好”等次比例（%）",
      numberCell(rules.goodTeamPercent),
      "全区参加定等领导班子的此比例",
      RULE_NAME.goodTeamPercent,
    ),
    {
      ...row(
        "rounding",
        "名额取整",
        textCell(ROUNDING_LABEL[rules.rounding]),
        "理论名额=人数×比例/100，按此方式取整",
        RULE_NAME.rounding,
      ),
      choices: Object.values(ROUNDING_LABEL),
    },
    {
      ...row(
        "quotaScope",
        "名额范围",
        textCell(SCOPE_LABEL[rules.quotaScope]),
        "按单位计算优秀名额，或全区统筹一个名额",
        RULE_NAME.quotaScope,
      ),
      choices: Object.values(SCOPE_LABEL),
    },
    {
      ...row(
        "allocation",
        "名额分配",
        yesNo(rules.allocatedQuotas !== null),
        "是：各单位优秀名额取下方“分配名额”行，未分配的单位缺少名额",
        RULE_NAME.allocation,
      ),
      choices: [YES, NO],
    },
    {
      ...row(
        "teamLevelSet",
        "班子等次",
        textCell(TEAM_SET_LABEL[rules.teamLevelSet]),
        "领导班子测评档次与等次的名称",
        RULE_NAME.teamLevelSet,
      ),
      choices: Object.values(TEAM_SET_LABEL),
    },
    row(
      "turnoutPercent",
      "参评率（%）",
      numberCell(rules.turnoutPercent),
      "收回票数须超过应到人数的此比例，否则提示参评率低",
      RULE_NAME.turnoutPercent,
    ),
    {
      ...row(
        "lowApproval",
        "好评率预警",
        yesNo(rules.reviewTriggers.lowApproval),
        "3×(第一、二档票)<2×有效票时提示需组织认定",
        RULE_NAME.lowApproval,
      ),
      choices: [YES, NO],
    },
    {
      ...row(
        "highDisapproval",
        "差评率预警",
        yesNo(rules.reviewTriggers.highDisapproval),
        "3×(第三、四档票)≥有效票时提示需组织认定",
        RULE_NAME.highDisapproval,
      ),
      choices: [YES, NO],
    },
    row(
      "reportLimitTeam",
      "班子总结字数上限",
      numberCell(rules.reportLimits.team),
      "一般不超过3500字（三.一）",
      RULE_NAME.reportLimitTeam,
    ),
    row(
      "reportLimitCadre",
      "干部述职字数上限",
      numberCell(rules.reportLimits.cadre),
      "不超过3000字（三.一）",
      RULE_NAME.reportLimitCadre,
    ),
    ...rules.levelScores.map((score, i) =>
      row(
        "levelScore",
        `第${i + 1}档分值`,
        numberCell(score),
        `${CADRE_LEVELS[i] ?? ""}/${teamLevels[i] ?? ""}，用于加权综合得分`,
      ),
    ),
    ...CADRE_LEVELS.map((level, i) =>
      row("cadreGrade", `干部等次${i + 1}`, textCell(level), "领导干部的等次，由高到低"),
    ),
    ...teamLevels.map((level, i) => ({
      ...row("teamGrade", `班子等次${i + 1}`, teamGradeCell(i, level), "领导班子的等次，随“班子等次”变化"),
    })),
    ...rules.categoryWeights.map((w) => ({
      ...row("categoryWeight", "测评权重", textCell(w.category), "评价主体及其权重（数值列）"),
      number: numberCell(w.weight),
    })),
    ...(rules.allocatedQuotas ?? []).map((a) => ({
      // In the roster's form, as the core compares it (allocationOf): 单位名额 finds it with EXACT.
      ...row("allocatedQuota", "分配名额", textCell(normaliseUnit(a.unit)), "单位及其优秀名额（数值列）"),
      number: numberCell(a.quota),
    })),
    ...rules.discipline.map((d) => ({
      ...row(
        "discipline",
        "处分规则",
        textCell(d.keywords.join("、")),
        "含任一关键词（且不含排除词）的记录适用；数值为影响年数（1=当年，2=当年和次年）",
      ),
      number: numberCell(d.years),
      excludes: textCell(d.excludes.join("、")),
      effect: textCell(EFFECT_LABEL[d.effect]),
    })),
  ];
}

function row(key: RuleKey, label: string, value: PlanCell, note: string, name?: string): RuleRow {
  return name === undefined ? { key, label, value, note } : { key, label, value, note, name };
}

/** A team grade follows the 班子等次 rule live, so the drop-down changes when the set does. */
function teamGradeCell(index: number, cached: string): PlanCell {
  const youxiu = TEAM_LEVELS_YOUXIU[index] ?? "";
  const hao = TEAM_LEVELS_HAO[index] ?? "";
  return formulaCell(`IF(${RULE_NAME.teamLevelSet}="${TEAM_SET_LABEL.youxiu}","${youxiu}","${hao}")`, cached);
}

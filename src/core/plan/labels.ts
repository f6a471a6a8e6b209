import type { Derived, Status } from "../assess/assessment";
import type { Severity } from "../findings/finding";
import type { SubjectKind } from "../rules/levels";
import type { DisciplineEffect, Rules } from "../rules/rules";

/**
 * The words the reviewed workbook shows. Formulas compare cells with these same strings, so
 * each lives here once: a label changed here changes the value columns and the formulas together.
 */
export const STATUS_LABEL: Record<Status, string> = {
  not_assessed: "不参加考核",
  concurrent: "兼职（在主职单位考核）",
  assessed_elsewhere: "由挂职（派出）单位考核",
  regulated: "按处分规定",
  ungraded: "不确定等次",
  review: "需组织认定",
  unit_recommends: "单位推荐等次",
  graded: "确定等次",
};

export const EFFECT_LABEL: Record<DisciplineEffect, string> = {
  deferred: "暂缓确定等次",
  no_excellent: "不得评优",
  no_grade: "处分期内不定等次",
  incompetent: "只能定为不称职",
};

export const KIND_LABEL: Record<SubjectKind, string> = { cadre: "领导干部", team: "领导班子" };

export const MAIN_POST_LABEL: Record<NonNullable<Derived["mainPost"]>, string> = {
  main: "主职",
  concurrent: "兼职",
  unknown: "未标明主职",
};

/** 等次上限 when no grade may be given; a level name otherwise, blank for no limit. */
export const CAP_NONE_LABEL = "不定等次";

export const SEVERITY_LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

export const GRADE_MISSING_LABEL = "缺少建议等次";
export const GRADE_NOT_ALLOWED_LABEL = "等次不允许";
export const OVER_QUOTA_LABEL = "超出名额";
export const QUOTA_MISSING_LABEL = "缺少名额分配";

export const YES = "是";
export const NO = "否";

export const ROUNDING_LABEL: Record<Rules["rounding"], string> = {
  down: "向下取整",
  half_up: "四舍五入",
  up: "向上取整",
};

export const SCOPE_LABEL: Record<Rules["quotaScope"], string> = { per_unit: "按单位", pooled: "全区统筹" };

export const TEAM_SET_LABEL: Record<Rules["teamLevelSet"], string> = {
  hao: "好/较好/一般/差",
  youxiu: "优秀/良好/一般/较差",
};

/** The unit name of the one quota row when cadre quotas are pooled district-wide. */
export const POOLED_UNIT = "全区";
/** The unit column of the team pool's row in 单位名额. */
export const TEAM_POOL_LABEL = "全区领导班子";

/** Reverse lookup for reading a sheet back: the key whose label is `text`, or null. */
export function keyOfLabel<K extends string>(labels: Record<K, string>, text: string): K | null {
  for (const key of Object.keys(labels) as K[]) if (labels[key] === text) return key;
  return null;
}

/**
 * The notice the drafts cite (华龙组〔2021〕8号), quoted word for word: a draft that quotes a
 * rule must quote it exactly, and a test holds these strings to the notice's text.
 */
export const NOTICE_NUMBER = "华龙组〔2021〕8号";

/** 三、考核程序 （五）撰写考核报告, its last sentence. */
export const SPECIAL_REPORT_CLAUSE = "三.五";
export const SPECIAL_REPORT_RULE = "对民主测评中“不称职”票超过三分之一的考核对象，写出专题考察报告。";

/** 三.五, the sentence before: what the report on the whole review rests on. */
export const ASSESSMENT_REPORT_RULE =
  "按照定性与定量相结合的要求，根据领导班子和领导干部年度考核测评分类分项和综合统计结果，对不同评价主体和不同评价档次测评情况进行分析";

/** 三.八: who decides the grades, for the report's closing paragraph. */
export const GRADE_DECISION_RULE =
  "被考核单位根据有关政策和测评结果，按照反馈意见和规定比例提出年度考核等次建议，由区委组织部提出意见，报区委决定。";

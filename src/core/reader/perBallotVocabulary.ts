import type { FieldMatch } from "./vocabulary";
import { ballotField, isNameHeader } from "./vocabulary";

/**
 * Header vocabulary of the per-ballot layout (CONTRACT.md §1): the export of an e-ballot
 * system (电子测评系统, 网上测评, 二维码测评), one row per evaluator × subject. Such exports name
 * the two people of a row apart (被测评人 / 测评人, 被评价人 / 评价人), so the subject's words
 * are tried before the evaluator's (测评人 is inside 被测评人). Each list is a floor; the
 * keyword rules after it catch the rest of a system's own wording.
 */
const SUBJECT_HEADERS = [
  "被测评人",
  "被评价人",
  "评价对象",
  "评测对象",
  "测评对象",
  "考核对象",
  "被考核人",
  "被评人",
  "被评人员",
  "被测评人员",
  "被测评对象",
  "被测评人姓名",
  "被评价人姓名",
  "测评对象姓名",
  "考核对象姓名",
];
const SUBJECT_WORDS = /^(被测评|被评价|被考核|被评)|(测评|评价|评测|考核)对象/;
const UNIT_WORDS = /(单位|部门|处室|科室)/;
// Words that make a subject-ish header something else than the subject's name.
const NOT_A_NAME = /(单位|部门|处室|科室|职务|职级|类别|类型|编号|代码|序号|ID|身份)/i;

const EVALUATOR_HEADERS = [
  "评价人",
  "测评人",
  "评测人",
  "投票人",
  "参评人",
  "评委",
  "票号",
  "测评码",
  "评价码",
  "选票编号",
  "测评票编号",
  "测评账号",
  "评测用户",
  "测评用户",
];
const EVALUATOR_WORDS = /^(评价|测评|评测|投票|参评)(人|者|用户|账号|码)/;

const CATEGORY_HEADERS = [
  "评价主体",
  "测评类别",
  "参评人员类别",
  "身份",
  "评价人身份",
  "测评人身份",
  "评价人类别",
  "测评人类别",
  "参评人类别",
  "评价人类型",
  "测评人类型",
  "参评人员类型",
  "评价主体类别",
  "评价关系",
  "测评关系",
];
const CATEGORY_WORDS = /(评价人|测评人|参评人|投票人|评价主体|参评人员|测评人员).*(类别|身份|类型)/;

/** The overall mark (the rating the votes rules use, DOMAIN.md): one column per row. */
const OVERALL_HEADERS = [
  "整体评价",
  "总体评价",
  "综合评价",
  "评价等次",
  "测评结果",
  "测评等次",
  "评价结果",
  "综合评定",
  "总体评定",
  "评定等次",
  "测评意见",
  "评价意见",
  "总评",
  "等次",
  "评价",
  "评定",
  "投票",
];
// Not 考核结果 / 考核等次: those are a cadre's annual results (one row per person and year), not a ballot.
const OVERALL_WORDS = /(整体|总体|综合)(评价|评定|等次|结果|意见)|^(测评|评价|评定|投票)(等次|结果|档次)$/;

/**
 * Items the notice assesses (DOMAIN.md: cadres on 德 能 勤 绩 廉, teams on 政治思想建设, 领导能力,
 * 工作实绩, 党风廉政建设, 作风建设) and the longer names ballots give them. Any other column of
 * marks is an item too; this list only keeps a lone item column from being taken for the overall mark.
 */
const ITEM_HEADERS = new Set([
  "德",
  "能",
  "勤",
  "绩",
  "廉",
  "政治思想建设",
  "思想政治建设",
  "领导能力",
  "工作实绩",
  "党风廉政建设",
  "作风建设",
  "政治素质",
  "思想政治素质",
  "工作能力",
  "工作态度",
  "勤勉尽责",
  "工作业绩",
  "廉洁自律",
  "廉洁从业",
]);

export function isItemHeader(key: string): boolean {
  return ITEM_HEADERS.has(key);
}

function listed(headers: readonly string[], key: string, field: string): FieldMatch | undefined {
  const i = headers.indexOf(key);
  return i < 0 ? undefined : { field, confidence: i === 0 ? "exact" : "synonym" };
}

function subjectField(key: string): FieldMatch | undefined {
  if (isNameHeader(key)) return { field: "name", confidence: key === "姓名" ? "exact" : "synonym" };
  const byList = listed(SUBJECT_HEADERS, key, "name");
  if (byList) return byList;
  if (!SUBJECT_WORDS.test(key)) return undefined;
  if (UNIT_WORDS.test(key)) return { field: "unit", confidence: "synonym" };
  return NOT_A_NAME.test(key) ? undefined : { field: "name", confidence: "synonym" };
}

/**
 * The per-ballot field a normalised header names: `name` and `unit` of the subject,
 * `category`, `evaluator` or `overall`; undefined for anything else (items are found by their
 * marks, not by their names, see perBallotLayout.ts).
 */
export function perBallotField(key: string): FieldMatch | undefined {
  const subject = subjectField(key);
  if (subject) return subject;
  const category = listed(CATEGORY_HEADERS, key, "category");
  if (category) return category;
  if (CATEGORY_WORDS.test(key)) return { field: "category", confidence: "synonym" };
  const evaluator = listed(EVALUATOR_HEADERS, key, "evaluator");
  if (evaluator) return evaluator;
  // The evaluator's own unit or name parts (评价人单位) are the evaluator's, never the subject's.
  if (EVALUATOR_WORDS.test(key))
    return UNIT_WORDS.test(key) ? undefined : { field: "evaluator", confidence: "synonym" };
  const overall = listed(OVERALL_HEADERS, key, "overall");
  if (overall) return overall;
  if (OVERALL_WORDS.test(key)) return { field: "overall", confidence: "synonym" };
  const match = ballotField(key);
  return match?.field === "unit" ? match : undefined;
}

/** The usual header of a field only this layout has (evaluator, overall), for messages. */
export function perBallotCanonical(field: string): string | undefined {
  return field === "evaluator" ? EVALUATOR_HEADERS[0] : field === "overall" ? OVERALL_HEADERS[0] : undefined;
}

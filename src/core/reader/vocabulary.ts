import type { MatchConfidence } from "./columnMapping";
import { isLevelHeader } from "./levelVocabulary";
import { normaliseHeader } from "./textNormalise";

/**
 * Header vocabulary of CONTRACT.md §1. The first header of each entry is the canonical one
 * (an `exact` match); the others are `synonym` matches, reported once per sheet so the clerk
 * can see how each column was understood.
 */
interface VocabularyEntry {
  readonly field: string;
  readonly headers: readonly string[];
}

const NAME_HEADERS = ["姓名", "被测评人", "测评对象", "考核对象", "评测对象", "被评价人"];
const UNIT_HEADERS = ["单位", "工作单位", "所在单位", "单位名称"];

const ROSTER_ENTRIES: readonly VocabularyEntry[] = [
  { field: "name", headers: NAME_HEADERS },
  { field: "unit", headers: UNIT_HEADERS },
  { field: "position", headers: ["职务", "现任职务", "现职务"] },
  { field: "kind", headers: ["类别", "考核类别", "人员类别", "对象类别"] },
  { field: "idNumber", headers: ["身份证号", "身份证号码", "公民身份号码"] },
  { field: "birthDate", headers: ["出生年月", "出生日期"] },
  { field: "mainPost", headers: ["是否主职", "主职", "是否主要职务"] },
  { field: "promotedOn", headers: ["提拔时间", "任现职时间"] },
  { field: "transferredOn", headers: ["交流时间"] },
  { field: "transferredFrom", headers: ["原单位", "交流前单位"] },
  { field: "secondedTo", headers: ["挂职单位"] },
  { field: "secondedFrom", headers: ["挂职开始时间"] },
  { field: "secondedUntil", headers: ["挂职结束时间"] },
  { field: "secondedPeriod", headers: ["挂职起止时间"] },
  { field: "leaveDays", headers: ["病事假天数", "病事假累计天数", "请假天数"] },
  { field: "retiredOn", headers: ["退休时间", "退休日期"] },
  { field: "probationEnds", headers: ["试用期满时间", "试用期截止时间"] },
  { field: "discipline", headers: ["处分情况", "纪律处分", "组织处理", "问责情况"] },
  { field: "disciplineDate", headers: ["处分时间", "处理时间"] },
  { field: "proposedGrade", headers: ["建议等次", "等次建议", "拟定等次"] },
  { field: "reportChars", headers: ["述职报告字数", "总结字数"] },
];

// 发出 / 收回 / 有效 / 应到 alone are the leaf names under a category in the wide layout.
const BALLOT_ENTRIES: readonly VocabularyEntry[] = [
  { field: "name", headers: NAME_HEADERS },
  { field: "unit", headers: UNIT_HEADERS },
  { field: "category", headers: ["评价主体", "测评类别", "参评人员类别"] },
  { field: "item", headers: ["测评项目", "项目"] },
  { field: "expected", headers: ["应到人数", "应参评人数", "应到"] },
  { field: "issued", headers: ["发出票数", "发出", "发放票数"] },
  { field: "returned", headers: ["收回票数", "收回", "收回票"] },
  { field: "valid", headers: ["有效票数", "有效票", "有效"] },
  { field: "abstain", headers: ["弃权", "弃权票", "弃权票数"] },
];

export interface FieldMatch {
  readonly field: string;
  readonly confidence: MatchConfidence;
}

function indexOf(entries: readonly VocabularyEntry[]): ReadonlyMap<string, FieldMatch> {
  const index = new Map<string, FieldMatch>();
  for (const entry of entries) {
    entry.headers.forEach((header, i) => {
      index.set(normaliseHeader(header), { field: entry.field, confidence: i === 0 ? "exact" : "synonym" });
    });
  }
  return index;
}

const ROSTER_INDEX = indexOf(ROSTER_ENTRIES);
const BALLOT_INDEX = indexOf(BALLOT_ENTRIES);

/** The roster field a normalised header names, if any. */
export function rosterField(key: string): FieldMatch | undefined {
  return ROSTER_INDEX.get(key);
}

/** The ballot field (long and wide layouts) a normalised header names, if any. */
export function ballotField(key: string): FieldMatch | undefined {
  return BALLOT_INDEX.get(key);
}

/** Whether a normalised header names anything the reader knows: a roster or ballot field, or a level. */
export function isKnownHeader(key: string): boolean {
  return rosterField(key) !== undefined || ballotField(key) !== undefined || isLevelHeader(key);
}

/** The header written first in the vocabulary for a field, for messages. */
export function canonicalHeaders(field: string): string[] {
  const entry = ROSTER_ENTRIES.find((e) => e.field === field) ?? BALLOT_ENTRIES.find((e) => e.field === field);
  return entry ? [...entry.headers] : [];
}

/** Headers that name a subject, in any layout. */
export function isNameHeader(key: string): boolean {
  return NAME_HEADERS.includes(key);
}

/** Columns of a raw ballot sheet that are not subjects: the paper's number and remarks. */
const RAW_BOOKKEEPING = new Set(["票号", "序号", "编号", "选票编号", "测评票编号", "备注", "说明"]);

export function isRawBookkeepingHeader(key: string): boolean {
  return RAW_BOOKKEEPING.has(key);
}

/**
 * Kaohe's own sheets in a reviewed workbook (CONTRACT.md §3); the reader never reads them as input.
 * 汇总 is also what clerks call their own tally sheets: it is Kaohe's only under Kaohe's title.
 */
export const KAOHE_SHEETS: ReadonlySet<string> = new Set([
  "汇总",
  "考核规则",
  "考核对象",
  "测评明细",
  "单位名额",
  "问题清单",
]);

/** 汇总's title starts so (`考核汇总（2020年度）`), which tells Kaohe's 汇总 from a clerk's. */
export const KAOHE_SUMMARY_SHEET = "汇总";
export const KAOHE_SUMMARY_TITLE = "考核汇总";

// A group header over level columns that names the levels themselves, not an evaluator category.
const GENERIC_GROUPS = new Set([
  "测评等次",
  "测评结果",
  "评价等次",
  "等次",
  "测评情况",
  "测评票数",
  "得票情况",
  "票数",
  "民主测评",
  "测评意见",
  "评价意见",
  "综合评价",
]);

export function isGenericGroup(key: string): boolean {
  return GENERIC_GROUPS.has(key);
}

import type { MatchConfidence } from "./columnMapping";
import { BALLOT_VOCABULARY, NAME_VOCABULARY, ROSTER_VOCABULARY, type FieldVocabulary } from "./headerVocabulary";
import { isLevelHeader } from "./levelVocabulary";
import { normaliseHeader } from "./textNormalise";

/**
 * Matching a normalised header against the vocabulary of headerVocabulary.ts: the usual header
 * is an `exact` match, the other names `synonym` matches, and a header that only names what it
 * is about a `keyword` match. `score` ranks the candidates for one field: the best column wins,
 * the others are reported as unused.
 */
export interface FieldMatch {
  readonly field: string;
  readonly confidence: MatchConfidence;
  /** Higher is better: exact, then synonyms in the vocabulary's order, then keyword rules. */
  readonly score?: number;
}

const EXACT_SCORE = 3000;
const SYNONYM_SCORE = 2000;
const KEYWORD_SCORE = 1000;
// A qualified column (职务（主职）, 工作单位及职务（全称）) is a weaker candidate than a plain one.
const QUALIFIED_PENALTY = 100;
// Headers are short; a longer text in a header row is an instruction, never matched by keyword.
const KEYWORD_MAX_LENGTH = 14;
const SENTENCE = /[，。；;！？!?：:、]/;

function indexOf(entries: readonly FieldVocabulary[]): ReadonlyMap<string, FieldMatch> {
  const index = new Map<string, FieldMatch>();
  for (const entry of entries) {
    entry.headers.forEach((header, i) => {
      const key = normaliseHeader(header);
      if (index.has(key)) return;
      index.set(
        key,
        i === 0
          ? { field: entry.field, confidence: "exact", score: EXACT_SCORE }
          : { field: entry.field, confidence: "synonym", score: SYNONYM_SCORE - i },
      );
    });
  }
  return index;
}

const ROSTER_INDEX = indexOf(ROSTER_VOCABULARY);
const BALLOT_INDEX = indexOf(BALLOT_VOCABULARY);

function keywordMatch(key: string, entries: readonly FieldVocabulary[]): FieldMatch | undefined {
  if (key.length > KEYWORD_MAX_LENGTH || SENTENCE.test(key)) return undefined;
  for (const entry of entries) {
    for (const rule of entry.keywords) {
      if (rule.all.every((p) => p.test(key)) && !(rule.none?.test(key) ?? false)) {
        return { field: entry.field, confidence: "keyword", score: KEYWORD_SCORE + (rule.weight ?? 0) * 10 };
      }
    }
  }
  return undefined;
}

// （主职）（兼职1）（全称）（简称）（1） or a trailing digit (职务1, 职务2).
const QUALIFIED = /^(.+?)(?:\((主职|兼职\d*|兼任\d*|全称|简称|\d)\)|([1-9]))$/;

/**
 * A header with a qualifier keeps its own column: a concurrent post's column (兼职1, 职务2) is
 * no field of the subject's, while 主职 / 简称 / 全称 / 1 read as the plain header, ranked
 * below a plain column naming the same field.
 */
function match(key: string, index: ReadonlyMap<string, FieldMatch>, entries: readonly FieldVocabulary[]) {
  const exact = index.get(key);
  if (exact) return exact;
  const qualified = QUALIFIED.exec(key);
  if (!qualified) return keywordMatch(key, entries);
  const [, base = "", qualifier = "", digit = ""] = qualified;
  if (/^(兼职|兼任)/.test(qualifier) || /^[2-9]$/.test(qualifier) || /^[2-9]$/.test(digit)) return undefined;
  const found = index.get(base) ?? keywordMatch(base, entries);
  if (!found) return undefined;
  const penalty = QUALIFIED_PENALTY * (qualifier === "全称" || qualifier === "1" || digit === "1" ? 2 : 1);
  return { field: found.field, confidence: "keyword" as const, score: (found.score ?? 0) - penalty };
}

/** The roster field a normalised header names, if any. */
export function rosterField(key: string): FieldMatch | undefined {
  return match(key, ROSTER_INDEX, ROSTER_VOCABULARY);
}

/** The ballot field (long and wide layouts) a normalised header names, if any. */
export function ballotField(key: string): FieldMatch | undefined {
  return match(key, BALLOT_INDEX, BALLOT_VOCABULARY);
}

/** Whether a normalised header names anything the reader knows: a roster or ballot field, or a level. */
export function isKnownHeader(key: string): boolean {
  return rosterField(key) !== undefined || ballotField(key) !== undefined || isLevelHeader(key);
}

/** The header written first in the vocabulary for a field, then its synonyms, for messages. */
export function canonicalHeaders(field: string): string[] {
  const entry = ROSTER_VOCABULARY.find((e) => e.field === field) ?? BALLOT_VOCABULARY.find((e) => e.field === field);
  return entry ? [...entry.headers] : [];
}

// The name is the roster vocabulary's first field: its keyword rules are tried before any other's.
const NAME_FIRST = ROSTER_VOCABULARY[0] === NAME_VOCABULARY;

/**
 * Headers that name a subject, in any layout. Every data row's name is asked (is it a header
 * repeated after a page break?): a plain text that no header of the index is needs only the
 * name's own keyword rules, as the name's rules come first, not every field's.
 */
export function isNameHeader(key: string): boolean {
  if (NAME_FIRST && !ROSTER_INDEX.has(key) && !QUALIFIED.test(key)) {
    return keywordMatch(key, [NAME_VOCABULARY]) !== undefined;
  }
  return rosterField(key)?.field === NAME_VOCABULARY.field;
}

/** Columns of a raw ballot sheet that are not subjects: the paper's number and remarks. */
const RAW_BOOKKEEPING = new Set(["票号", "序号", "编号", "选票编号", "测评票编号", "备注", "说明"]);

export function isRawBookkeepingHeader(key: string): boolean {
  return RAW_BOOKKEEPING.has(key);
}

/** 汇总's title starts so (`考核汇总（2020年度）`), which tells Kaohe's 汇总 from a clerk's. */
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

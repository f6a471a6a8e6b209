import type { ZodIssue } from "zod";
import { issueText, type IssueText } from "../../core/rules/issueText";
import { RulesSchema, type DisciplineEffect, type Rules, type RulesInput } from "../../core/rules/rules";
import type { StringKey } from "../i18n";

/**
 * The rules as the form edits them: text where the user types, choices where they choose.
 * Converting back goes through the core's own schema, so the form accepts exactly what the
 * core accepts and holds no rule of its own.
 */
export interface DisciplineDraft {
  keywords: string;
  excludes: string;
  effect: DisciplineEffect;
  years: "1" | "2";
}

export interface RulesDraft {
  year: string;
  assessmentDate: string;
  excellentPercent: string;
  goodTeamPercent: string;
  rounding: Rules["rounding"];
  quotaScope: Rules["quotaScope"];
  teamLevelSet: Rules["teamLevelSet"];
  turnoutPercent: string;
  lowApproval: boolean;
  highDisapproval: boolean;
  reportTeam: string;
  reportCadre: string;
  levelScores: string;
  weights: string;
  allocated: string;
  discipline: DisciplineDraft[];
}

export function draftFromRules(rules: Rules): RulesDraft {
  return {
    year: String(rules.year),
    assessmentDate: rules.assessmentDate ?? "",
    excellentPercent: String(rules.excellentPercent),
    goodTeamPercent: String(rules.goodTeamPercent),
    rounding: rules.rounding,
    quotaScope: rules.quotaScope,
    teamLevelSet: rules.teamLevelSet,
    turnoutPercent: String(rules.turnoutPercent),
    lowApproval: rules.reviewTriggers.lowApproval,
    highDisapproval: rules.reviewTriggers.highDisapproval,
    reportTeam: String(rules.reportLimits.team),
    reportCadre: String(rules.reportLimits.cadre),
    levelScores: rules.levelScores.join(", "),
    weights: rules.categoryWeights.map((w) => `${w.category}:${w.weight}`).join(", "),
    allocated: (rules.allocatedQuotas ?? []).map((a) => `${a.unit}:${a.quota}`).join(", "),
    discipline: rules.discipline.map((d) => ({
      keywords: d.keywords.join(", "),
      excludes: d.excludes.join(", "),
      effect: d.effect,
      years: d.years === 2 ? "2" : "1",
    })),
  };
}

/**
 * What the schema refused, where the clerk typed it: the form's field (by its label's key), the
 * item of a list (名额分配's second pair) or the row and column of the discipline table, and the
 * core's words for the issue (issueText.ts), in Chinese and English.
 */
export interface DraftProblem {
  field: StringKey | null;
  /** 1-based: the item of a list field, or the row of the discipline table. */
  item: number | null;
  /** The discipline table's column. */
  column: StringKey | null;
  text: IssueText;
}

export type DraftResult = { ok: true; rules: RulesInput } | { ok: false; problem: DraftProblem };

/** The form's field of each top-level rule (and of the nested ones, by their dotted path). */
const FIELD_OF: Readonly<Record<string, StringKey>> = {
  year: "ruleYear",
  assessmentDate: "ruleAssessmentDate",
  excellentPercent: "ruleExcellentPercent",
  goodTeamPercent: "ruleGoodTeamPercent",
  rounding: "ruleRounding",
  quotaScope: "ruleQuotaScope",
  allocatedQuotas: "ruleAllocated",
  teamLevelSet: "ruleTeamLevelSet",
  categoryWeights: "ruleWeights",
  levelScores: "ruleLevelScores",
  turnoutPercent: "ruleTurnoutPercent",
  discipline: "disciplineTitle",
  "reviewTriggers.lowApproval": "ruleLowApproval",
  "reviewTriggers.highDisapproval": "ruleHighDisapproval",
  "reportLimits.team": "ruleReportTeam",
  "reportLimits.cadre": "ruleReportCadre",
};

const DISCIPLINE_COLUMN: Readonly<Record<string, StringKey>> = {
  keywords: "disciplineKeywords",
  excludes: "disciplineExcludes",
  effect: "disciplineEffect",
  years: "disciplineYears",
};

export function draftProblem(issue: ZodIssue): DraftProblem {
  const [head, second, third] = issue.path;
  const nested = typeof second === "string" ? FIELD_OF[`${String(head)}.${second}`] : undefined;
  const field = nested ?? FIELD_OF[String(head)] ?? null;
  const item = typeof second === "number" ? second + 1 : null;
  const column = head === "discipline" && typeof third === "string" ? (DISCIPLINE_COLUMN[third] ?? null) : null;
  // The date is the one rule with a pattern: say which.
  const text =
    issue.code === "invalid_string" && head === "assessmentDate"
      ? { zh: "应为“年-月-日”，如 2021-01-31", en: "expected year-month-day, as 2021-01-31" }
      : issueText(issue);
  return { field, item, column, text };
}

export function rulesFromDraft(draft: RulesDraft): DraftResult {
  const input = {
    year: number(draft.year),
    assessmentDate: draft.assessmentDate.trim() === "" ? null : draft.assessmentDate.trim(),
    excellentPercent: number(draft.excellentPercent),
    goodTeamPercent: number(draft.goodTeamPercent),
    rounding: draft.rounding,
    quotaScope: draft.quotaScope,
    allocatedQuotas:
      draft.allocated.trim() === "" ? null : pairs(draft.allocated).map(([unit, quota]) => ({ unit, quota })),
    teamLevelSet: draft.teamLevelSet,
    categoryWeights: pairs(draft.weights).map(([category, weight]) => ({ category, weight })),
    levelScores: words(draft.levelScores).map(number),
    reviewTriggers: { lowApproval: draft.lowApproval, highDisapproval: draft.highDisapproval },
    turnoutPercent: number(draft.turnoutPercent),
    discipline: draft.discipline.map((d) => ({
      keywords: words(d.keywords),
      excludes: words(d.excludes),
      effect: d.effect,
      years: d.years === "2" ? 2 : 1,
    })),
    reportLimits: { team: number(draft.reportTeam), cadre: number(draft.reportCadre) },
  };
  const parsed = RulesSchema.safeParse(input);
  if (parsed.success) return { ok: true, rules: parsed.data };
  const issue = parsed.error.issues[0];
  const unknown = { field: null, item: null, column: null, text: { zh: "取值无效", en: "the value is invalid" } };
  return { ok: false, problem: issue === undefined ? unknown : draftProblem(issue) };
}

/** Words separated by commas (either width), 、 or semicolons. */
export function words(text: string): string[] {
  return text
    .split(/[,，、;；]/)
    .map((w) => w.trim())
    .filter((w) => w !== "");
}

/** `name:number` pairs; a colon may be full-width. A pair without a number keeps NaN, which the schema refuses. */
function pairs(text: string): Array<[string, number]> {
  return words(text).map((w) => {
    const [name = "", value = ""] = w.split(/[:：]/);
    return [name.trim(), number(value)];
  });
}

function number(text: string): number {
  const t = text.trim();
  return t === "" ? Number.NaN : Number(t);
}

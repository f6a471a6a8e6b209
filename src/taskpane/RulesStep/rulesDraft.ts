import { RulesSchema, type DisciplineEffect, type Rules, type RulesInput } from "../../core/rules/rules";

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

export type DraftResult = { ok: true; rules: RulesInput } | { ok: false; message: string };

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
  return { ok: false, message: issue === undefined ? "" : `${issue.path.join(".")}: ${issue.message}` };
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

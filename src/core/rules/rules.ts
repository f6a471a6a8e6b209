import { z } from "zod";
import { daysInYear } from "../model/calendarDate";

/**
 * The rules of an assessment, with DOMAIN.md's defaults. They live in the workbook's
 * 考核规则 sheet (and may be overridden by `--rules RULES.json`), because local regulations
 * differ and change. Percentages are integers so that quotas are integer arithmetic.
 */
export const DisciplineEffectSchema = z.enum(["deferred", "no_excellent", "no_grade", "incompetent"]);
export type DisciplineEffect = z.infer<typeof DisciplineEffectSchema>;

export const DisciplineRuleSchema = z.object({
  /** Any keyword found in a record makes the record match this rule. */
  keywords: z.array(z.string().min(1)).min(1),
  /** A record holding any of these is not matched (严重警告 is not 警告, 记大过 is not 记过, 已结案 ends an investigation). */
  excludes: z.array(z.string().min(1)).default([]),
  effect: DisciplineEffectSchema,
  /** How many years the effect lasts: 1 = the record's year only, 2 = that year and the next. */
  years: z.union([z.literal(1), z.literal(2)]),
});
export type DisciplineRule = z.infer<typeof DisciplineRuleSchema>;

export const DEFAULT_DISCIPLINE: DisciplineRule[] = [
  { keywords: ["立案审查", "审查调查", "立案调查"], excludes: ["已结案"], effect: "deferred", years: 1 },
  { keywords: ["诫勉", "警告", "调整职务"], excludes: ["严重警告"], effect: "no_excellent", years: 1 },
  // 记过 is not a substring of 记大过, so no exclusion is needed to keep them apart.
  { keywords: ["严重警告", "记过", "免职", "降职", "责令辞职"], excludes: [], effect: "no_grade", years: 1 },
  { keywords: ["记大过", "降级", "撤职"], excludes: [], effect: "no_grade", years: 2 },
  { keywords: ["撤销党内职务", "留党察看", "开除党籍"], excludes: [], effect: "incompetent", years: 1 },
];

const percent = z.number().int().min(0).max(100);

export const RulesSchema = z.object({
  year: z.number().int().min(1950).max(2200),
  /** 考核日期: probation ending on or before it is due. Default (Y+1)-01-31. ISO `YYYY-MM-DD`. */
  assessmentDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .default(null),
  /** 优秀 at most this percent of a unit's graded cadres. */
  excellentPercent: percent.default(20),
  /** 好 at most this percent of all graded teams, district-wide. */
  goodTeamPercent: percent.default(30),
  rounding: z.enum(["down", "half_up", "up"]).default("down"),
  /** per_unit: one 优秀 quota per unit; pooled: one for the whole district. */
  quotaScope: z.enum(["per_unit", "pooled"]).default("per_unit"),
  /** 名额分配: when present, these replace computed per-unit 优秀 quotas. */
  allocatedQuotas: z
    .array(z.object({ unit: z.string().min(1), quota: z.number().int().min(0) }))
    .nullable()
    .default(null),
  teamLevelSet: z.enum(["hao", "youxiu"]).default("hao"),
  /** Weighted composite (optional): empty means no composite. */
  categoryWeights: z.array(z.object({ category: z.string().min(1), weight: z.number().min(0) })).default([]),
  /** Scores of the four levels, high to low. */
  levelScores: z.tuple([z.number(), z.number(), z.number(), z.number()]).default([100, 80, 60, 0]),
  reviewTriggers: z
    .object({
      /** 3*(优秀+称职) < 2*valid */
      lowApproval: z.boolean().default(true),
      /** 3*(基本称职+不称职) >= valid */
      highDisapproval: z.boolean().default(true),
    })
    .default({}),
  /** turnout_low unless returned*100 > expected*turnoutPercent (default: more than half). */
  turnoutPercent: percent.default(50),
  discipline: z.array(DisciplineRuleSchema).default(DEFAULT_DISCIPLINE),
  reportLimits: z
    .object({ team: z.number().int().min(1).default(3500), cadre: z.number().int().min(1).default(3000) })
    .default({}),
});

export type Rules = z.infer<typeof RulesSchema>;
export type RulesInput = z.input<typeof RulesSchema>;

export function defaultRules(year: number): Rules {
  return RulesSchema.parse({ year });
}

/** D: the number of days in the assessment year, always derived from the year. */
export function rulesDaysInYear(rules: Rules): number {
  return daysInYear(rules.year);
}

/** The assessment date as y/m/d, default (Y+1)-01-31. */
export function assessmentDateOf(rules: Rules): { y: number; m: number; d: number } {
  if (rules.assessmentDate !== null) {
    const [y, m, d] = rules.assessmentDate.split("-").map(Number);
    return { y: y ?? rules.year + 1, m: m ?? 1, d: d ?? 31 };
  }
  return { y: rules.year + 1, m: 1, d: 31 };
}

import { CADRE_LEVELS } from "./levels";
import type { DisciplineEffect } from "./rules";

/**
 * What each discipline effect means for the grade (DOMAIN.md §Discipline table). When a cadre
 * has several records in force the heaviest effect wins, in this order.
 */
export const EFFECT_RANK: Record<DisciplineEffect, number> = {
  no_excellent: 1,
  deferred: 2,
  no_grade: 3,
  incompetent: 4,
};

/** The cap each effect imposes: "none" means no grade may be given this year. */
export const EFFECT_CAP: Record<DisciplineEffect, string> = {
  deferred: "none",
  no_excellent: CADRE_LEVELS[1],
  no_grade: "none",
  incompetent: CADRE_LEVELS[3],
};

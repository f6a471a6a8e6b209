import { makeFinding, type Finding, type FindingLocation } from "../../findings/finding";
import { normaliseUnit } from "../../reader/textNormalise";
import { CADRE_LEVELS } from "../../rules/levels";
import { roundingLabel, roundQuota, theoreticalQuota } from "../../rules/quota";
import type { Rules } from "../../rules/rules";
import type { SubjectResult, UnitQuota } from "../assessment";
import { rowLocation } from "../locate";

/**
 * 三.八 优秀 quotas for cadres: per unit (or one pool "全区"), n = the unit's cadres that receive
 * a grade, quota = n·p/100 rounded as the rules say, or the allocated quota (名额分配) when the
 * rules give allocations. Proposed 优秀 counts every 优秀 proposal in the unit, allowed or not.
 */
export const POOLED_UNIT = "全区";

const EXCELLENT = CADRE_LEVELS[0];

export function unitQuotas(
  subjects: readonly SubjectResult[],
  rules: Rules,
): { units: UnitQuota[]; findings: Finding[] } {
  const byUnit = new Map<string, SubjectResult[]>();
  // An index loop: an array iterator makes a result object per subject until the loop is optimised.
  for (let i = 0; i < subjects.length; i++) {
    const subject = subjects[i] as SubjectResult;
    if (subject.kind !== "cadre") continue;
    const unit = rules.quotaScope === "pooled" ? POOLED_UNIT : subject.row.unit;
    const list = byUnit.get(unit);
    if (list) list.push(subject);
    else byUnit.set(unit, [subject]);
  }
  const units: UnitQuota[] = [];
  const findings: Finding[] = [];
  for (const [unit, members] of byUnit) {
    const quota = unitQuota(unit, members, rules);
    units.push(quota);
    const finding = quotaFinding(quota, members, rules);
    if (finding) findings.push(finding);
  }
  return { units, findings };
}

function unitQuota(unit: string, members: SubjectResult[], rules: Rules): UnitQuota {
  const graded = members.filter((s) => s.receivesGrade).length;
  const excellentProposed = members.filter((s) => s.proposedGrade === EXCELLENT).length;
  const allocation = allocationOf(rules, unit);
  const allocated = rules.allocatedQuotas !== null;
  let excellentQuota: number | null;
  if (!allocated) excellentQuota = roundQuota(graded, rules.excellentPercent, rules.rounding);
  else excellentQuota = allocation?.quota ?? null;
  return {
    unit,
    graded,
    theoretical: theoreticalQuota(graded, rules.excellentPercent),
    excellentQuota,
    excellentProposed,
    allocated,
    over: excellentQuota !== null && excellentProposed > excellentQuota,
    quotaMissing: allocated && excellentQuota === null && graded > 0,
  };
}

/**
 * The allocation (名额分配) of a unit, its name compared as the reader compares the roster's units
 * with one another (normaliseUnit: spaces, full-width letters and digits, bracket widths), so
 * `XX局(机关)` allocates to the roster's `XX局（机关）`; the first allocation of a unit counts, as
 * 单位名额's formula finds the first. 考核规则 holds the allocated units in that form (rulesRows.ts).
 */
export function allocationOf(rules: Rules, unit: string): { unit: string; quota: number } | undefined {
  return rules.allocatedQuotas?.find((a) => normaliseUnit(a.unit) === unit);
}

function quotaFinding(quota: UnitQuota, members: SubjectResult[], rules: Rules): Finding | null {
  if (quota.quotaMissing) {
    const first = members.find((s) => s.receivesGrade) ?? members[0];
    return makeFinding("quota_missing", unitLocation(first, "unit", quota.unit), {
      zh: `${quota.unit}有${quota.graded}名干部确定等次，但名额分配中没有该单位的优秀名额`,
      en: `${quota.unit} has ${quota.graded} cadres receiving a grade but no allocated 优秀 quota`,
    });
  }
  if (!quota.over || quota.excellentQuota === null) return null;
  const first = members.find((s) => s.proposedGrade === EXCELLENT) ?? members[0];
  const basis = quota.allocated
    ? { zh: "按名额分配", en: "as allocated" }
    : {
        zh: `${quota.graded}名×${rules.excellentPercent}%=${quota.theoretical.toFixed(2)}，${roundingLabel(rules.rounding).zh}`,
        en: `${quota.graded} × ${rules.excellentPercent}% = ${quota.theoretical.toFixed(2)}, ${roundingLabel(rules.rounding).en}`,
      };
  return makeFinding("over_quota", unitLocation(first, "proposedGrade", quota.unit), {
    zh: `${quota.unit}建议优秀${quota.excellentProposed}名，超过优秀名额${quota.excellentQuota}名（${basis.zh}）`,
    en: `${quota.unit} proposes ${quota.excellentProposed} 优秀, more than its quota of ${quota.excellentQuota} (${basis.en})`,
  });
}

/** A unit's finding points at one of its rows, but names the unit rather than that person. */
function unitLocation(subject: SubjectResult | undefined, field: string, unit: string): FindingLocation {
  if (subject === undefined) return { subjectUnit: unit };
  return { ...rowLocation(subject.row, field), subject: undefined, subjectUnit: unit };
}

import { makeFinding, type Finding } from "../../findings/finding";
import { levelsFor } from "../../rules/levels";
import { roundingLabel, roundQuota, theoreticalQuota } from "../../rules/quota";
import type { Rules } from "../../rules/rules";
import type { SubjectResult, TeamQuota } from "../assessment";
import { rowLocation } from "../locate";

/** 三.八 the highest team level (好, or 优秀 in the other set) over all graded teams, district-wide. */
export function teamQuota(subjects: readonly SubjectResult[], rules: Rules): { teams: TeamQuota; findings: Finding[] } {
  const teams = subjects.filter((s) => s.kind === "team");
  const best = levelsFor("team", rules.teamLevelSet)[0];
  const graded = teams.filter((s) => s.receivesGrade).length;
  const proposing = teams.filter((s) => s.proposedGrade === best);
  const goodQuota = roundQuota(graded, rules.goodTeamPercent, rules.rounding);
  const quota: TeamQuota = {
    graded,
    theoretical: theoreticalQuota(graded, rules.goodTeamPercent),
    goodQuota,
    goodProposed: proposing.length,
    over: proposing.length > goodQuota,
  };
  const first = proposing[0];
  if (!quota.over || first === undefined) return { teams: quota, findings: [] };
  const rounding = roundingLabel(rules.rounding);
  const finding = makeFinding(
    "over_quota",
    { ...rowLocation(first.row, "proposedGrade"), subject: undefined, subjectUnit: undefined },
    {
      zh: `全区领导班子建议“${best}”${quota.goodProposed}个，超过名额${goodQuota}个（${graded}个×${rules.goodTeamPercent}%=${quota.theoretical.toFixed(2)}，${rounding.zh}）`,
      en: `${quota.goodProposed} teams are proposed as "${best}", more than the district quota of ${goodQuota} (${graded} × ${rules.goodTeamPercent}% = ${quota.theoretical.toFixed(2)}, ${rounding.en})`,
    },
  );
  return { teams: quota, findings: [finding] };
}

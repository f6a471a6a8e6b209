import { makeFinding, type Finding } from "../../findings/finding";
import type { RosterRow } from "../../model/roster";
import { levelIndex, levelsFor } from "../../rules/levels";
import type { Rules } from "../../rules/rules";
import type { Cap, SubjectResult } from "../assessment";
import { rowLocation } from "../locate";

/**
 * A subject's proposed grade (建议等次) against its cap. Everything is derived from the cap, not
 * from the status name (DOMAIN.md): cap "none" allows no grade, a grade cap allows that grade
 * and those below it, so the cap 不称职 allows 不称职 alone.
 */
export interface GradeCheck {
  proposedGrade: string | null;
  problem: SubjectResult["gradeProblem"];
  finding: Finding | null;
}

type Subject = Pick<SubjectResult, "status" | "cap" | "receivesGrade">;

/** Made once: a pattern written in the function was a new object for each of a district's 20,000 grades. */
const SPACES = /[\s\u3000]/g;

export function normaliseGrade(grade: string | null): string | null {
  const trimmed = grade?.replace(SPACES, "") ?? "";
  return trimmed === "" ? null : trimmed;
}

/** The location and the messages are made only for a finding: nearly every grade is fine. */
export function checkGrade(row: RosterRow, subject: Subject, rules: Rules): GradeCheck {
  const { cap } = subject;
  const proposed = normaliseGrade(row.proposedGrade);
  if (proposed === null) {
    if (!subject.receivesGrade) return { proposedGrade: null, problem: null, finding: null };
    // 一.6 says the unit "可" recommend a grade: a missing one is worth a look, not an error.
    const severity = subject.status === "unit_recommends" ? "warning" : "error";
    const finding = makeFinding(
      "grade_missing",
      rowLocation(row, "proposedGrade"),
      {
        zh: `${row.name}（${row.unit}）应确定等次，但没有建议等次`,
        en: `${row.name} (${row.unit}) receives a grade but has no proposed grade`,
      },
      severity,
    );
    return { proposedGrade: null, problem: "grade_missing", finding };
  }
  const reason = notAllowedReason(row, proposed, cap, rules);
  if (reason === null) return { proposedGrade: proposed, problem: null, finding: null };
  const finding = makeFinding("grade_not_allowed", rowLocation(row, "proposedGrade"), {
    zh: `${row.name}（${row.unit}）建议等次“${proposed}”不允许：${reason.zh}`,
    en: `${row.name} (${row.unit}): the proposed grade "${proposed}" is not allowed: ${reason.en}`,
  });
  return { proposedGrade: proposed, problem: "grade_not_allowed", finding };
}

function notAllowedReason(row: RosterRow, proposed: string, cap: Cap, rules: Rules): { zh: string; en: string } | null {
  const levels = levelsFor(row.kind, rules.teamLevelSet);
  const index = levelIndex(row.kind, rules.teamLevelSet, proposed);
  if (index < 0) {
    return { zh: `等次只能是${levels.join("、")}`, en: `the grades are ${levels.join(", ")}` };
  }
  if (cap === "none") return { zh: "本年度不确定等次", en: "no grade may be given this year" };
  if (cap === null) return null;
  const capIndex = levelIndex(row.kind, rules.teamLevelSet, cap);
  if (index >= capIndex) return null;
  if (capIndex === levels.length - 1) {
    return { zh: `只能确定为“${cap}”`, en: `the only grade allowed is "${cap}"` };
  }
  return { zh: `最高只能评为“${cap}”`, en: `the highest grade allowed is "${cap}"` };
}

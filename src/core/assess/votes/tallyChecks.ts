import { makeFinding, type Finding } from "../../findings/finding";
import type { TallyRow } from "../../model/tally";
import type { Rules } from "../../rules/rules";
import type { TallyCheck } from "../assessment";
import { tallyLocation } from "../locate";
import { NONE } from "../none";
import { checkCounts, type TallyProblem } from "./countChecks";
import { findDuplicates } from "./duplicates";
import type { SubjectRows } from "./subjectRows";

/** Problems that leave a tally row out of every total; the others are reported but counted. */
const EXCLUDING: ReadonlySet<TallyProblem> = new Set<TallyProblem>([
  "count_invalid",
  "returned_exceeds_issued",
  "subject_duplicate",
  "subject_unknown",
]);

/**
 * Every tally row checked. A null subjectId was already reported by the reader's matcher
 * (subject_unknown / subject_ambiguous), so it is only left out here; an id that names no
 * roster row is reported, since nobody else has.
 */
export function checkTallies(
  tallies: readonly TallyRow[],
  bySubject: SubjectRows,
  rosterIds: ReadonlySet<string>,
  rules: Rules,
): { checks: TallyCheck[]; findings: Finding[] } {
  const duplicates = findDuplicates(tallies, bySubject);
  const findings: Finding[] = duplicates.findings;
  const checks = tallies.map((tally): TallyCheck => {
    // checkCounts made the list for this row alone: the other problems are added to it.
    const problems = checkCounts(tally, rules, findings);
    if (duplicates.ids.has(tally.id)) problems.push("subject_duplicate");
    if (tally.subjectId === null) {
      problems.push("subject_unknown");
    } else if (!rosterIds.has(tally.subjectId)) {
      problems.push("subject_unknown");
      findings.push(
        makeFinding("subject_unknown", tallyLocation(tally, "name"), {
          zh: `测评对象${tally.subjectName}不在干部名册中，该行未计入统计`,
          en: `${tally.subjectName} is not in the roster; the row is left out of the totals`,
        }),
      );
    }
    return { tally, included: !excluded(problems), problems: problems.length === 0 ? NONE : problems };
  });
  return { checks, findings };
}

/** An index loop, not `some` with an arrow: asked of each of a district's 100,000 rows, most with no problem. */
function excluded(problems: readonly TallyProblem[]): boolean {
  for (let i = 0; i < problems.length; i++) if (EXCLUDING.has(problems[i] as TallyProblem)) return true;
  return false;
}

// Slow: HyperFormula recomputes every formula of many generated districts, cell by cell.
import { assess } from "../../src/core/assess/assess";
import type { Assessment } from "../../src/core/assess/assessment";
import { buildPlan } from "../../src/core/plan/buildPlan";
import { Random, generateRoster, generateRules } from "./generate";
import { generateTallies } from "./generateTallies";
import { recompute } from "./recompute";

/**
 * The formulas of the reviewed workbook, recomputed by HyperFormula on generated districts,
 * must give exactly the core's decisions: every status, clause, cap, vote total, rate,
 * special report, trigger, quota and grade problem.
 */
const SEEDS = Array.from({ length: 10 }, (_, i) => 1000 + i);

function district(seed: number): Assessment {
  const r = new Random(seed);
  const rules = generateRules(r);
  const roster = generateRoster(r, 160, rules);
  const tallies = generateTallies(r, roster, rules);
  return assess({ roster, tallies, rules });
}

const assessments = SEEDS.map(district);

for (const [i, assessment] of assessments.entries()) {
  test(`every formula of generated district ${i + 1} recomputes to the core's value`, () => {
    const plan = buildPlan(assessment, {
      findings: assessment.findings,
      rosterFile: "roster.xlsx",
      keptSheets: ["名册"],
      date1904: false,
    });
    const { checked, mismatches } = recompute(plan);
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(checked).toBeGreaterThan(assessment.subjects.length * 18);
  });
}

test("dates written in the 1904 date system give the same decisions", () => {
  const [assessment] = assessments;
  if (assessment === undefined) throw new Error("no district");
  const plan = buildPlan(assessment, { findings: [], rosterFile: "roster.xlsx", keptSheets: ["名册"], date1904: true });
  expect(recompute(plan, true).mismatches.slice(0, 5)).toEqual([]);
  // Read with the wrong epoch, the same serials fall four years off and the clauses change.
  expect(recompute(plan, false).mismatches.length).toBeGreaterThan(0);
});

test("the generated districts reach every status, cap, grade problem and quota outcome", () => {
  const subjects = assessments.flatMap((a) => a.subjects);
  const statuses = new Set(subjects.map((s) => s.status));
  expect([...statuses].sort()).toEqual(
    [
      "assessed_elsewhere",
      "concurrent",
      "graded",
      "not_assessed",
      "regulated",
      "review",
      "ungraded",
      "unit_recommends",
    ].sort(),
  );
  const caps = new Set(subjects.map((s) => String(s.cap)));
  expect([...caps].sort()).toEqual(["null", "none", "不称职", "称职"].sort());
  expect(new Set(subjects.map((s) => s.gradeProblem))).toEqual(new Set([null, "grade_missing", "grade_not_allowed"]));
  expect(subjects.some((s) => s.specialReport)).toBe(true);
  expect(subjects.some((s) => s.reviewTriggers.length === 2)).toBe(true);
  const units = assessments.flatMap((a) => a.units);
  expect(units.some((u) => u.over)).toBe(true);
  expect(units.some((u) => u.quotaMissing)).toBe(true);
  expect(assessments.some((a) => a.teams.over)).toBe(true);
  const problems = new Set(assessments.flatMap((a) => a.tallies.flatMap((t) => t.problems)));
  expect([...problems].sort()).toEqual(
    [
      "count_invalid",
      "returned_exceeds_issued",
      "subject_duplicate",
      "subject_unknown",
      "sum_exceeds_valid",
      "turnout_low",
      "valid_exceeds_returned",
    ].sort(),
  );
});

test("the thresholds are met exactly on their boundary somewhere in the generated data", () => {
  const subjects = assessments.flatMap((a) => a.subjects.map((s) => ({ s, d: a.daysInYear })));
  expect(subjects.some(({ s, d }) => s.derived.leaveDays !== null && 2 * s.derived.leaveDays === d)).toBe(true);
  expect(subjects.some(({ s, d }) => s.derived.workedDays !== null && 2 * s.derived.workedDays === d)).toBe(true);
  expect(subjects.some(({ s, d }) => s.derived.hostDays !== null && 2 * s.derived.hostDays === d)).toBe(true);
  expect(
    subjects.some(({ s }) => s.votes !== null && s.votes.valid > 0 && 3 * s.votes.counts[3] === s.votes.valid),
  ).toBe(true);
});

// Slow: HyperFormula recomputes every formula of forty generated districts (40 cadres, each under its own rules), cell by cell.
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
// Forty districts of 40 cadres rather than ten of 160: the same 1,600 subjects under four times as
// many rule sets (rounding, scope, allocated quotas, team levels, triggers, turnout, year), for
// half the CPU. HyperFormula's work grows faster than the roster (each row's COUNTIFS and SUMIFS
// scan whole columns): about 15 ms of CPU a cadre at 40 cadres, 28 ms at 160. The last two tests
// hold the smaller districts to every outcome and boundary the larger ones reached.
const SEEDS = Array.from({ length: 40 }, (_, i) => 1000 + i);

function district(seed: number, cadres = 40): Assessment {
  const r = new Random(seed);
  const rules = generateRules(r);
  const roster = generateRoster(r, cadres, rules);
  const tallies = generateTallies(r, roster, rules);
  return assess({ roster, tallies, rules });
}

const assessments = SEEDS.map((seed) => district(seed));

// Each recompute of a district costs HyperFormula 2–5 s of CPU. The first district is written in
// the 1904 date system (its dates as 1904 serials) instead of being recomputed in both systems;
// the other nine, each under its own rules, are written in the 1900 system.
for (const [i, assessment] of assessments.entries()) {
  const date1904 = i % 10 === 0;
  test(`every formula of generated district ${i + 1} recomputes to the core's value${date1904 ? ", its dates written in the 1904 date system" : ""}`, () => {
    const plan = buildPlan(assessment, {
      findings: assessment.findings,
      rosterFile: "roster.xlsx",
      keptSheets: ["名册"],
      date1904,
    });
    const { checked, mismatches } = recompute(plan, date1904);
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(checked).toBeGreaterThan(assessment.subjects.length * 18);
  });
}

test("dates written in the 1904 date system and read from the 1900 epoch fall four years off: the clauses change", () => {
  // The first district's seed at 30 cadres: the check that the epoch matters needs no district-sized recompute.
  const assessment = district(SEEDS[0] ?? 1000, 30);
  const plan = buildPlan(assessment, { findings: [], rosterFile: "roster.xlsx", keptSheets: ["名册"], date1904: true });
  expect(recompute(plan, true).mismatches.slice(0, 5)).toEqual([]);
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

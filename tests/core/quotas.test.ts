import type { RosterRow } from "../../src/core/model/roster";
import { cadre, rules, run, team } from "./support";

// 三.八: per-unit 优秀 quotas, the pooled and allocated options, and the district team quota.

function unitOf(size: number, unit: string, excellent: number, firstRow = 3): RosterRow[] {
  return Array.from({ length: size }, (_, i) =>
    cadre(firstRow + i, `干部${firstRow + i}`, unit, { proposedGrade: i < excellent ? "优秀" : "称职" }),
  );
}

test("5 graded cadres at 20%: one 优秀; proposing two is over quota", () => {
  const assessment = run(unitOf(5, "孟轲乡", 2));
  expect(assessment.units).toEqual([
    {
      unit: "孟轲乡",
      graded: 5,
      theoretical: 1,
      excellentQuota: 1,
      excellentProposed: 2,
      allocated: false,
      over: true,
      quotaMissing: false,
    },
  ]);
  const over = assessment.findings.find((f) => f.code === "over_quota");
  expect(over).toMatchObject({ severity: "error", cell: "S3", subjectUnit: "孟轲乡" });
  expect(over?.subject).toBeUndefined();
  expect(over?.message).toContain("5名×20%=1.00，向下取整");
});

test("only cadres that receive a grade count, but every 优秀 proposal counts", () => {
  const rows = unitOf(5, "孟轲乡", 1);
  rows.push(cadre(20, "请假", "孟轲乡", { leaveDays: 200, proposedGrade: "优秀" }));
  const assessment = run(rows);
  expect(assessment.units[0]).toMatchObject({ graded: 5, excellentQuota: 1, excellentProposed: 2, over: true });
  expect(assessment.subjects[5]?.gradeProblem).toBe("grade_not_allowed");
});

test("each unit has its own quota", () => {
  const assessment = run([...unitOf(5, "甲", 1), ...unitOf(4, "乙", 0, 10)]);
  expect(assessment.units.map((u) => [u.unit, u.graded, u.excellentQuota, u.over])).toEqual([
    ["甲", 5, 1, false],
    ["乙", 4, 0, false],
  ]);
});

test("pooled: one district quota over every unit", () => {
  const assessment = run([...unitOf(3, "甲", 1), ...unitOf(2, "乙", 0, 10)], [], rules(2020, { quotaScope: "pooled" }));
  expect(assessment.units.map((u) => [u.unit, u.graded, u.excellentQuota])).toEqual([["全区", 5, 1]]);
});

test("allocated quotas replace the computed ones; a unit without one is quota_missing", () => {
  const ruleSet = rules(2020, { allocatedQuotas: [{ unit: "甲", quota: 2 }] });
  const assessment = run([...unitOf(3, "甲", 2), ...unitOf(2, "乙", 0, 10)], [], ruleSet);
  expect(assessment.units.map((u) => [u.unit, u.excellentQuota, u.over, u.quotaMissing])).toEqual([
    ["甲", 2, false, false],
    ["乙", null, false, true],
  ]);
  expect(assessment.findings.find((f) => f.code === "quota_missing")).toMatchObject({ cell: "F10", subjectUnit: "乙" });
});

test("an allocated unit matches the roster's unit as the reader matches units: bracket widths, spaces, full-width letters", () => {
  // The roster's units as the reader keeps them (normaliseUnit): full-width brackets, no spaces.
  const ruleSet = rules(2020, {
    allocatedQuotas: [
      { unit: "区委办(档案局)", quota: 2 },
      { unit: " 科 技\u3000局 ", quota: 1 },
      { unit: "ＡＢＣ局", quota: 0 },
      { unit: "abc局", quota: 3 },
    ],
  });
  const assessment = run(
    [...unitOf(3, "区委办（档案局）", 2), ...unitOf(2, "科技局", 1, 10), ...unitOf(2, "ABC局", 1, 20)],
    [],
    ruleSet,
  );
  // Case still tells units apart: abc局's allocation is not ABC局's.
  expect(assessment.units.map((u) => [u.unit, u.excellentQuota, u.over, u.quotaMissing])).toEqual([
    ["区委办（档案局）", 2, false, false],
    ["科技局", 1, false, false],
    ["ABC局", 0, true, false],
  ]);
  expect(assessment.findings.filter((f) => f.code === "quota_missing")).toEqual([]);
});

test("the rounding mode applies to the unit quota", () => {
  const assessment = run(unitOf(3, "甲", 1), [], rules(2020, { excellentPercent: 33, rounding: "up" }));
  expect(assessment.units[0]).toMatchObject({ theoretical: 0.99, excellentQuota: 1, over: false });
});

test("teams: 好 at most 30% of graded teams district-wide", () => {
  const teams = ["甲", "乙", "丙", "丁"].map((unit, i) => team(16 + i, unit, { proposedGrade: i < 2 ? "好" : "较好" }));
  const assessment = run(teams);
  expect(assessment.teams).toEqual({ graded: 4, theoretical: 1.2, goodQuota: 1, goodProposed: 2, over: true });
  expect(assessment.findings.find((f) => f.code === "over_quota")).toMatchObject({ cell: "S16" });
});

test("the team quota uses the team level set of the rules", () => {
  const teams = ["甲", "乙", "丙", "丁"].map((unit, i) =>
    team(16 + i, unit, { proposedGrade: i < 1 ? "优秀" : "良好" }),
  );
  const assessment = run(teams, [], rules(2020, { teamLevelSet: "youxiu" }));
  expect(assessment.teams).toMatchObject({ goodProposed: 1, over: false });
  expect(assessment.findings.filter((f) => f.code === "grade_not_allowed")).toEqual([]);
});

test("teams are not in the cadre quota, cadres not in the team quota", () => {
  const assessment = run([...unitOf(5, "甲", 1), team(16, "甲", { proposedGrade: "好" })]);
  expect(assessment.units[0]?.graded).toBe(5);
  expect(assessment.teams.graded).toBe(1);
});

import { cadre, rules, run, tally, team } from "./support";

// 三.五: more than one third 不称职 needs a special report; the review triggers are warnings.

const li = cadre(6, "李娜", "胜利路街道");

function evaluated(counts: [number, number, number, number], ruleSet = rules()) {
  const assessment = run([li], [tally(li, 8, counts)], ruleSet);
  const subject = assessment.subjects[0];
  return { subject, codes: assessment.findings.map((f) => f.code), findings: assessment.findings };
}

test("exactly one third 不称职 is not more than one third", () => {
  const { subject, codes } = evaluated([10, 10, 0, 10]);
  expect(subject?.specialReport).toBe(false);
  expect(codes).not.toContain("special_report");
});

test("one 不称职 vote more is a special report, and status does not change", () => {
  const { subject, findings } = evaluated([10, 9, 0, 11]);
  expect(subject?.specialReport).toBe(true);
  expect(subject?.status).toBe("graded");
  const finding = findings.find((f) => f.code === "special_report");
  expect(finding).toMatchObject({ severity: "warning", cell: "B6", subject: "李娜" });
  expect(finding?.message).toContain("专题考察报告");
});

test("for a team the lowest level is 差", () => {
  const squad = team(16, "胜利路街道");
  const assessment = run([squad], [tally(squad, 14, [5, 5, 0, 6])]);
  expect(assessment.subjects[0]?.specialReport).toBe(true);
  expect(assessment.findings.find((f) => f.code === "special_report")?.message).toContain("“差”票6张");
});

test("low approval: 3*(优秀+称职) < 2*valid, with the boundary not firing", () => {
  expect(evaluated([10, 10, 11, 0]).subject?.reviewTriggers).toEqual(["low_approval", "high_disapproval"]);
  expect(evaluated([10, 10, 10, 0]).subject?.reviewTriggers).toEqual(["high_disapproval"]);
  expect(evaluated([11, 10, 10, 0]).subject?.reviewTriggers).toEqual([]);
});

test("high disapproval: 3*(基本称职+不称职) >= valid, the boundary firing", () => {
  expect(evaluated([20, 0, 5, 5]).subject?.reviewTriggers).toContain("high_disapproval");
  expect(evaluated([21, 0, 5, 5]).subject?.reviewTriggers).toEqual([]);
});

test("a trigger is a warning labelled 需组织认定", () => {
  const trigger = evaluated([10, 10, 11, 0]).findings.find((f) => f.code === "review_trigger");
  expect(trigger?.severity).toBe("warning");
  expect(trigger?.message.startsWith("需组织认定")).toBe(true);
});

test("the triggers can be switched off", () => {
  const off = rules(2020, { reviewTriggers: { lowApproval: false, highDisapproval: false } });
  expect(evaluated([10, 10, 11, 0], off).subject?.reviewTriggers).toEqual([]);
});

test("no valid votes: nothing fires", () => {
  const { subject, codes } = evaluated([0, 0, 0, 0]);
  expect(subject?.specialReport).toBe(false);
  expect(subject?.reviewTriggers).toEqual([]);
  expect(codes.filter((code) => code === "special_report" || code === "review_trigger")).toEqual([]);
});

import { cadre, date, run, team } from "./support";

// Proposed grades against the cap, and report lengths.

function graded(fields: Parameters<typeof cadre>[3]) {
  const assessment = run([cadre(3, "赵文", "胜利路街道", fields)]);
  return { subject: assessment.subjects[0], findings: assessment.findings };
}

test("a grade within the cap is fine", () => {
  const { subject, findings } = graded({ proposedGrade: "称职", discipline: "诫勉" });
  expect(subject?.gradeProblem).toBeNull();
  expect(findings.filter((f) => f.code.startsWith("grade"))).toEqual([]);
});

test("a grade above the cap is not allowed, at the proposal cell", () => {
  const { subject, findings } = graded({ proposedGrade: "优秀", discipline: "诫勉" });
  expect(subject?.gradeProblem).toBe("grade_not_allowed");
  const finding = findings.find((f) => f.code === "grade_not_allowed");
  expect(finding).toMatchObject({ severity: "error", cell: "S3" });
  expect(finding?.message).toContain("最高只能评为“称职”");
});

test("any grade with cap none is not allowed", () => {
  const { subject, findings } = graded({ proposedGrade: "称职", leaveDays: 300 });
  expect(subject?.gradeProblem).toBe("grade_not_allowed");
  expect(findings.find((f) => f.code === "grade_not_allowed")?.message).toContain("不确定等次");
});

test("a grade outside the kind's set is not allowed", () => {
  expect(graded({ proposedGrade: "好" }).subject?.gradeProblem).toBe("grade_not_allowed");
  const squad = run([team(16, "甲", { proposedGrade: "优秀" })]);
  expect(squad.subjects[0]?.gradeProblem).toBe("grade_not_allowed");
});

test("spaces in a proposal are not a different grade", () => {
  expect(graded({ proposedGrade: " 称　职 " }).subject?.proposedGrade).toBe("称职");
});

test("no proposal for a subject that receives a grade is an error", () => {
  const { subject, findings } = graded({});
  expect(subject?.gradeProblem).toBe("grade_missing");
  expect(findings.find((f) => f.code === "grade_missing")).toMatchObject({ severity: "error", cell: "S3" });
});

test("no proposal is fine when no grade is given, or a person decides", () => {
  expect(graded({ leaveDays: 300 }).subject?.gradeProblem).toBeNull();
  expect(graded({ retiredOn: date("2020-07-02") }).subject?.gradeProblem).toBeNull();
});

test("reports over the limit: cadre 3000, team 3500", () => {
  const assessment = run([
    cadre(3, "赵文", "甲", { reportChars: 3000, proposedGrade: "称职" }),
    cadre(4, "钱红", "甲", { reportChars: 3150, proposedGrade: "称职" }),
    team(16, "甲", { reportChars: 3500, proposedGrade: "较好" }),
    team(17, "乙", { reportChars: 3600, proposedGrade: "较好" }),
  ]);
  const long = assessment.findings.filter((f) => f.code === "report_too_long");
  expect(long.map((f) => [f.cell, f.severity])).toEqual([
    ["T4", "warning"],
    ["T17", "warning"],
  ]);
  expect(long[1]?.message).toContain("领导班子工作总结3600字，超过3500字");
});

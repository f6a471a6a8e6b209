import { cadre, date, one, run } from "./support";

// Several clauses on one row: all are listed, the strongest status shows, the tightest cap holds.

test("retired after more than half a year and on leave more than half: ungraded", () => {
  const result = one(cadre(5, "孙", "乙镇", { retiredOn: date("2020-08-20"), leaveDays: 200 }));
  expect(result.status).toBe("ungraded");
  expect(result.clauses).toEqual(["一.5", "一.6"]);
  expect(result.cap).toBe("none");
  expect(result.receivesGrade).toBe(false);
  expect(result.hits.map((h) => h.status)).toEqual(["ungraded", "unit_recommends"]);
});

test("a sanction on a concurrent post: concurrent", () => {
  const id = "410927198005055716";
  const concurrent = cadre(13, "王海", "区住建局", { idNumber: id, discipline: "诫勉" });
  const assessment = run([cadre(10, "王海", "区人社局", { idNumber: id, mainPost: true }), concurrent]);
  expect(assessment.subjects[1]).toMatchObject({ status: "concurrent", clauses: ["一.1", "一.7"], cap: "none" });
  expect(one(concurrent).status).toBe("regulated");
});

test("retired early and sanctioned: not assessed outranks regulated", () => {
  const result = one(cadre(5, "孙", "乙镇", { retiredOn: date("2020-03-01"), discipline: "警告" }));
  expect(result.status).toBe("not_assessed");
  expect(result.clauses).toEqual(["一.6", "一.7"]);
});

test("a warning and exactly half a year of retirement: regulated outranks review, so a grade is given", () => {
  const result = one(cadre(5, "孙", "乙镇", { retiredOn: date("2020-07-02"), discipline: "警告" }));
  expect(result.status).toBe("regulated");
  expect(result.cap).toBe("称职");
  expect(result.receivesGrade).toBe(true);
});

test("the explanation joins every clause's sentence", () => {
  const result = one(cadre(4, "钱", "乙镇", { promotedOn: date("2020-03-18"), discipline: "诫勉" }));
  expect(result.explanation).toBe("新提拔任职，按现任职务考核，注意了解原任职岗位情况；诫勉：本年度不得评为优秀");
  expect(result.explanationEn).toContain("Newly promoted");
});

test("a row with no clause is assessed as usual", () => {
  const result = one(cadre(3, "赵文", "乙镇"));
  expect(result).toMatchObject({ status: "graded", clauses: [], cap: null, receivesGrade: true });
  expect(result.explanation).toBe("按规定参加年度考核");
});

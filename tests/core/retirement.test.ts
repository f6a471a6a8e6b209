import { cadre, date, one, rules, run } from "./support";

// 一.6: W = days from Y-01-01 up to but not including the retirement date.
// 2020 has 366 days, so half a year is W = 183, reached by retiring on 2020-07-02.

test("retiring on 2020-07-02 is exactly half a year: review", () => {
  const result = one(cadre(5, "孙", "乙镇", { retiredOn: date("2020-07-02") }));
  expect(result.derived.workedDays).toBe(183);
  expect(result.status).toBe("review");
  expect(result.clauses).toEqual(["一.6"]);
  expect(result.receivesGrade).toBe(false);
});

test("retiring a day earlier is less than half a year: not assessed", () => {
  const result = one(cadre(5, "孙", "乙镇", { retiredOn: date("2020-07-01") }));
  expect(result.derived.workedDays).toBe(182);
  expect(result.status).toBe("not_assessed");
  expect(result.cap).toBe("none");
});

test("retiring a day later is more than half a year: the unit recommends a grade", () => {
  const result = one(cadre(5, "孙", "乙镇", { retiredOn: date("2020-07-03") }));
  expect(result.derived.workedDays).toBe(184);
  expect(result.status).toBe("unit_recommends");
  expect(result.cap).toBeNull();
  expect(result.receivesGrade).toBe(true);
});

test("a missing grade is only a warning when the unit may recommend one", () => {
  const assessment = run([cadre(5, "孙", "乙镇", { retiredOn: date("2020-07-03") })]);
  const missing = assessment.findings.find((f) => f.code === "grade_missing");
  expect(missing?.severity).toBe("warning");
  expect(missing?.cell).toBe("S5");
});

test("in 2021 (365 days) there is no exact half: 2021-07-02 is less, 2021-07-03 more", () => {
  expect(one(cadre(5, "孙", "乙镇", { retiredOn: date("2021-07-02") }), rules(2021)).status).toBe("not_assessed");
  expect(one(cadre(5, "孙", "乙镇", { retiredOn: date("2021-07-03") }), rules(2021)).status).toBe("unit_recommends");
});

test("retiring after the year does not fire; retiring before it is not assessed", () => {
  expect(one(cadre(5, "孙", "乙镇", { retiredOn: date("2021-01-01") })).clauses).toEqual([]);
  const before = one(cadre(5, "孙", "乙镇", { retiredOn: date("2019-05-01") }));
  expect(before.derived.workedDays).toBe(0);
  expect(before.status).toBe("not_assessed");
});

test("retiring on 2020-12-31 worked 365 days", () => {
  const result = one(cadre(5, "孙", "乙镇", { retiredOn: date("2020-12-31") }));
  expect(result.derived.workedDays).toBe(365);
  expect(result.status).toBe("unit_recommends");
});

test("a retirement written as a month starts on its first day", () => {
  const result = one(cadre(5, "孙", "乙镇", { retiredOn: date("2020-07") }));
  expect(result.derived.workedDays).toBe(182);
  expect(result.status).toBe("not_assessed");
});

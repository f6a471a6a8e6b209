import { cadre, one, rules } from "./support";

// 一.5 因病、事假累计超过半年: `2*leaveDays > D`; exactly half a year is not 超过.

test("183 days of leave in 2020 (366 days) is exactly half: still graded", () => {
  const result = one(cadre(3, "甲", "乙镇", { leaveDays: 183 }));
  expect(result.status).toBe("graded");
  expect(result.clauses).toEqual([]);
  expect(result.receivesGrade).toBe(true);
});

test("184 days of leave in 2020 is more than half: ungraded, no grade", () => {
  const result = one(cadre(3, "甲", "乙镇", { leaveDays: 184 }));
  expect(result.status).toBe("ungraded");
  expect(result.clauses).toEqual(["一.5"]);
  expect(result.cap).toBe("none");
  expect(result.receivesGrade).toBe(false);
  expect(result.explanation).toContain("参加年度考核，不确定等次");
});

test("182 days of leave in 2021 (365 days) is less than half", () => {
  expect(one(cadre(3, "甲", "乙镇", { leaveDays: 182 }), rules(2021)).status).toBe("graded");
});

test("183 days of leave in 2021 is more than half", () => {
  expect(one(cadre(3, "甲", "乙镇", { leaveDays: 183 }), rules(2021)).status).toBe("ungraded");
});

test("half days count exactly: 183.5 days in 2020 is more than half", () => {
  expect(one(cadre(3, "甲", "乙镇", { leaveDays: 183.5 })).status).toBe("ungraded");
});

test("no leave column: the rule does not fire", () => {
  const result = one(cadre(3, "甲", "乙镇"));
  expect(result.status).toBe("graded");
  expect(result.derived.leaveDays).toBeNull();
});

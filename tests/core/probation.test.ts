import { cadre, date, one, rules, team } from "./support";

// 二.2 试用期满: probation ending between Y-01-01 and the assessment date (default (Y+1)-01-31).

test("probation ending in December of the year is due", () => {
  expect(one(cadre(9, "郑洁", "区人社局", { probationEnds: date("2020-12-20") })).derived.probationDue).toBe(true);
});

test("the window runs from 2020-01-01 to 2021-01-31, both included", () => {
  const due = (text: string) => one(cadre(9, "郑洁", "区人社局", { probationEnds: date(text) })).derived.probationDue;
  expect(due("2020-01-01")).toBe(true);
  expect(due("2019-12-31")).toBe(false);
  expect(due("2021-01-31")).toBe(true);
  expect(due("2021-02-01")).toBe(false);
});

test("a probation end written as a month ends on its last day", () => {
  const row = cadre(9, "郑洁", "区人社局", { probationEnds: date("2021-01") });
  expect(one(row).derived.probationDue).toBe(true);
  expect(one(row, rules(2020, { assessmentDate: "2021-01-15" })).derived.probationDue).toBe(false);
});

test("probation changes neither status nor grade, and teams have none", () => {
  const result = one(cadre(9, "郑洁", "区人社局", { probationEnds: date("2020-12-20") }));
  expect(result.status).toBe("graded");
  expect(one(team(16, "胜利路街道", { probationEnds: date("2020-12-20") })).derived.probationDue).toBe(false);
});

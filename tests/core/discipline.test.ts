import { readRecords } from "../../src/core/assess/eligibility/disciplineRecords";
import { DEFAULT_DISCIPLINE } from "../../src/core/rules/rules";
import { cadre, date, one, rules, run } from "./support";

// 一.7 with the default discipline table: the heaviest effect in force wins.

function sanctioned(discipline: string, fields = {}) {
  return cadre(8, "吴刚", "胜利路街道", { discipline, ...fields });
}

test("a warning caps the grade at 称职", () => {
  const result = one(sanctioned("2020年4月受政务警告处分"));
  expect(result).toMatchObject({ status: "regulated", clauses: ["一.7"], cap: "称职", receivesGrade: true });
  expect(result.derived.effect).toBe("no_excellent");
});

test("the heaviest record wins: 诫勉；记大过 is no grade", () => {
  const result = one(sanctioned("诫勉；记大过"));
  expect(result.derived.effect).toBe("no_grade");
  expect(result.derived.effectRecord).toBe("记大过");
  expect(result.cap).toBe("none");
  expect(result.receivesGrade).toBe(false);
});

test("严重警告 is not 警告", () => {
  expect(one(sanctioned("党内严重警告")).derived.effect).toBe("no_grade");
  expect(one(sanctioned("党内警告")).derived.effect).toBe("no_excellent");
});

test("记大过 of last year is still in force, but not the year after", () => {
  expect(one(sanctioned("2019年12月受记大过处分")).derived.effect).toBe("no_grade");
  expect(one(sanctioned("2019年12月受记大过处分"), rules(2021)).derived.effect).toBeNull();
});

test("记过 of last year is over, and the clerk is told why it had no effect", () => {
  const assessment = run([sanctioned("2019年受记过处分")]);
  expect(assessment.subjects[0]?.status).toBe("graded");
  const note = assessment.findings.find((f) => f.code === "note");
  expect(note).toMatchObject({ cell: "R8" });
  expect(note?.message).toContain("不在2020年度的影响期内");
});

test("the 处分时间 column dates records that carry no year of their own", () => {
  expect(one(sanctioned("记大过", { disciplineDate: date("2019-05") })).derived.effect).toBe("no_grade");
  expect(one(sanctioned("记大过", { disciplineDate: date("2018-05") })).derived.effect).toBeNull();
  expect(one(sanctioned("记大过")).derived.effect).toBe("no_grade");
});

test("an open investigation defers the grade; 已结案 ends it", () => {
  const open = one(sanctioned("立案审查调查中"));
  expect(open).toMatchObject({ status: "regulated", cap: "none" });
  expect(open.derived.effect).toBe("deferred");
  expect(open.explanation).toContain("不写评语、不确定等次");
  expect(one(sanctioned("2020年3月被立案审查，已结案")).derived.effect).toBeNull();
});

test("an investigation opened last year and still open defers this year's grade", () => {
  expect(one(sanctioned("2019年11月立案调查")).derived.effect).toBe("deferred");
});

test("a sanction dated after the year does not reach back", () => {
  expect(one(sanctioned("2021年3月受警告处分")).derived.effect).toBeNull();
});

test("留党察看 allows only 不称职, and a higher proposal is not allowed", () => {
  const assessment = run([sanctioned("留党察看一年", { proposedGrade: "基本称职" })]);
  expect(assessment.subjects[0]?.cap).toBe("不称职");
  expect(assessment.subjects[0]?.gradeProblem).toBe("grade_not_allowed");
  const allowed = run([sanctioned("留党察看一年", { proposedGrade: "不称职" })]);
  expect(allowed.subjects[0]?.gradeProblem).toBeNull();
});

test("records split on every separator, and a comma inside a record keeps its date", () => {
  const records = readRecords("2019年12月，受记大过处分\n诫勉、调整职务;无", null, 2020, DEFAULT_DISCIPLINE);
  expect(records.map((r) => [r.text, r.year])).toEqual([
    ["2019年12月，受记大过处分", 2019],
    ["诫勉", 2020],
    ["调整职务，无", 2020],
  ]);
});

test("full-width digits give the record's year", () => {
  const records = readRecords("２０１９年受记大过处分", null, 2020, DEFAULT_DISCIPLINE);
  expect(records[0]?.year).toBe(2019);
});

test("text that matches no rule has no effect and is reported; 无 is not", () => {
  const assessment = run([sanctioned("通报批评")]);
  expect(assessment.subjects[0]?.derived.effect).toBeNull();
  expect(assessment.findings.find((f) => f.code === "note")?.message).toContain("通报批评");
  expect(run([sanctioned("无")]).findings.filter((f) => f.code === "note")).toEqual([]);
});

import { cadre, date, run } from "./support";

// 一.2 新提拔任职 and 一.3 交流任职: graded as usual, with a note for the assessment team.

test("a promotion within the year adds the 一.2 note at the promotion cell", () => {
  const assessment = run([cadre(4, "钱红", "胜利路街道", { promotedOn: date("2020-03-18") })]);
  const subject = assessment.subjects[0];
  expect(subject).toMatchObject({ status: "graded", clauses: ["一.2"] });
  expect(subject?.explanation).toContain("按现任职务考核，注意了解原任职岗位情况");
  const note = assessment.findings.find((f) => f.code === "note");
  expect(note).toMatchObject({ severity: "info", cell: "J4", subject: "钱红" });
  expect(note?.message).toContain("2020-03-18");
});

test("a promotion in an earlier year is not a note", () => {
  const assessment = run([cadre(9, "郑洁", "区人社局", { promotedOn: date("2019-12-20") })]);
  expect(assessment.subjects[0]?.clauses).toEqual([]);
  expect(assessment.findings.filter((f) => f.code === "note")).toHaveLength(0);
});

test("a transfer within the year names the former unit", () => {
  const assessment = run([
    cadre(7, "周平", "胜利路街道", { transferredOn: date("2020-10-09"), transferredFrom: "区人社局" }),
  ]);
  expect(assessment.subjects[0]).toMatchObject({ status: "graded", clauses: ["一.3"] });
  expect(assessment.subjects[0]?.explanation).toContain("交流前情况由原单位(区人社局)提供");
  expect(assessment.findings.find((f) => f.code === "note")).toMatchObject({ severity: "info", cell: "K7" });
});

test("promoted and transferred within the year: only the transfer note", () => {
  const result = run([
    cadre(7, "周平", "胜利路街道", {
      promotedOn: date("2020-10"),
      transferredOn: date("2020-10-09"),
      transferredFrom: "区人社局",
    }),
  ]).subjects[0];
  expect(result?.clauses).toEqual(["一.3"]);
});

test("promoted this year after a transfer years ago: the promotion note", () => {
  const result = run([cadre(7, "周平", "胜利路街道", { promotedOn: date("2020-10"), transferredOn: date("2016-01") })])
    .subjects[0];
  expect(result?.clauses).toEqual(["一.2"]);
});

test("a transfer without the former unit says so instead of guessing", () => {
  const result = run([cadre(7, "周平", "胜利路街道", { transferredOn: date("2020-10-09") })]).subjects[0];
  expect(result?.explanation).toContain("名册未写原单位");
});

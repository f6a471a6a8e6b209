import { cadre, date, one, run } from "./support";

// 一.4: hostDays = days of Y inside the secondment, both ends included; 2020 has 366 days.

function seconded(from: string, until: string, host = "省人社厅") {
  return cadre(11, "冯雪", "区人社局", {
    secondedTo: host,
    secondedFrom: date(from),
    secondedUntil: date(until),
  });
}

test("exactly half the year at the host (183 days) goes to review", () => {
  const result = one(seconded("2020-01-01", "2020-07-01"));
  expect(result.derived.hostDays).toBe(183);
  expect(result.status).toBe("review");
  expect(result.clauses).toEqual(["一.4"]);
});

test("more than half the year at the host: assessed elsewhere, the host named", () => {
  const assessment = run([seconded("2020-01-01", "2020-07-02")]);
  const result = assessment.subjects[0];
  expect(result?.derived.hostDays).toBe(184);
  expect(result?.status).toBe("assessed_elsewhere");
  expect(result?.cap).toBe("none");
  expect(result?.derived.assessingUnit).toBe("省人社厅");
  expect(result?.explanation).toContain("由挂职（派出）单位(省人社厅)考核，听取本单位意见");
  const finding = assessment.findings.find((f) => f.code === "assess_at_other_unit");
  expect(finding).toMatchObject({ severity: "warning", cell: "M11", subject: "冯雪", subjectUnit: "区人社局" });
  expect(finding?.message).toContain("省人社厅");
});

test("less than half the year at the host: assessed at home, hearing the host", () => {
  const result = one(seconded("2020-01-01", "2020-06-30"));
  expect(result.derived.hostDays).toBe(182);
  expect(result.status).toBe("graded");
  expect(result.clauses).toEqual(["一.4"]);
  expect(result.derived.assessingUnit).toBeNull();
  expect(result.explanation).toContain("听取挂职单位(省人社厅)意见");
});

test("months as ends: 2020.01–2020.09 is 274 days", () => {
  const result = one(seconded("2020-01", "2020-09"));
  expect(result.derived.hostDays).toBe(274);
  expect(result.status).toBe("assessed_elsewhere");
});

test("only the days inside the year count", () => {
  expect(one(seconded("2019-03", "2020-06")).derived.hostDays).toBe(182);
  const outside = one(seconded("2018-01-01", "2019-12-31"));
  expect(outside.derived.hostDays).toBe(0);
  expect(outside.clauses).toEqual([]);
});

test("a host equal to the row's own unit is assessed here", () => {
  const result = one(seconded("2020-01-01", "2020-12-31", "区人社局"));
  expect(result.status).toBe("graded");
});

test("an incomplete secondment does not fire but is reported", () => {
  const row = cadre(11, "冯雪", "区人社局", { secondedTo: "省人社厅" });
  const assessment = run([row]);
  expect(assessment.subjects[0]?.clauses).toEqual([]);
  const note = assessment.findings.find((f) => f.code === "note");
  expect(note).toMatchObject({ severity: "warning", cell: "N11" });
});

test("an end before the start is reported, not counted", () => {
  const assessment = run([seconded("2020-09-01", "2020-03-01")]);
  expect(assessment.subjects[0]?.derived.hostDays).toBeNull();
  expect(assessment.findings.map((f) => f.message).join()).toContain("结束早于开始");
});

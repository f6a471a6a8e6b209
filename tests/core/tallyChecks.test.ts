import { cadre, rules, run, tally } from "./support";

// Ballot tally checks: each problem is a finding at the cell to fix; some leave the row out.

const zhao = cadre(3, "赵文", "胜利路街道", { proposedGrade: "称职" });

function checked(...tallies: ReturnType<typeof tally>[]) {
  return run([zhao], tallies);
}

test("a clean tally is included and raises nothing", () => {
  const assessment = checked(tally(zhao, 2, [6, 2, 0, 0]));
  expect(assessment.tallies[0]).toMatchObject({ included: true, problems: [] });
  expect(assessment.findings).toEqual([]);
});

test("a negative or fractional count is count_invalid at its cell, and the row is left out", () => {
  const assessment = checked(
    tally(zhao, 2, [6, -1, 0, 0]),
    tally(zhao, 3, [1, 2, 0.5, 0], { category: "班子成员", valid: 4, returned: 4, issued: 4 }),
  );
  expect(assessment.tallies.map((t) => t.included)).toEqual([false, false]);
  const cells = assessment.findings.filter((f) => f.code === "count_invalid").map((f) => f.cell);
  expect(cells).toEqual(["H2", "I3"]);
  expect(assessment.subjects[0]?.votes).toBeNull();
});

test("an absurdly large count is count_invalid, so every sum stays exact", () => {
  const assessment = checked(tally(zhao, 2, [1e12, 0, 0, 0]));
  expect(assessment.tallies[0]?.problems).toEqual(["count_invalid"]);
});

test("a null count is an empty cell: zero, no finding", () => {
  const assessment = checked(tally(zhao, 2, [6, 2, null, null]));
  expect(assessment.tallies[0]?.included).toBe(true);
  expect(assessment.subjects[0]?.votes?.counts).toEqual([6, 2, 0, 0]);
});

test("levels above valid: sum_exceeds_valid at the valid cell; abstentions are not in the sum", () => {
  const over = checked(tally(zhao, 2, [6, 3, 0, 0], { valid: 8 }));
  expect(over.findings.find((f) => f.code === "sum_exceeds_valid")).toMatchObject({ severity: "error", cell: "F2" });
  expect(over.tallies[0]?.included).toBe(true);
  const withAbstain = checked(tally(zhao, 2, [6, 2, 0, 0], { valid: 8, abstain: 1, returned: 9, issued: 9 }));
  expect(withAbstain.findings).toEqual([]);
});

test("valid above returned: valid_exceeds_returned", () => {
  const assessment = checked(tally(zhao, 2, [6, 2, 0, 0], { valid: 8, returned: 7, issued: 8 }));
  expect(assessment.findings.map((f) => [f.code, f.cell])).toEqual([["valid_exceeds_returned", "F2"]]);
});

test("returned above issued voids the round: left out of every total", () => {
  const assessment = checked(
    tally(zhao, 2, [6, 2, 0, 0], { issued: 7 }),
    tally(zhao, 3, [20, 10, 0, 0], { category: "班子成员" }),
  );
  expect(assessment.tallies[0]).toMatchObject({ included: false, problems: ["returned_exceeds_issued"] });
  expect(assessment.findings.find((f) => f.code === "returned_exceeds_issued")?.cell).toBe("E2");
  expect(assessment.subjects[0]?.votes?.valid).toBe(30);
});

test("the same subject, category and item twice, across files: both left out", () => {
  const other = tally(zhao, 5, [6, 2, 0, 0]);
  other.source = { ...other.source, file: "ballots-2.xlsx" };
  const assessment = checked(tally(zhao, 2, [6, 2, 0, 0]), other);
  expect(assessment.tallies.map((t) => t.included)).toEqual([false, false]);
  const duplicates = assessment.findings.filter((f) => f.code === "subject_duplicate");
  expect(duplicates.map((f) => f.file)).toEqual(["ballots-2.xlsx", "ballots.xlsx"]);
  expect(duplicates[1]?.message).toContain("ballots-2.xlsx 测评!A5");
});

test("an overall row and a 综合评价 row of one category are the same rating twice", () => {
  const assessment = checked(tally(zhao, 2, [6, 2, 0, 0]), tally(zhao, 3, [6, 2, 0, 0], { item: "综合评价" }));
  expect(assessment.tallies.every((t) => t.problems.includes("subject_duplicate"))).toBe(true);
});

test("different items of one category are not duplicates", () => {
  const assessment = checked(
    tally(zhao, 2, [6, 2, 0, 0], { item: "德" }),
    tally(zhao, 3, [6, 2, 0, 0], { item: "能" }),
  );
  expect(assessment.findings.filter((f) => f.code === "subject_duplicate")).toEqual([]);
});

test("duplicates are found among a subject's many items and reported in the order first met", () => {
  // Ten items make more groups than are looked through: the twins of 勤 and 绩 are found by key.
  const qian = cadre(4, "钱程", "胜利路街道", { proposedGrade: "称职" });
  const items = ["德", "能", "勤", "绩", "廉", "学", "政", "纪", "风", "效"];
  const rows = items.map((item, i) => tally(zhao, 2 + i, [6, 2, 0, 0], { item }));
  const twins = [
    tally(qian, 12, [6, 2, 0, 0]),
    tally(zhao, 13, [6, 2, 0, 0], { item: "绩" }),
    tally(qian, 14, [6, 2, 0, 0], { item: "综合评价" }),
    tally(zhao, 15, [6, 2, 0, 0], { item: " 勤 " }),
    tally(zhao, 16, [6, 2, 0, 0], { item: "绩", category: "班子成员" }),
  ];
  const assessment = run([zhao, qian], [...rows, ...twins]);
  const duplicates = assessment.tallies.filter((t) => t.problems.includes("subject_duplicate"));
  expect(duplicates.map((t) => t.tally.source.row)).toEqual([4, 5, 12, 13, 14, 15]);
  const reported = assessment.findings.filter((f) => f.code === "subject_duplicate");
  expect(reported.map((f) => f.cell)).toEqual(["A4", "A5", "A12", "A13", "A14", "A15"]);
  expect(reported.find((f) => f.cell === "A5")?.message).toContain("另见ballots.xlsx 测评!A13");
});

test("turnout: exactly half of 应到 is low, one more is not", () => {
  const low = checked(tally(zhao, 2, [3, 2, 0, 0], { expected: 10 }));
  expect(low.findings.find((f) => f.code === "turnout_low")).toMatchObject({ severity: "warning", cell: "E2" });
  expect(low.tallies[0]?.included).toBe(true);
  expect(checked(tally(zhao, 2, [4, 2, 0, 0], { expected: 10 })).findings).toEqual([]);
});

test("the turnout threshold comes from the rules", () => {
  const assessment = run([zhao], [tally(zhao, 2, [4, 2, 0, 0], { expected: 10 })], rules(2020, { turnoutPercent: 60 }));
  expect(assessment.findings.map((f) => f.code)).toEqual(["turnout_low"]);
});

test("an unmatched tally is left out without repeating the reader's finding", () => {
  const assessment = checked(tally(null, 2, [6, 2, 0, 0]));
  expect(assessment.tallies[0]).toMatchObject({ included: false, problems: ["subject_unknown"] });
  expect(assessment.findings.filter((f) => f.code === "subject_unknown")).toEqual([]);
});

test("a subject with none of its tallies counted is ballots_missing", () => {
  const assessment = checked(tally(zhao, 2, [6, -2, 0, 0]));
  expect(assessment.findings.find((f) => f.code === "ballots_missing")).toMatchObject({ cell: "B3", subject: "赵文" });
});

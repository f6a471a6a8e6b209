import { cadre, date, run, team } from "./support";

// 一.1 担任多项职务: one person on several rows is assessed at the main post.

const ID = "410927198005055716";

test("the main post is assessed, the concurrent post is not graded", () => {
  const assessment = run([
    cadre(10, "王海", "区人社局", { idNumber: ID, mainPost: true }),
    cadre(13, "王海", "区住建局", { idNumber: ID, mainPost: false }),
  ]);
  const [main, other] = assessment.subjects;
  expect(main).toMatchObject({ status: "graded", clauses: ["一.1"], cap: null, receivesGrade: true });
  expect(main?.derived).toMatchObject({ mainPost: "main", personRows: 2 });
  expect(other).toMatchObject({ status: "concurrent", clauses: ["一.1"], cap: "none", receivesGrade: false });
  expect(other?.explanation).toBe("在主要工作单位(区人社局)考核，兼任工作以适当方式了解");
  expect(assessment.findings.filter((f) => f.code === "main_post_unknown")).toHaveLength(0);
});

test("no row marked as main post: every row goes to review with a finding at 是否主职", () => {
  const assessment = run([
    cadre(10, "王海", "区人社局", { idNumber: ID }),
    cadre(13, "王海", "区住建局", { idNumber: ID }),
  ]);
  expect(assessment.subjects.map((s) => s.status)).toEqual(["review", "review"]);
  expect(assessment.subjects.map((s) => s.derived.mainPost)).toEqual(["unknown", "unknown"]);
  const cells = assessment.findings.filter((f) => f.code === "main_post_unknown").map((f) => f.cell);
  expect(cells).toEqual(["I10", "I13"]);
});

test("two rows marked as main post is as unknown as none", () => {
  const assessment = run([
    cadre(10, "王海", "区人社局", { idNumber: ID, mainPost: true }),
    cadre(13, "王海", "区住建局", { idNumber: ID, mainPost: true }),
  ]);
  expect(assessment.subjects.map((s) => s.status)).toEqual(["review", "review"]);
});

test("without an ID number, name and birth date together make the key", () => {
  const birthDate = date("1980-05-05");
  const assessment = run([
    cadre(10, "王海", "区人社局", { birthDate, mainPost: true }),
    cadre(13, "王海", "区住建局", { birthDate }),
  ]);
  expect(assessment.subjects.map((s) => s.status)).toEqual(["graded", "concurrent"]);
});

test("rows without a key never merge: a name alone is not a person", () => {
  const assessment = run([cadre(10, "王海", "区人社局"), cadre(13, "王海", "区住建局")]);
  expect(assessment.subjects.map((s) => s.status)).toEqual(["graded", "graded"]);
  expect(assessment.subjects.map((s) => s.derived.personRows)).toEqual([1, 1]);
});

test("different ID numbers are different people even with the same name and birth date", () => {
  const birthDate = date("1980-05-05");
  const assessment = run([
    cadre(10, "王海", "区人社局", { idNumber: ID, birthDate }),
    cadre(13, "王海", "区住建局", { idNumber: "410927198005051234", birthDate }),
  ]);
  expect(assessment.subjects.map((s) => s.status)).toEqual(["graded", "graded"]);
});

test("the same person twice in one unit is a duplicate, reported at the second row", () => {
  const assessment = run([
    cadre(10, "王海", "区人社局", { idNumber: ID, mainPost: true }),
    cadre(12, "王海", "区人社局", { idNumber: ID }),
  ]);
  const duplicates = assessment.findings.filter((f) => f.code === "duplicate_person");
  expect(duplicates).toHaveLength(1);
  expect(duplicates[0]).toMatchObject({ severity: "error", cell: "E12" });
  expect(duplicates[0]?.message).toContain("名册!B10");
});

test("team rows are never one person", () => {
  const assessment = run([team(16, "胜利路街道"), team(17, "胜利路街道")]);
  expect(assessment.subjects.map((s) => s.status)).toEqual(["graded", "graded"]);
  expect(assessment.findings.filter((f) => f.code === "duplicate_person")).toHaveLength(0);
});

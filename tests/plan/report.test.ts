import { buildReport } from "../../src/core/report/buildReport";
import { ReportSchema } from "../../src/core/report/reportSchema";
import { reviewSamples } from "./samples";

/** The JSON report (CONTRACT.md §4) from the sample review, checked against its schema. */
test("the sample report follows kaohe-report/1", async () => {
  const { report } = await reviewSamples();
  expect(ReportSchema.parse(report)).toEqual(report);
  expect(report).toMatchObject({ schema: "kaohe-report/1", year: 2020 });
  expect(report.subjects).toHaveLength(16);
});

test("votes are counted by the level names of the subject's kind, null without ballots", async () => {
  const { report } = await reviewSamples();
  const zhao = report.subjects.find((s) => s.name === "赵文");
  expect(zhao?.votes).toEqual({ valid: 46, abstain: 0, counts: { 优秀: 31, 称职: 14, 基本称职: 1, 不称职: 0 } });
  const team = report.subjects.find((s) => s.kind === "team" && s.unit === "胜利路街道");
  expect(Object.keys(team?.votes?.counts ?? {})).toEqual(["好", "较好", "一般", "差"]);
  expect(report.subjects.find((s) => s.kind === "team" && s.unit === "区人社局")?.votes).toBeNull();
});

test("status, clauses, cap, effect and source are the core's", async () => {
  const { report } = await reviewSamples();
  expect(report.subjects.find((s) => s.name === "吴刚")).toMatchObject({
    status: "regulated",
    clauses: ["一.7"],
    cap: "称职",
    effect: "no_excellent",
    source: { file: "roster-sample.xlsx", sheet: "名册", row: 8 },
  });
  expect(report.subjects.find((s) => s.name === "冯雪")).toMatchObject({
    status: "assessed_elsewhere",
    cap: "none",
    effect: null,
  });
  expect(report.subjects.find((s) => s.name === "李娜")).toMatchObject({ specialReport: true, cap: "none" });
});

test("units, the team pool and every finding are in the report", async () => {
  const result = await reviewSamples();
  const report = buildReport(result.assessment, result.findings);
  expect(report.units).toContainEqual({
    unit: "胜利路街道",
    graded: 5,
    theoretical: 1,
    excellentQuota: 1,
    excellentProposed: 2,
  });
  expect(report.teams).toEqual({ graded: 3, theoretical: 0.9, goodQuota: 0, goodProposed: 0 });
  expect(report.findings).toHaveLength(result.findings.length);
  expect(report.findings.filter((f) => f.code === "over_quota").map((f) => f.subjectUnit)).toEqual([
    "胜利路街道",
    "区人社局",
  ]);
});

test("the schema refuses a misspelt field, so consumers never see one", async () => {
  const { report } = await reviewSamples();
  const [first] = report.subjects;
  expect(ReportSchema.safeParse({ ...report, subjects: [{ ...first, specialReprot: true }] }).success).toBe(false);
  expect(ReportSchema.safeParse({ ...report, schema: "kaohe-report/2" }).success).toBe(false);
});

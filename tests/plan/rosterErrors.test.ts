import { makeFinding, type Finding } from "../../src/core/findings/finding";
import { buildPlan } from "../../src/core/plan/buildPlan";
import { SUBJECTS_SHEET } from "../../src/core/plan/kaoheSheets";
import { subjectColumns } from "../../src/core/plan/subjectColumns";
import { assessmentOf, CONTEXT, subject } from "./assessmentFactory";

const TEXT = { zh: "名册数据有误", en: "Bad roster data" };

/** 考核对象's 名册错误 for each subject: the data errors among the findings on its roster row. */
function rosterErrors(subjects: ReturnType<typeof subject>[], findings: Finding[]): unknown[] {
  const plan = buildPlan(assessmentOf(subjects), { ...CONTEXT, findings });
  const sheet = plan.sheets.find((s) => s.name === SUBJECTS_SHEET);
  const col = subjectColumns("hao").col("rosterErrors") - 1;
  const rows = sheet?.table.rows;
  return Array.from({ length: rows?.length ?? 0 }, (_, i) => rows?.at(i)?.[col]?.value);
}

test("名册错误 counts the data errors on the subject's roster row, and nothing else", () => {
  const subjects = [subject(1), subject(2), subject(3)];
  const at = (cell: string, code: "duplicate_person" | "grade_missing" = "duplicate_person", file = "roster.xlsx") =>
    makeFinding(code, { file, sheet: "名册", cell }, TEXT);
  const findings = [
    at("C3"),
    at("D3"),
    at("B5"),
    // A grade finding is no data error; another file's row 4 and a finding without a cell name no roster row.
    at("S4", "grade_missing"),
    at("B4", "duplicate_person", "other.xlsx"),
    makeFinding("duplicate_person", { file: "roster.xlsx", sheet: "名册" }, TEXT),
    at("not a cell"),
  ];
  expect(rosterErrors(subjects, findings)).toEqual([2, 0, 1]);
});

test("a roster row read into two subjects counts its errors for the last of them", () => {
  const shared = { file: "roster.xlsx", sheet: "名册", row: 7, cells: {} };
  const subjects = [subject(1, { source: shared }), subject(2), subject(3, { source: shared })];
  const findings = [makeFinding("duplicate_person", { file: "roster.xlsx", sheet: "名册", cell: "A7" }, TEXT)];
  expect(rosterErrors(subjects, findings)).toEqual([0, 0, 1]);
});

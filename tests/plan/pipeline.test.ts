import { review, type ReviewInput } from "../../src/core/pipeline";
import { RULES_SHEET, SUBJECTS_SHEET } from "../../src/core/plan/kaoheSheets";
import { RULES_COLUMNS } from "../../src/core/plan/rulesSheet";
import { subjectColumns } from "../../src/core/plan/subjectColumns";
import type { SheetGrid } from "../../src/core/model/sheetGrid";
import { readWorkbookFile } from "../../src/hosts/exceljs/readWorkbook";
import { planSheetGrid } from "./planGrid";
import { BALLOT_SAMPLES, ROSTER_SAMPLE, reviewSamples } from "./samples";
import { rowList } from "../../src/core/plan/planRows";

/** The facade: rules and year resolution, read-back from a reviewed workbook, refusals. */
async function sampleInput(): Promise<ReviewInput> {
  const roster = await readWorkbookFile(ROSTER_SAMPLE);
  const ballots = await Promise.all(BALLOT_SAMPLES.map((p) => readWorkbookFile(p)));
  return { rosterGrids: roster.grids, ballotGrids: ballots.flatMap((b) => b.grids) };
}

const untitled: SheetGrid = {
  file: "名册.xlsx",
  sheet: "名册",
  originRow: 1,
  originCol: 1,
  values: [
    ["姓名", "单位", "建议等次"],
    ["张三", "孟轲乡", "称职"],
  ],
  merges: [],
  date1904: false,
};

test("the year comes from --year, else the rules, else the roster's title", async () => {
  const input = await sampleInput();
  const year = (i: ReviewInput) => {
    const outcome = review(i);
    return outcome.ok ? outcome.result.assessment.year : outcome.message;
  };
  expect(year(input)).toBe(2020);
  expect(year({ ...input, rulesOverride: { year: 2019 } })).toBe(2019);
  expect(year({ ...input, rulesOverride: { year: 2019 }, year: 2021 })).toBe(2021);
});

test("without a year anywhere the review refuses with year_unknown (each front end adds where to give one)", () => {
  const outcome = review({ rosterGrids: [untitled], ballotGrids: [] });
  expect(outcome).toEqual({
    ok: false,
    code: "year_unknown",
    message: expect.stringContaining("无法确定考核年度") as string,
    messageEn: expect.any(String) as string,
  });
  const withYear = review({ rosterGrids: [untitled], ballotGrids: [], year: 2020 });
  expect(withYear.ok && withYear.result.assessment.subjects.map((s) => s.row.name)).toEqual(["张三"]);
});

test("a roster workbook without a roster header cannot be reviewed", async () => {
  const ballots = await readWorkbookFile(BALLOT_SAMPLES[0] ?? "");
  const outcome = review({ rosterGrids: ballots.grids, ballotGrids: [], year: 2020 });
  expect(outcome.ok).toBe(false);
  expect(!outcome.ok && outcome.message).toContain("没有找到干部名册表头");
});

test("--rules overrides the workbook's 考核规则, which overrides the defaults", async () => {
  const first = await reviewSamples();
  const rulesSheet = first.plan.sheets.find((s) => s.name === RULES_SHEET);
  if (rulesSheet === undefined) throw new Error("no rules sheet");
  const pctRow = rowList(rulesSheet.table.rows).findIndex((r) => r[0]?.value === "excellentPercent") + 5;
  const edited = planSheetGrid(rulesSheet, "roster-sample.xlsx", [
    { row: pctRow, col: RULES_COLUMNS.col("value"), value: 40 },
  ]);
  const input = await sampleInput();
  const fromSheet = review({ ...input, rosterGrids: [...input.rosterGrids, edited] });
  expect(fromSheet.ok && fromSheet.result.assessment.rules.excellentPercent).toBe(40);
  const overridden = review({
    ...input,
    rosterGrids: [...input.rosterGrids, edited],
    rulesOverride: { excellentPercent: 10 },
  });
  expect(overridden.ok && overridden.result.assessment.rules.excellentPercent).toBe(10);
});

test("grades edited in 考核对象 replace the roster's, and their findings point there", async () => {
  const first = await reviewSamples();
  const sheet = first.plan.sheets.find((s) => s.name === SUBJECTS_SHEET);
  if (sheet === undefined) throw new Error("no subjects sheet");
  const grade = subjectColumns("hao").col("grade");
  // R1 赵文 优秀 → 称职 brings 胜利路街道 within its quota; R2 钱红 cleared → grade_missing.
  const edited = planSheetGrid(sheet, "roster-sample.xlsx", [
    { row: 5, col: grade, value: "称职" },
    { row: 6, col: grade, value: null },
  ]);
  const input = await sampleInput();
  const outcome = review({ ...input, rosterGrids: [...input.rosterGrids, edited] });
  if (!outcome.ok) throw new Error(outcome.message);
  const { assessment, findings } = outcome.result;
  expect(assessment.subjects.slice(0, 2).map((s) => s.proposedGrade)).toEqual(["称职", null]);
  expect(assessment.units.find((u) => u.unit === "胜利路街道")?.over).toBe(false);
  expect(findings.find((f) => f.code === "grade_missing" && f.subject === "钱红")).toMatchObject({
    file: "roster-sample.xlsx",
    sheet: SUBJECTS_SHEET,
    cell: `${subjectColumns("hao").letter("grade")}6`,
  });
});

test("content the output cannot carry is reported", async () => {
  const input = await sampleInput();
  const outcome = review({ ...input, notKept: ["图表", "图片"] });
  const finding = outcome.ok ? outcome.result.findings.find((f) => f.code === "content_not_kept") : undefined;
  expect(finding).toMatchObject({ severity: "warning", file: "roster-sample.xlsx" });
  expect(finding?.message).toContain("图表、图片");
});

test("findings on ballot sheets that live in the roster workbook link to them", () => {
  const ballotSheet: SheetGrid = {
    ...untitled,
    sheet: "测评汇总",
    values: [
      ["姓名", "单位", "评价主体", "发出票数", "收回票数", "有效票数", "优秀", "称职", "基本称职", "不称职", "弃权"],
      ["张三", "孟轲乡", "干部职工代表", 10, 12, 10, 5, 5, 0, 0, 0],
    ],
  };
  const outcome = review({ rosterGrids: [untitled], ballotGrids: [ballotSheet], year: 2020 });
  if (!outcome.ok) throw new Error(outcome.message);
  const findingsSheet = outcome.result.plan.sheets.find((s) => s.name === "问题清单");
  const links = rowList(findingsSheet?.table.rows ?? []).flatMap((r) =>
    r.map((c) => c.link).filter((l) => l !== undefined),
  );
  expect(outcome.result.findings.some((f) => f.code === "returned_exceeds_issued" && f.sheet === "测评汇总")).toBe(
    true,
  );
  expect(links).toContain("'测评汇总'!E2");
});

test("a roster-only run reviews the roster: one ballots_not_given instead of a ballots_missing per subject", async () => {
  const input = await sampleInput();
  const withBallots = review(input);
  const rosterOnly = review({ ...input, ballotGrids: [] });
  if (!withBallots.ok || !rosterOnly.ok) throw new Error("the samples must be reviewed");
  const codes = rosterOnly.result.findings.map((f) => f.code);
  expect(codes).not.toContain("ballots_missing");
  expect(codes.filter((c) => c === "ballots_not_given")).toHaveLength(1);
  expect(rosterOnly.result.findings.find((f) => f.code === "ballots_not_given")?.severity).toBe("info");
  expect(withBallots.result.findings.map((f) => f.code)).not.toContain("ballots_not_given");
  // Eligibility and the proposed grades are still reviewed.
  expect(rosterOnly.result.assessment.subjects.map((s) => s.status)).toEqual(
    withBallots.result.assessment.subjects.map((s) => s.status),
  );
});

test("the refusal of a roster workbook names the closest row and what it lacks", () => {
  const grid: SheetGrid = {
    ...untitled,
    values: [
      ["人员", "单位简称", "现任职务"],
      ["张三", "孟轲乡", "乡长"],
    ],
  };
  const outcome = review({ rosterGrids: [grid], ballotGrids: [], year: 2020 });
  expect(!outcome.ok && outcome.message).toBe(
    "名册.xlsx中没有找到干部名册表头（含“姓名”“单位”等列的一行）：最接近的是工作表“名册”第1行，识别出“单位简称”“现任职务”，缺少“姓名”列",
  );
});

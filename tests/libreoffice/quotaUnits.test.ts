// Slow: LibreOffice (the run's one LibreOffice, office.ts) recalculates a reviewed workbook and its copy with 单位名额's
// rows sorted.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runReview } from "../../src/cli/reviewCommand";
import { FIRST_DATA_ROW, KAOHE_SHEET_NAMES } from "../../src/core/plan/kaoheSheets";
import { OVER_QUOTA_LABEL, TEAM_POOL_LABEL } from "../../src/core/plan/labels";
import { ReportSchema, type Report } from "../../src/core/report/reportSchema";
import { formulaResults, recalculate, sameResult } from "./libreOffice";
import { tableRows } from "./tableRows";
import { sortSheetRows } from "./sortSheetRows";

/**
 * 单位名额 in LibreOffice. Allocated quotas (名额分配) typed with half-width brackets, spaces and
 * full-width letters belong to the roster's units as the reader matches roster units with one
 * another: the recalculated 分配名额 and 名额 are the JSON report's. And a clerk who sorts
 * 单位名额 leaves 汇总 as it was: 汇总 finds each unit's row by its 单位编号.
 */
const dir = mkdtempSync(join(tmpdir(), "kaohe-quota-units-"));
const path = (name: string) => join(dir, name);

// Unit as typed on each row: the reader makes `区委办(档案局)` and `区委办（档案局）` one unit.
const ROWS: Array<[string, string, string]> = [
  ["赵一", "区委办（档案局）", "优秀"],
  ["赵二", "区委办(档案局)", "优秀"],
  ["赵三", "区委办（档案局）", "称职"],
  ["钱一", "科技局", "优秀"],
  ["钱二", "科技局", "称职"],
  ["孙一", "ABC局", "优秀"],
  ["孙二", "ABC局", "称职"],
  ["李一", "abc局", "称职"],
  ["领导班子", "区委办（档案局）", "较好"],
  ["领导班子", "科技局", "一般"],
];

const ALLOCATIONS = [
  { unit: "区委办(档案局)", quota: 2 },
  { unit: " 科 技\u3000局 ", quota: 0 },
  { unit: "ＡＢＣ局", quota: 1 },
  { unit: "abc局", quota: 1 },
];

async function writeRoster(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("名册");
  ws.addRow(["2020年度干部名册"]);
  ws.addRow(["姓名", "单位", "职务", "类别", "拟定等次"]);
  for (const [name, unit, grade] of ROWS) {
    const team = name === "领导班子";
    ws.addRow([name, unit, team ? "" : "副主任", team ? "领导班子" : "领导干部", grade]);
  }
  await wb.xlsx.writeFile(file);
}

let report: Report;
let recalculated: string;
/** The reviewed workbook with 单位名额's rows sorted the other way round, recalculated. */
let sorted: string;

beforeAll(async () => {
  await writeRoster(path("roster.xlsx"));
  writeFileSync(path("rules.json"), JSON.stringify({ allocatedQuotas: ALLOCATIONS }));
  const errors: string[] = [];
  const status = await runReview(
    {
      roster: path("roster.xlsx"),
      ballots: [],
      year: "2020",
      rules: path("rules.json"),
      out: path("out.xlsx"),
      json: path("out.json"),
    },
    { out: () => undefined, err: (line) => errors.push(line) },
  );
  expect(status).toBe(0);
  report = ReportSchema.parse(JSON.parse(readFileSync(path("out.json"), "utf8")));
  const quotaRows = Array.from({ length: report.units.length + 1 }, (_, i) => FIRST_DATA_ROW + i);
  writeFileSync(path("sorted.xlsx"), sortSheetRows(readFileSync(path("out.xlsx")), "单位名额", quotaRows.reverse()));
  [recalculated = "", sorted = ""] = recalculate([path("out.xlsx"), path("sorted.xlsx")]);
}, 240000);

test("the allocations reach the roster's units in the report: none missing, case still apart", () => {
  expect(report.units.map((u) => [u.unit, u.graded, u.excellentQuota, u.excellentProposed])).toEqual([
    ["区委办（档案局）", 3, 2, 2],
    ["科技局", 2, 0, 1],
    ["ABC局", 2, 1, 1],
    ["abc局", 1, 1, 0],
  ]);
  expect(report.findings.filter((f) => f.code === "quota_missing")).toEqual([]);
  expect(report.findings.filter((f) => f.code === "over_quota").map((f) => f.subjectUnit)).toEqual(["科技局"]);
});

test("LibreOffice recalculates every formula to Kaohe's cached value", async () => {
  const mine = await formulaResults(path("out.xlsx"), KAOHE_SHEET_NAMES);
  const theirs = await formulaResults(recalculated, KAOHE_SHEET_NAMES);
  const differ = [...mine]
    .filter(([key, cell]) => !sameResult(cell.result, theirs.get(key)?.result))
    .map(([key, cell]) => [key, cell.formula, cell.result, theirs.get(key)?.result]);
  expect(differ.slice(0, 10)).toEqual([]);
  expect(mine.size).toBeGreaterThan(ROWS.length * 10);
});

test("after recalculation 单位名额's 分配名额, 名额 and 问题 are the report's", async () => {
  const quotas = await tableRows(recalculated, "单位名额");
  for (const u of report.units) {
    const row = quotas.find((q) => q["单位"] === u.unit);
    expect([u.unit, row?.["分配名额"], row?.["名额"], row?.["超出"], row?.["问题"]]).toEqual([
      u.unit,
      u.excellentQuota,
      u.excellentQuota,
      u.excellentProposed > (u.excellentQuota ?? Infinity) ? u.excellentProposed - (u.excellentQuota ?? 0) : "",
      u.excellentProposed > (u.excellentQuota ?? Infinity) ? OVER_QUOTA_LABEL : "",
    ]);
  }
});

test("a clerk sorts 单位名额: after recalculation 汇总 shows what it showed, the report's counts", async () => {
  const quotas = await tableRows(sorted, "单位名额");
  expect(quotas.map((q) => q["单位"])).toEqual([TEAM_POOL_LABEL, ...report.units.map((u) => u.unit).reverse()]);
  for (const u of report.units) {
    const row = quotas.find((q) => q["单位"] === u.unit);
    expect([u.unit, row?.["参加定等人数"], row?.["名额"], row?.["建议优秀数"]]).toEqual([
      u.unit,
      u.graded,
      u.excellentQuota,
      u.excellentProposed,
    ]);
  }
  const before = await tableRows(recalculated, "汇总");
  const after = await tableRows(sorted, "汇总");
  expect(after).toEqual(before);
  for (const u of report.units) {
    const row = after.find((r) => r["单位"] === u.unit);
    const over =
      u.excellentProposed > (u.excellentQuota ?? Infinity) ? u.excellentProposed - (u.excellentQuota ?? 0) : "";
    expect([u.unit, row?.["参加定等人数"], row?.["名额"], row?.["建议优秀/好"], row?.["超出"]]).toEqual([
      u.unit,
      u.graded,
      u.excellentQuota,
      u.excellentProposed,
      over,
    ]);
  }
  const pool = after.find((r) => r["单位"] === TEAM_POOL_LABEL);
  expect([pool?.["参加定等人数"], pool?.["名额"]]).toEqual([report.teams.graded, report.teams.goodQuota]);
});

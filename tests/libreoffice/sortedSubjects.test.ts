// Slow: LibreOffice (the run's one LibreOffice, office.ts) recalculates the samples' reviewed workbook and its copy with
// 考核对象's rows sorted.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runReview } from "../../src/cli/reviewCommand";
import { FIRST_DATA_ROW } from "../../src/core/plan/kaoheSheets";
import { ReportSchema, type Report } from "../../src/core/report/reportSchema";
import { ROSTER, SAMPLES } from "../cli/runCli";
import { recalculate } from "./libreOffice";
import { sortSheetRows } from "./sortSheetRows";
import { plain, tableRows } from "./tableRows";

/**
 * A clerk sorts 考核对象 in the reviewed workbook: after LibreOffice recalculates, 汇总's
 * special-report rows show each subject's own votes and rates, and 问题清单's links into
 * 考核对象 name the rows where their subjects now are (keyedLink.ts). On the fixed addresses
 * before, 李娜's row showed another subject's 41 valid votes and no 不称职 vote.
 */
const dir = mkdtempSync(join(tmpdir(), "kaohe-sorted-subjects-"));
const path = (name: string) => join(dir, name);

let report: Report;
let recalculated: string;
let sorted: string;

beforeAll(async () => {
  const status = await runReview(
    {
      roster: ROSTER,
      ballots: ["long", "wide", "raw"].map((layout) => join(SAMPLES, `ballots-${layout}-sample.xlsx`)),
      out: path("out.xlsx"),
      json: path("out.json"),
    },
    { out: () => undefined, err: () => undefined },
  );
  expect(status).toBe(0);
  report = ReportSchema.parse(JSON.parse(readFileSync(path("out.json"), "utf8")));
  const subjectRows = report.subjects.map((_, i) => FIRST_DATA_ROW + i);
  writeFileSync(path("sorted.xlsx"), sortSheetRows(readFileSync(path("out.xlsx")), "考核对象", subjectRows.reverse()));
  [recalculated = "", sorted = ""] = recalculate([path("out.xlsx"), path("sorted.xlsx")]);
}, 240000);

/** 汇总's rows below its unit table that hold a formula in the first column (the special-report list), by name. */
async function specialRows(file: string): Promise<Map<string, unknown[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("汇总");
  const rows = new Map<string, unknown[]>();
  ws?.eachRow((row) => {
    const first = row.getCell(1);
    if (first.type !== ExcelJS.ValueType.Formula || !String(first.formula).startsWith("HYPERLINK")) return;
    const values = Array.from({ length: 11 }, (_, c) => {
      const cell = row.getCell(c + 1);
      return plain(cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value);
    });
    rows.set(String(values[0]), values);
  });
  return rows;
}

test("after a sort of 考核对象, 汇总's special-report rows keep their own subjects' votes and rates", async () => {
  const special = report.subjects.filter((s) => s.specialReport);
  expect(special.map((s) => s.name).sort()).toEqual(["李娜", "陈东"].sort());
  const before = await specialRows(recalculated);
  const after = await specialRows(sorted);
  const subjects = await tableRows(sorted, "考核对象");
  for (const s of special) {
    const votes = s.votes;
    if (votes === null) throw new Error("a special-report subject has votes");
    const row = after.get(s.name) ?? [];
    const fourth = votes.counts["不称职"] ?? 0;
    // 姓名, 单位, 类别, 需专题报告, then the votes and the four rates.
    expect([s.name, row[3], row[4], row[5]]).toEqual([s.name, "是", votes.valid, fourth]);
    expect(row[9]).toBeCloseTo(fourth / votes.valid, 12);
    // Every rate as it was before the sort; the last column is the subject's new row in 考核对象.
    expect(row.slice(0, 10)).toEqual(before.get(s.name)?.slice(0, 10));
    const now = FIRST_DATA_ROW + subjects.findIndex((r) => r["姓名"] === s.name);
    expect([s.name, row[10]]).toEqual([s.name, now]);
    expect(row[10]).not.toBe(before.get(s.name)?.[10]);
  }
});

test("after a sort of 考核对象, 问题清单's links into it show the rows where their subjects now are", async () => {
  const subjects = await tableRows(sorted, "考核对象");
  const findings = await tableRows(sorted, "问题清单");
  const into = findings.filter((f) => String(f["定位"]).startsWith("考核对象!"));
  expect(into.length).toBeGreaterThan(3);
  for (const f of into) {
    const row = Number(/\d+$/.exec(String(f["定位"]))?.[0]);
    expect([f["对象"], f["对象ID"], subjects[row - FIRST_DATA_ROW]?.["ID"]]).toEqual([
      f["对象"],
      f["对象ID"],
      f["对象ID"],
    ]);
  }
});

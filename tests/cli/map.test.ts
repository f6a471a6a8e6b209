import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { COLUMN_MAP_HEADERS } from "../../src/core/plan/columnMapSheet";
import { RULES_SHEET } from "../../src/core/plan/kaoheSheets";
import { ReportSchema, type Report } from "../../src/core/report/reportSchema";
import { runCli, tempDir } from "./runCli";

/**
 * `--map HEADER=FIELD` (CONTRACT.md §2): the correction is applied, written to 列映射 on
 * 考核规则, and kept when the reviewed workbook is run again without it.
 */
async function writeRoster(dir: string): Promise<{ roster: string; ballots: string }> {
  const roster = join(dir, "名册.xlsx");
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("名册").addRows([
    ["2020年度区管干部名册"],
    ["姓名", "单位", "职务", "到岗时间", "建议等次"],
    ["张三", "孟轲乡", "副乡长", "2020-05-01", "称职"],
    ["李四", "孟轲乡", "乡长", "2018.3", "称职"],
  ]);
  await wb.xlsx.writeFile(roster);
  const ballots = join(dir, "测评.xlsx");
  const tally = new ExcelJS.Workbook();
  tally.addWorksheet("测评").addRows([
    ["姓名", "单位", "评价主体", "有效票数", "优秀", "称职", "基本称职", "不称职"],
    ["张三", "孟轲乡", "班子成员", 10, 4, 6, 0, 0],
    ["李四", "孟轲乡", "班子成员", 10, 5, 5, 0, 0],
  ]);
  await tally.xlsx.writeFile(ballots);
  return { roster, ballots };
}

function review(roster: string, ballots: string, out: string, extra: string[] = []): Report {
  const json = `${out}.json`;
  const run = runCli(["review", "--roster", roster, "--ballots", ballots, ...extra, "--out", out, "--json", json]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return ReportSchema.parse(JSON.parse(readFileSync(json, "utf8")));
}

const clauses = (report: Report, name: string) => report.subjects.find((s) => s.name === name)?.clauses;

/** The 列映射 rows of a reviewed workbook, and the sheet row of its header. */
async function columnMap(path: string): Promise<{ headerRow: number; rows: string[][]; wb: ExcelJS.Workbook }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(RULES_SHEET);
  if (ws === undefined) throw new Error("no 考核规则");
  let headerRow = 0;
  ws.eachRow((row, n) => {
    if (row.getCell(1).text === COLUMN_MAP_HEADERS.header && row.getCell(2).text === COLUMN_MAP_HEADERS.field)
      headerRow = n;
  });
  const rows: string[][] = [];
  for (let n = headerRow + 1; n <= ws.rowCount; n++) {
    const row = ws.getRow(n);
    if (row.getCell(1).text !== "") rows.push([1, 2, 3, 4].map((c) => row.getCell(c).text));
  }
  return { headerRow, rows, wb };
}

test("--map 到岗时间=任现职时间 fires 一.2, lands in 列映射 and survives a re-run without --map", async () => {
  const dir = tempDir();
  const { roster, ballots } = await writeRoster(dir);
  expect(clauses(review(roster, ballots, join(dir, "plain.xlsx")), "张三")).toEqual([]);

  const first = join(dir, "first.xlsx");
  expect(clauses(review(roster, ballots, first, ["--map", "到岗时间=任现职时间"]), "张三")).toEqual(["一.2"]);
  const table = await columnMap(first);
  expect(table.headerRow).toBeGreaterThan(0);
  expect(table.rows).toEqual([["到岗时间", "提拔时间", "", "已用于 名册!D2"]]);

  const second = join(dir, "second.xlsx");
  const again = review(first, ballots, second);
  expect(clauses(again, "张三")).toEqual(["一.2"]);
  expect(again.findings.filter((f) => f.code.startsWith("mapping_"))).toEqual([]);
  expect((await columnMap(second)).rows).toEqual(table.rows);
});

test("--map HEADER= leaves the column unused, and a --map overrides the table's row", async () => {
  const dir = tempDir();
  const { roster, ballots } = await writeRoster(dir);
  const unused = review(roster, ballots, join(dir, "unused.xlsx"), ["--map", "建议等次="]);
  expect(unused.subjects.map((s) => s.proposedGrade)).toEqual([null, null]);
  expect(unused.findings.filter((f) => f.code === "grade_missing")).toHaveLength(2);

  const first = join(dir, "first.xlsx");
  review(roster, ballots, first, ["--map", "到岗时间=promotedOn"]);
  const again = review(first, ballots, join(dir, "again.xlsx"), ["--map", "到岗时间="]);
  expect(clauses(again, "张三")).toEqual([]);
  expect((await columnMap(join(dir, "again.xlsx"))).rows).toEqual([["到岗时间", "不使用", "", "已用于 名册!D2"]]);
});

test("a clerk's edit of 列映射 is read back; a row naming no field is a warning at its cell", async () => {
  const dir = tempDir();
  const { roster, ballots } = await writeRoster(dir);
  const first = join(dir, "first.xlsx");
  review(roster, ballots, first);
  const { headerRow, wb } = await columnMap(first);
  const ws = wb.getWorksheet(RULES_SHEET);
  if (ws === undefined) throw new Error("no 考核规则");
  ws.getRow(headerRow + 1).values = ["到岗时间", "任现职时间"];
  ws.getRow(headerRow + 2).values = ["职务", "任职时长"];
  const edited = join(dir, "edited.xlsx");
  await wb.xlsx.writeFile(edited);

  const report = review(edited, ballots, join(dir, "second.xlsx"));
  expect(clauses(report, "张三")).toEqual(["一.2"]);
  expect(report.findings.filter((f) => f.code.startsWith("mapping_"))).toEqual([
    expect.objectContaining({
      code: "mapping_invalid",
      severity: "warning",
      sheet: RULES_SHEET,
      cell: `B${headerRow + 2}`,
      message: expect.stringContaining("任职时长") as string,
    }),
  ]);
});

test("a header no sheet has is a warning; a field that names nothing or a malformed --map exits 2", async () => {
  const dir = tempDir();
  const { roster, ballots } = await writeRoster(dir);
  const report = review(roster, ballots, join(dir, "r.xlsx"), ["--map", "任职年限=任现职时间"]);
  expect(report.findings.filter((f) => f.code === "mapping_unmatched")).toEqual([
    expect.objectContaining({ severity: "warning", message: expect.stringContaining("任职年限") as string }),
  ]);

  for (const [value, says] of [
    ["到岗时间=任职时长", ["“任职时长”不是可用的字段", "提拔时间", "建议等次"]],
    ["到岗时间", ["表头=字段"]],
    ["=提拔时间", ["表头=字段"]],
  ] as const) {
    const run = runCli([
      "review",
      "--roster",
      roster,
      "--ballots",
      ballots,
      "--map",
      value,
      "--out",
      join(dir, "x.xlsx"),
    ]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    for (const text of says) expect(run.stderr).toContain(text);
  }
});

import { join } from "node:path";
import { review } from "../../src/core/pipeline";
import { readWorkbookFile } from "../../src/hosts/exceljs/readWorkbook";
import { FIXTURES_DIR, SAMPLES_DIR } from "./support";

test("the whole review on the sample roster and an e-ballot export gives each subject the votes cast", async () => {
  const roster = await readWorkbookFile(join(SAMPLES_DIR, "roster-sample.xlsx"));
  const ballots = await readWorkbookFile(join(FIXTURES_DIR, "ballots-perballot-export.xlsx"));
  const outcome = review({ rosterGrids: roster.grids, ballotGrids: ballots.grids });
  if (!outcome.ok) throw new Error(outcome.messageEn);
  const { report, assessment, findings } = outcome.result;
  const votes = (name: string, unit: string) => report.subjects.find((s) => s.name === name && s.unit === unit)?.votes;
  // Both categories together (8 班子成员 + 12 干部职工代表), counted by hand from perBallotCases.ts.
  expect(votes("赵文", "胜利路街道")).toEqual({
    valid: 20,
    abstain: 0,
    counts: { 优秀: 14, 称职: 5, 基本称职: 1, 不称职: 0 },
  });
  expect(votes("钱红", "胜利路街道")).toEqual({
    valid: 20,
    abstain: 0,
    counts: { 优秀: 3, 称职: 14, 基本称职: 2, 不称职: 1 },
  });
  expect(votes("褚明", "区住建局")).toEqual({
    valid: 20,
    abstain: 0,
    counts: { 优秀: 18, 称职: 2, 基本称职: 0, 不称职: 0 },
  });
  expect(votes("领导班子", "胜利路街道")).toEqual({
    valid: 20,
    abstain: 0,
    counts: { 好: 13, 较好: 5, 一般: 1, 差: 1 },
  });
  // Per category and per item, as 分类分项 ratios need them.
  const team = assessment.subjects.find((s) => s.kind === "team" && s.row.unit === "胜利路街道");
  expect(team?.votes?.byCategory.map((c) => [c.category, c.issued, c.returned, c.valid, c.counts])).toEqual([
    ["班子成员", 8, 8, 8, [6, 2, 0, 0]],
    ["干部职工代表", 12, 12, 12, [7, 3, 1, 1]],
  ]);
  expect(team?.votes?.byItem.map((c) => [c.item, c.valid, c.counts])).toEqual([
    ["思想政治建设", 20, [13, 5, 1, 1]],
    ["领导能力", 20, [0, 13, 5, 2]],
    ["工作实绩", 20, [13, 5, 1, 1]],
    ["党风廉政建设", 20, [13, 5, 1, 1]],
  ]);
  // No ballot finding: every subject of the export is in the roster, every count consistent.
  const fromExport = findings.filter((f) => f.file === "ballots-perballot-export.xlsx");
  expect(fromExport.filter((f) => f.severity !== "info")).toEqual([]);
  const ballotCodes = [
    "subject_unknown",
    "subject_ambiguous",
    "subject_duplicate",
    "count_invalid",
    "sum_exceeds_valid",
  ];
  expect(findings.filter((f) => ballotCodes.includes(f.code))).toEqual([]);
  // 钱红's staff gave 1 不称职 of 20: not more than a third, so no special report.
  expect(report.subjects.find((s) => s.name === "钱红")?.specialReport).toBe(false);
});

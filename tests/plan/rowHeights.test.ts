import { rowHeights, linesAfter, linesOf, measuredHead } from "../../src/core/plan/rowHeights";
import { sourceLines, talliesSheet } from "../../src/core/plan/talliesSheet";
import { tallyColumns } from "../../src/core/plan/tallyColumns";
import { subjectColumns } from "../../src/core/plan/subjectColumns";
import { subjectLines, subjectsSheet } from "../../src/core/plan/subjectsSheet";
import { assessmentOf, CONTEXT, subject, tallyCheck } from "./assessmentFactory";

/** Heads and tails whose lines are told apart: wide characters, line breaks, surrogate pairs, lone halves. */
const HEADS = [
  "",
  "ballots.xlsx 测评!",
  "很长的文件名很长的文件名很长的文件名.xlsx 民主测评表!",
  "a\nb ",
  "𠀀𠀀 ",
  "x\ud840",
];
const TAILS = ["", "B12", "AB1048576", "甲\n乙", "\udc00B7", "𠀀"];

test("a head measured once and a tail give the lines of the whole text", () => {
  for (const head of HEADS)
    for (const tail of TAILS)
      for (const width of [1, 2, 6, 14, 20, 50])
        expect([head, tail, width, linesAfter(measuredHead(head), tail, width)]).toEqual([
          head,
          tail,
          width,
          linesOf(head + tail, width),
        ]);
});

test("测评明细's source lines, told without its cells, give the heights its cells give", () => {
  const files = ["ballots.xlsx", "第二批测评结果汇总表（乡镇）.xlsx", "a\nb.xlsx"];
  const tallies = Array.from({ length: 30 }, (_, i) => {
    const check = tallyCheck(i + 1, `R${i + 1}`, {
      subjectUnit: i % 4 === 0 ? "很长的单位名称很长的单位名称" : "孟轲乡",
    });
    const file = files[Math.floor(i / 10)] ?? "";
    const cells = i % 3 === 0 ? { name: `AB${1000 * i}` } : {};
    return {
      ...check,
      tally: { ...check.tally, source: { file, sheet: i % 2 === 0 ? "测评" : "民主测评表", row: i + 2, cells } },
    };
  });
  const cols = tallyColumns("hao");
  const table = talliesSheet(tallies, "hao").table;
  const told = rowHeights(table, [sourceLines(tallies, cols)]);
  expect(told).toEqual(rowHeights(table));
  expect(new Set(told).size).toBeGreaterThan(1);
});

test("考核对象's wrapped lines, told from the subjects' texts, give the heights its cells give", () => {
  const long = "很长的说明文字".repeat(12);
  const subjects = [
    subject(1),
    subject(2, { unit: "很长的单位名称很长的单位名称很长的单位名称", position: "党委书记\n镇长" }),
    subject(3, { position: "=SUM(A1)" }, { explanation: long, clauses: ["一.2", "一.3", "一.4"] }),
    subject(
      4,
      { secondedTo: "  挂职单位很长很长很长很长  ", discipline: "警告处分，影响期内不得评优" },
      { status: "review" },
    ),
    subject(5, {}, { explanation: "说".repeat(40000), reviewTriggers: ["low_approval", "high_disapproval"] }),
    subject(6, {}, { gradeProblem: "grade_not_allowed", explanation: "" }),
    subject(7, { kind: "team" }, { kind: "team", explanation: long }),
  ];
  const assessment = assessmentOf(subjects);
  const cols = subjectColumns(assessment.rules.teamLevelSet);
  const table = subjectsSheet(assessment, CONTEXT, { cols: tallyColumns("hao"), lastRow: 5 }).table;
  const told = rowHeights(table, subjectLines(subjects, cols));
  expect(told).toEqual(rowHeights(table));
  expect(new Set(told).size).toBeGreaterThan(2);
});

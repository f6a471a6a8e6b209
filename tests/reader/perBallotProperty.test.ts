import fc from "fast-check";
import type { GridValue } from "../../src/core/model/sheetGrid";
import { TallyRowSchema } from "../../src/core/model/tally";
import { classifySheet, readBallots } from "../../src/core/reader";
import { codesAt, grid } from "./support";

/**
 * Random e-ballot exports: every evaluator marks every subject, rows in any order, with or
 * without evaluator and category columns. Each mark is drawn as what it means (a level, a blank
 * or nonsense) and then written in one of the ways clerks and systems write it, so the expected
 * counts come from the draw, never from the reader's own reading of the text.
 */
const CADRE = ["优秀", "称职", "基本称职", "不称职"];
const TEAM = ["好", "较好", "一般", "差"];
const NONSENSE = ["X", "优良", "良", "？"];
const SUBJECTS = [
  { name: "赵文", unit: "胜利路街道", team: false },
  { name: "钱红", unit: "胜利路街道", team: false },
  { name: "领导班子", unit: "胜利路街道", team: true },
  { name: "褚明", unit: "区住建局", team: false },
  { name: "领导班子", unit: "区住建局", team: true },
];
const CATEGORIES = ["班子成员", "干部职工代表", "服务对象"];

type Meaning = number | "blank" | "invalid";

const markArb = fc.oneof(
  { weight: 8, arbitrary: fc.record({ level: fc.integer({ min: 0, max: 3 }), form: fc.integer({ min: 0, max: 2 }) }) },
  { weight: 1, arbitrary: fc.constant({ level: -1, form: 0 }) },
  {
    weight: 1,
    arbitrary: fc.record({ level: fc.constant(-2), form: fc.integer({ min: 0, max: NONSENSE.length - 1 }) }),
  },
);

function written(mark: { level: number; form: number }, team: boolean): { value: GridValue; meaning: Meaning } {
  if (mark.level === -1) return { value: null, meaning: "blank" };
  if (mark.level === -2) return { value: NONSENSE[mark.form] ?? "X", meaning: "invalid" };
  const name = (team ? TEAM : CADRE)[mark.level] ?? "";
  const forms = [name, name.charAt(0), "ABCD".charAt(mark.level)];
  return { value: forms[mark.form] ?? name, meaning: mark.level };
}

const exportArb = fc
  .record({
    subjects: fc.uniqueArray(fc.integer({ min: 0, max: SUBJECTS.length - 1 }), { minLength: 1, maxLength: 5 }),
    evaluators: fc.array(fc.integer({ min: 0, max: CATEGORIES.length - 1 }), { minLength: 2, maxLength: 25 }),
    withEvaluator: fc.boolean(),
    withCategory: fc.boolean(),
    seed: fc.integer(),
  })
  .chain((shape) =>
    fc.record({
      shape: fc.constant(shape),
      marks: fc.array(fc.array(markArb, { minLength: shape.subjects.length, maxLength: shape.subjects.length }), {
        minLength: shape.evaluators.length,
        maxLength: shape.evaluators.length,
      }),
      order: fc.shuffledSubarray(
        Array.from({ length: shape.evaluators.length * shape.subjects.length }, (_, i) => i),
        { minLength: shape.evaluators.length * shape.subjects.length },
      ),
    }),
  );

test("random e-ballot exports are read to the counts drawn, with a finding at every unrecognised mark and nowhere else", () => {
  fc.assert(
    fc.property(exportArb, ({ shape, marks, order }) => {
      // A column is one of marks when at least half of what it holds are marks (perBallotLayout.ts).
      const drawn = marks.flat().filter((m) => m.level !== -1);
      fc.pre(2 * drawn.filter((m) => m.level >= 0).length >= drawn.length && drawn.some((m) => m.level >= 0));
      const header = [
        ...(shape.withEvaluator ? ["测评人"] : []),
        ...(shape.withCategory ? ["评价主体"] : []),
        "被测评人",
        "单位",
        "整体评价",
      ];
      const rows: GridValue[][] = [header];
      const expected = new Map<string, { issued: number; counts: number[]; abstain: number; invalid: number }>();
      const invalidCells: string[] = [];
      const markCol = String.fromCharCode(64 + header.length);
      for (const index of order) {
        const e = Math.floor(index / shape.subjects.length);
        const s = index % shape.subjects.length;
        const subject = SUBJECTS[shape.subjects[s] ?? 0] ?? SUBJECTS[0];
        const mark = marks[e]?.[s];
        if (!subject || !mark) throw new Error("bad draw");
        const category = shape.withCategory ? (CATEGORIES[shape.evaluators[e] ?? 0] ?? "") : "测评票";
        const { value, meaning } = written(mark, subject.team);
        rows.push([
          ...(shape.withEvaluator ? [`P${e + 1}`] : []),
          ...(shape.withCategory ? [category] : []),
          subject.name,
          subject.unit,
          value,
        ]);
        const key = JSON.stringify([subject.name, subject.unit, category]);
        const tally = expected.get(key) ?? { issued: 0, counts: [0, 0, 0, 0], abstain: 0, invalid: 0 };
        expected.set(key, tally);
        tally.issued++;
        if (meaning === "blank") tally.abstain++;
        else if (meaning === "invalid") {
          tally.invalid++;
          invalidCells.push(`count_invalid@${markCol}${rows.length}`);
        } else tally.counts[meaning] = (tally.counts[meaning] ?? 0) + 1;
      }
      const sheet = grid(rows, { sheet: "测评票" });
      expect(classifySheet(sheet)).toBe("ballots-perballot");
      const { tallies, findings } = readBallots([sheet], { teamLevelSet: "hao" });
      for (const t of tallies) TallyRowSchema.omit({ id: true }).parse(t);
      const got = tallies
        .map((t) => [
          JSON.stringify([t.subjectName, t.subjectUnit, t.category]),
          t.issued,
          t.returned,
          t.valid,
          t.counts,
          t.abstain,
        ])
        .sort();
      const want = [...expected]
        .map(([key, t]) => [key, t.issued, t.issued, t.issued - t.invalid, t.counts, t.abstain])
        .sort();
      expect(got).toEqual(want);
      const problems = findings.filter((f) => f.severity !== "info");
      expect(codesAt(problems).sort()).toEqual([...invalidCells].sort());
    }),
    { numRuns: 150 },
  );
});

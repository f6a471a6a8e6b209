import fc from "fast-check";
import { a1 } from "../../src/core/model/address";
import type { GridValue, SheetGrid } from "../../src/core/model/sheetGrid";
import { review, type ReviewOutcome } from "../../src/core/pipeline";
import { EDGE_NUMBERS, ERROR_CODES, FORMULA_TEXT, LONG_TEXT } from "./support/cellValues";
import { FuzzTally } from "./support/fuzzTally";
import { mutate, mutationArb } from "./support/mutations";
import { checkFindings, checkPlan, checkRefusal } from "./support/outcomeChecks";
import { copyGrid, sampleGrids } from "./support/sampleGrids";

/**
 * The whole review, grids to plan, on mutated copies of the sample workbooks. Random edits
 * must never make it throw and every result must be well formed; a bad value in a cell whose
 * column says what it holds must give a finding at exactly that cell.
 */
const tally = new FuzzTally("mutated-samples");
afterAll(() => tally.write());

function reviewChecked(grids: readonly SheetGrid[], rosterFile: string): ReviewOutcome {
  const outcome = review({
    rosterGrids: grids.filter((g) => g.file === rosterFile),
    ballotGrids: grids.filter((g) => g.file !== rosterFile),
  });
  tally.record(outcome);
  if (!outcome.ok) checkRefusal(outcome);
  else {
    checkFindings(outcome.result.findings, grids, rosterFile);
    checkPlan(outcome.result.plan);
  }
  return outcome;
}

async function samples(): Promise<{ grids: SheetGrid[]; rosterFile: string }> {
  const { roster, ballots } = await sampleGrids();
  return { grids: [...roster, ...ballots], rosterFile: roster[0]?.file ?? "" };
}

const errors = ERROR_CODES.map((code): GridValue => ({ kind: "error", code }));
const unreadable: GridValue[] = ["十二", "abc", ...FORMULA_TEXT, LONG_TEXT, ...errors, true];
/** Values a cell of each kind must not hold, by kind, so that a failing case prints short. */
const BAD = {
  counts: [...unreadable, ...EDGE_NUMBERS.filter((n) => !Number.isSafeInteger(n) || n < 0)],
  marks: [...unreadable, "E", "优良", ...EDGE_NUMBERS],
  dates: [...unreadable, "2020.13.45", "2020年2月30日", 1e308, -1, Number.NaN],
  amounts: [...unreadable, 1e308, -1, Number.NaN, Number.POSITIVE_INFINITY],
  // No year has 400 days, so no one takes 400 days of leave in one.
  leave: [...unreadable, 1e308, -1, 400, Number.NaN, Number.POSITIVE_INFINITY],
  // An ID number typed into a number cell has lost its last digits, as Excel keeps only 15.
  ids: [...unreadable, "410927197304122530", "4109271973041225", Number("410927197304122531")],
  names: [LONG_TEXT, ...FORMULA_TEXT, "查无此人"],
} satisfies Record<string, GridValue[]>;

interface Target {
  grid: number;
  row: number;
  col: number;
  code: string;
  bad: keyof typeof BAD;
}

/** Every data cell of the samples whose column says what it must hold. */
function targets(grids: readonly SheetGrid[]): Target[] {
  const cells = (grid: number, rows: number[], cols: number[], code: string, bad: keyof typeof BAD) =>
    rows.flatMap((row) => cols.map((col) => ({ grid, row, col, code, bad })));
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const last = (grid: number) => (grids[grid]?.values.length ?? 1) - 1;
  return [
    ...cells(0, range(2, last(0)), [3, 9, 10, 15, 16], "date_invalid", "dates"),
    ...cells(0, range(2, last(0)), [14], "number_invalid", "leave"),
    ...cells(0, range(2, last(0)), [19], "number_invalid", "amounts"),
    ...cells(0, range(2, last(0)), [4], "id_number_invalid", "ids"),
    ...cells(1, range(1, last(1)), range(3, 10), "count_invalid", "counts"),
    ...cells(2, range(4, last(2)), range(3, 10), "count_invalid", "counts"),
    ...cells(3, range(1, last(3)), [1, 2], "count_invalid", "marks"),
    ...cells(1, range(1, last(1)), [0], "subject_unknown", "names"),
  ];
}

test("random edits of the sample workbooks never make the review throw; every result is well formed", async () => {
  const { grids, rosterFile } = await samples();
  fc.assert(
    fc.property(fc.array(mutationArb(grids), { minLength: 1, maxLength: 5 }), (mutations) => {
      reviewChecked(
        mutations.reduce((gs, m) => mutate(gs, m), grids),
        rosterFile,
      );
    }),
    { numRuns: 200 },
  );
});

test("a bad value in a cell whose column says what it holds is a finding at exactly that cell", async () => {
  const { grids, rosterFile } = await samples();
  const all = targets(grids);
  fc.assert(
    fc.property(
      fc
        .constantFrom(...all)
        .chain((t) => fc.tuple(fc.constant(t), fc.integer({ min: 0, max: BAD[t.bad].length - 1 }))),
      ([target, which]) => {
        const value = BAD[target.bad][which] ?? null;
        const grid = grids[target.grid] as SheetGrid;
        const mutated = mutate(grids, { kind: "set", grid: target.grid, row: target.row, col: target.col, value });
        const outcome = reviewChecked(mutated, rosterFile);
        if (!outcome.ok) throw new Error(outcome.messageEn);
        const cell = a1(grid.originRow + target.row, grid.originCol + target.col);
        const at = outcome.result.findings.filter(
          (f) => f.file === grid.file && f.sheet === grid.sheet && f.cell === cell,
        );
        expect(at.map((f) => f.code)).toContain(target.code);
      },
    ),
    { numRuns: 200 },
  );
});

test("a ballot sheet entered twice makes every one of its rows a subject_duplicate, left out of the totals", async () => {
  const { grids, rosterFile } = await samples();
  const long = grids[1] as SheetGrid;
  const outcome = reviewChecked([...grids, copyGrid(long)], rosterFile);
  if (!outcome.ok) throw new Error(outcome.messageEn);
  const duplicates = outcome.result.findings.filter((f) => f.code === "subject_duplicate" && f.sheet === long.sheet);
  const dataRows = long.values.length - 1;
  expect(new Set(duplicates.map((f) => f.cell)).size).toBe(dataRows);
  const before = reviewChecked(grids, rosterFile);
  if (!before.ok) throw new Error(before.messageEn);
  const zhao = (o: typeof outcome) => o.result.assessment.subjects.find((s) => s.row.name === "赵文")?.votes?.valid;
  expect(zhao(before)).toBeGreaterThan(0);
  expect(zhao(outcome) ?? 0).toBeLessThan(zhao(before) ?? 0);
});

test("a roster without its 单位 header says the column is missing; without 姓名 the review is refused in one line", async () => {
  const { grids, rosterFile } = await samples();
  const noUnit = reviewChecked(mutate(grids, { kind: "deleteHeader", grid: 0, col: 5 }), rosterFile);
  if (!noUnit.ok) throw new Error(noUnit.messageEn);
  expect(noUnit.result.findings.filter((f) => f.code === "column_missing").map((f) => f.severity)).toContain("error");
  const noName = reviewChecked(mutate(grids, { kind: "deleteHeader", grid: 0, col: 1 }), rosterFile);
  expect(noName.ok).toBe(false);
});

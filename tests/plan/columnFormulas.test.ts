import fc from "fast-check";
import { assess } from "../../src/core/assess/assess";
import type { Assessment } from "../../src/core/assess/assessment";
import { buildPlan } from "../../src/core/plan/buildPlan";
import { tableFormulas } from "../../src/core/plan/cellFormula";
import { formulaTemplate, isMovedFormula, isSafelyShareable, movedFormula } from "../../src/core/plan/formulaMove";
import { FIRST_DATA_ROW, lastDataRow, SUBJECTS_SHEET, TALLIES_SHEET } from "../../src/core/plan/kaoheSheets";
import { cachedCell, formulaCell, MAX_CELL_TEXT } from "../../src/core/plan/planCells";
import { quotaUnitRanges } from "../../src/core/plan/quotaSheet";
import { subjectColumns } from "../../src/core/plan/subjectColumns";
import { subjectFormulas, type SubjectFormulaColumn } from "../../src/core/plan/subjectFormulas";
import { tallyColumns } from "../../src/core/plan/tallyColumns";
import { tallyFormulas, type TallyFormulas } from "../../src/core/plan/tallyFormulas";
import type { PlanTable, WritePlan } from "../../src/core/plan/writePlan";
import { assessmentOf, CONTEXT, subject } from "./assessmentFactory";
import { generateRoster, generateRules, Random } from "./generate";
import { generateTallies } from "./generateTallies";
import { reviewSamples } from "./samples";
import { rowList } from "../../src/core/plan/planRows";

/**
 * 考核对象 and 测评明细 carry each formula column's formula once, for the first data row; every
 * row's formula is that one moved down (formulaMove.ts). Held here to the per-row builders, row
 * by row, on the samples and generated districts; and the move itself to its rules.
 */
function tableOf(plan: WritePlan, sheet: string): PlanTable {
  const table = plan.sheets.find((s) => s.name === sheet)?.table;
  if (table === undefined) throw new Error(`no ${sheet}`);
  return table;
}

/** Each data cell whose formula differs from what `expected(row)` gives its column, as `row:key`. */
function differences<K extends string>(
  table: PlanTable,
  columnOf: (key: K) => number,
  expected: (row: number) => Record<K, string>,
): string[] {
  const formulaAt = tableFormulas(table);
  const found: string[] = [];
  rowList(table.rows).forEach((row, i) => {
    const wanted = expected(FIRST_DATA_ROW + i);
    for (const key of Object.keys(wanted) as K[]) {
      const j = columnOf(key) - 1;
      if (formulaAt(i, j, row[j]) !== wanted[key]) found.push(`${FIRST_DATA_ROW + i}:${key}`);
    }
  });
  return found;
}

/** Formula columns carry their formula, and their cells none: the plan holds one text per column. */
function expectOneFormulaPerColumn(table: PlanTable): void {
  const formulaColumns = table.columns.flatMap((c, j) => (c.role === "formula" ? [j] : []));
  expect(formulaColumns.length).toBeGreaterThan(0);
  expect(formulaColumns.filter((j) => table.columns[j]?.formula === undefined)).toEqual([]);
  expect(rowList(table.rows).flatMap((row) => formulaColumns.filter((j) => row[j]?.formula !== undefined))).toEqual([]);
}

function expectPerRowFormulas(plan: WritePlan, assessment: Assessment): void {
  const set = assessment.rules.teamLevelSet;
  const subjectCols = subjectColumns(set);
  const tallyCols = tallyColumns(set);
  const tallies = { cols: tallyCols, lastRow: lastDataRow(assessment.tallies.length) };
  const subjects = tableOf(plan, SUBJECTS_SHEET);
  const tallyTable = tableOf(plan, TALLIES_SHEET);
  expect(subjects.rows).toHaveLength(assessment.subjects.length);
  expect(tallyTable.rows).toHaveLength(assessment.tallies.length);
  expect(tallyTable.rows.length).toBeGreaterThan(1);
  expectOneFormulaPerColumn(subjects);
  expectOneFormulaPerColumn(tallyTable);
  const quotaUnits = quotaUnitRanges(assessment);
  const subjectRow = (row: number) => subjectFormulas(subjectCols, row, tallies, quotaUnits);
  expect(differences<SubjectFormulaColumn>(subjects, (k) => subjectCols.col(k), subjectRow)).toEqual([]);
  const tallyRow = (row: number) => tallyFormulas(tallyCols, row);
  expect(differences<keyof TallyFormulas>(tallyTable, (k) => tallyCols.col(k), tallyRow)).toEqual([]);
}

function district(seed: number, teamLevelSet: "hao" | "youxiu"): Assessment {
  const r = new Random(seed);
  const rules = { ...generateRules(r), teamLevelSet };
  const roster = generateRoster(r, 160, rules);
  return assess({ roster, tallies: generateTallies(r, roster, rules), rules });
}

test("every row of the samples' formula columns holds the formula the per-row builder gives it", async () => {
  const { plan, assessment } = await reviewSamples();
  expect(assessment.tallies.length).toBeGreaterThan(1);
  expectPerRowFormulas(plan, assessment);
});

test.each([
  [2001, "hao"],
  [2002, "youxiu"],
] as const)("every row of generated district %d (%s) holds the per-row builder's formulas", (seed, set) => {
  const assessment = district(seed, set);
  const plan = buildPlan(assessment, { ...CONTEXT, findings: assessment.findings });
  expectPerRowFormulas(plan, assessment);
});

test("an empty table carries no column formula: hosts write its one blank row without formulas", () => {
  const plan = buildPlan(assessmentOf([subject(1)]), CONTEXT);
  const tallies = tableOf(plan, TALLIES_SHEET);
  expect(tallies.rows.length).toBe(0);
  expect(tallies.columns.filter((c) => c.formula !== undefined)).toEqual([]);
  expect(tableOf(plan, SUBJECTS_SHEET).columns.filter((c) => c.formula !== undefined).length).toBeGreaterThan(0);
});

test("a formula column's cells keep a formula cell's cache: no number a file cannot hold, text clipped", () => {
  for (const cached of [Infinity, -Infinity, NaN, 0, 1.5, "", "是", "长".repeat(MAX_CELL_TEXT + 1), true, null]) {
    expect(formulaCell("A5", cached)).toEqual({ ...cachedCell(cached), formula: "A5" });
  }
  expect(cachedCell(-Infinity)).toEqual({ value: null });
  expect(cachedCell("长".repeat(MAX_CELL_TEXT + 1)).value).toHaveLength(MAX_CELL_TEXT);
});

test("moving a formula: relative rows move, `$` rows, quoted text, sheet names and names stay", () => {
  const move = (formula: string, down: number) => movedFormula(formulaTemplate(formula), down);
  expect(move(`IF(A5="B4",1,0)`, 2)).toBe(`IF(A7="B4",1,0)`);
  expect(move(`SUMIFS('测评明细'!$K$5:$K$40,'测评 A1'!$B$5:$B$40,A5)+C$2+$C2`, 10)).toBe(
    `SUMIFS('测评明细'!$K$5:$K$40,'测评 A1'!$B$5:$B$40,A15)+C$2+$C12`,
  );
  expect(move("LOG10(A5)*KH_DAYS+IF(TRUE,N(K5:N5),0)", 1)).toBe("LOG10(A6)*KH_DAYS+IF(TRUE,N(K6:N6),0)");
  expect(move("Sheet1!XFD9+ABC99", 1)).toBe("Sheet1!XFD10+ABC100");
  // A number with an exponent is a number, not a reference to column E.
  expect(move("A5*1E5+2.5e-3+.5E2", 1)).toBe("A6*1E5+2.5e-3+.5E2");
  const template = formulaTemplate("A5*2");
  expect(isMovedFormula(template, "A7*2", 2)).toBe(true);
  expect(isMovedFormula(template, "A7*2", 1)).toBe(false);
  expect(isMovedFormula(template, "A7*20", 2)).toBe(false);
  expect(isSafelyShareable(`IF(A5="是",1,0)`)).toBe(true);
  expect(isSafelyShareable(`IF(A5="B4",1,0)`)).toBe(false);
});

/** A piece of a formula: its text when the formula is moved `down` rows. */
type Piece = fc.Arbitrary<(down: number) => string>;

const fixed = (text: string) => () => text;
const column = fc.stringMatching(/^[A-Z]{1,3}$/);
const row = fc.integer({ min: 1, max: 99_999 });
const dollar = fc.constantFrom("", "$");
const relative: Piece = fc.tuple(dollar, column, row).map(([d, c, r]) => {
  return (down: number) => `${d}${c}${r + down}`;
});
const absolute: Piece = fc.tuple(dollar, column, row).map(([d, c, r]) => fixed(`${d}${c}$${r}`));
// Text in quotes that looks like references, rows and names: it never moves.
const quotedText: Piece = fc
  .array(fc.constantFrom("A1", "B4", "$C$5", "K5:N5", "是", " ", '""', "LOG10(", "x"), { maxLength: 4 })
  .map((parts) => fixed(`"${parts.join("")}"`));
const sheet = fc
  .array(fc.constantFrom("测评", "A1", " ", "''", "B$2"), { minLength: 1, maxLength: 3 })
  .map((parts) => `'${parts.join("")}'!`);
const onSheet: Piece = fc.tuple(sheet, fc.oneof(relative, absolute)).map(([s, ref]) => {
  return (down: number) => `${s}${ref(down)}`;
});
const name: Piece = fc.constantFrom("KH_DAYS", "KH_TEAM_GRADES", "TRUE", "KH_ALLOC1", "_xlfn.X1").map(fixed);
const functions = fc.constantFrom("LOG10", "ATAN2", "SUM", "N", "DAYS360");
const call: Piece = fc.tuple(functions, fc.oneof(relative, absolute)).map(([f, ref]) => {
  return (down: number) => `${f}(${ref(down)})`;
});
const numberLiteral: Piece = fc.integer({ min: 0, max: 10_000_000 }).map((n) => fixed(String(n)));
const piece = fc.oneof(relative, absolute, quotedText, onSheet, name, call, numberLiteral);
const operator = fc.constantFrom("+", "-", "*", "/", "&", ",", "=", "<>", ":", ">=");

/** A formula from pieces joined by operators, with its text at any distance built alongside. */
const formula = fc
  .array(fc.tuple(piece, operator), { minLength: 1, maxLength: 8 })
  .map((pieces) => (down: number) => pieces.map(([p, op], i) => (i === 0 ? "" : op) + p(down)).join(""));

test("property: a formula moved down is every relative row moved and the rest unchanged", () => {
  fc.assert(
    fc.property(formula, fc.integer({ min: 0, max: 1_000_000 }), (at, down) => {
      const template = formulaTemplate(at(0));
      expect(movedFormula(template, 0)).toBe(at(0));
      expect(movedFormula(template, down)).toBe(at(down));
      expect(isMovedFormula(template, at(down), down)).toBe(true);
      expect(isMovedFormula(template, `${at(down)} `, down)).toBe(false);
      // When something moves, the formula of another distance is not this one's.
      if (at(down) !== at(down + 1)) expect(isMovedFormula(template, at(down + 1), down)).toBe(false);
      expect(template.rows.length > 0).toBe(at(0) !== at(1));
    }),
    { numRuns: 500 },
  );
});

import { FINDING_CODES, FindingSchema, type Finding } from "../../../src/core/findings/finding";
import { parseA1 } from "../../../src/core/model/address";
import type { SheetGrid } from "../../../src/core/model/sheetGrid";
import { tableFormulas } from "../../../src/core/plan/cellFormula";
import { KAOHE_SHEET_NAMES } from "../../../src/core/plan/kaoheSheets";
import type { PlanCell, WritePlan } from "../../../src/core/plan/writePlan";
import type { ReviewOutcome } from "../../../src/core/pipeline";
import { MARK } from "./cellValues";
import { checkCriteria } from "./criteriaChecks";
import { rowList } from "../../../src/core/plan/planRows";

/**
 * What must hold of every review, whatever went in: a refusal is one clear sentence in both
 * languages; every finding is well formed and points into a sheet that was read; the plan
 * writes no formula that came from cell text, no string literal or formula Excel would refuse,
 * no number that is not finite and no text longer than a cell holds, and no criterion that is
 * not a number, a label of Kaohe's or a key Kaohe writes (criteriaChecks.ts). Each check throws with
 * what it found, so a failing property names the broken case.
 */
const CJK = /[\u4e00-\u9fff]/;
/** Excel: a string literal in a formula holds at most 255 characters; a formula at most 8,192. */
const MAX_LITERAL = 255;
const MAX_FORMULA = 8192;
const MAX_TEXT = 32767;
const LITERAL = /"(?:[^"]|"")*"/g;
const QUOTED_SHEET = /'(?:[^']|'')+'/g;
/** What is left of a formula of Kaohe's once its literals and quoted sheet names are taken out. */
const FORMULA_GRAMMAR = /^[A-Za-z0-9_$.:,!()<>=+\-*/&^%"'\s]*$/;

export function fail(what: string, detail: unknown): never {
  throw new Error(`${what}: ${JSON.stringify(detail)?.slice(0, 400)}`);
}

export function checkRefusal(outcome: Extract<ReviewOutcome, { ok: false }>): void {
  if (!CJK.test(outcome.message) || outcome.message.includes("\n")) fail("refusal is not one Chinese line", outcome);
  if (outcome.messageEn.trim() === "") fail("refusal has no English", outcome);
}

export function checkFindings(findings: readonly Finding[], grids: readonly SheetGrid[], rosterFile: string): void {
  for (const f of findings) {
    if (!FindingSchema.safeParse(f).success) fail("finding does not parse", f);
    if (!(FINDING_CODES as readonly string[]).includes(f.code)) fail("unknown finding code", f);
    if (!CJK.test(f.message) || (f.messageEn ?? "").trim() === "") fail("finding message missing", f);
    if (f.cell !== undefined && parseA1(f.cell) === null) fail("finding cell is not A1", f);
    if (f.sheet !== undefined) checkPlace(f, grids, rosterFile);
  }
}

function checkPlace(f: Finding, grids: readonly SheetGrid[], rosterFile: string): void {
  const kaohe = f.file === rosterFile && (KAOHE_SHEET_NAMES as readonly string[]).includes(f.sheet ?? "");
  const sheets = grids.filter((g) => g.file === f.file && g.sheet === f.sheet);
  if (sheets.length === 0 && !kaohe) fail("finding points at a sheet that was not read", f);
  const at = f.cell === undefined ? null : parseA1(f.cell);
  if (at === null || kaohe) return;
  const inside = sheets.some((g) => {
    const width = Math.max(1, ...g.values.map((r) => r.length));
    const height = Math.max(1, g.values.length);
    return (
      at.row >= g.originRow && at.row < g.originRow + height && at.col >= g.originCol && at.col < g.originCol + width
    );
  });
  if (!inside) fail("finding cell lies outside its sheet's used range", f);
}

/** The formula safety of one formula; returns the number of string literals seen. */
export function checkFormula(formula: string): void {
  if (formula.length > MAX_FORMULA) fail("formula longer than Excel allows", formula.slice(0, 200));
  for (const literal of formula.match(LITERAL) ?? []) {
    if (literal.length - 2 > MAX_LITERAL) fail("string literal longer than Excel allows", literal.slice(0, 200));
  }
  const bare = formula.replace(LITERAL, '""').replace(QUOTED_SHEET, "'S'");
  if (bare.includes(MARK) || !FORMULA_GRAMMAR.test(bare)) fail("cell text reached a formula", formula);
}

/** `formula`: the cell's formula as written (a formula column's, moved to the cell's row). */
function checkCell(cell: PlanCell, where: string, formula = cell.formula): void {
  if (typeof cell.value === "number" && !Number.isFinite(cell.value)) fail(`${where}: number not finite`, cell);
  if (typeof cell.value === "string" && cell.value.length > MAX_TEXT)
    fail(`${where}: text too long`, cell.value.length);
  if (formula !== undefined) checkFormula(formula);
  if (cell.link !== undefined) checkFormula(`HYPERLINK("#${cell.link.replace(/"/g, '""')}")`);
}

export function checkPlan(plan: WritePlan): void {
  for (const sheet of plan.sheets) {
    const width = sheet.table.columns.length;
    const formulaAt = tableFormulas(sheet.table);
    rowList(sheet.table.rows).forEach((row, i) => {
      if (row.length !== width) fail(`${sheet.name} row ${i} has ${row.length} cells, not ${width}`, null);
      row.forEach((cell, j) => checkCell(cell, `${sheet.name}!R${i}C${j}`, formulaAt(i, j, cell)));
    });
    for (const cell of sheet.loose) checkCell(cell, `${sheet.name} loose`);
    for (const cf of sheet.conditionalFormats) checkFormula(cf.formula);
    for (const v of sheet.validations) checkFormula(v.list);
  }
  for (const name of plan.names) checkFormula(name.refersTo);
  checkCriteria(plan);
}

/** Findings counted by code, for the closing numbers. */
export function countByCode(findings: readonly Finding[], into: Record<string, number>): void {
  for (const f of findings) into[f.code] = (into[f.code] ?? 0) + 1;
}

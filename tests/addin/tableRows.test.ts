import { tableFormulas } from "../../src/core/plan/cellFormula";
import type { PlanTable, WritePlan } from "../../src/core/plan/writePlan";
import { applyPlanToExcel } from "../../src/hosts/office/applyPlan";
import { cellFormat, formulaEntry } from "../../src/hosts/office/cellEncoding";
import type { ExcelFeatures } from "../../src/hosts/office/features";
import { payloadBytes } from "../../src/hosts/office/requestSize";
import { encodeRows } from "../../src/hosts/office/tableRows";
import { FakeExcel, FakeRequestContext } from "./fakeExcel";
import { fakeCells } from "./support/fakeCells";
import { sampleReview } from "./support/plans";
import { smallPlan } from "./support/smallPlan";

/**
 * The Office.js host encodes a table's rows a request at a time, a formula column's text made
 * only for the rows queued. What it sends must be what it sent when every cell carried its own
 * formula: the same entries, the same formats, the same byte counts (so the same requests).
 */
const FEATURES: ExcelFeatures = { screenUpdating: false, mergedAreas: false, notes: false, mergeUndo: false };

/** The plan with each formula column's formula moved into its cells, as plans were before formula columns. */
function perCellFormulas(plan: WritePlan): WritePlan {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => {
      const formulaAt = tableFormulas(sheet.table);
      const rows = sheet.table.rows.map((row, i) =>
        row.map((cell, j) => {
          const formula = formulaAt(i, j);
          return formula === undefined ? cell : { ...cell, formula };
        }),
      );
      const columns = sheet.table.columns.map(({ formula: _formula, ...column }) => column);
      return { ...sheet, table: { ...sheet.table, columns, rows } };
    }),
  };
}

/** smallPlan's formula column (`C5*2` moved down) as a column formula, its cells holding only their values. */
function columnFormulaPlan(rows: number): WritePlan {
  const plan = smallPlan(rows);
  const [subjects, ...others] = plan.sheets;
  if (subjects === undefined) throw new Error("no sheet");
  const columns = subjects.table.columns.map((c, j) => (j === 3 ? { ...c, formula: "C5*2" } : c));
  const body = subjects.table.rows.map((row) => row.map(({ formula: _formula, ...cell }) => cell));
  return { ...plan, sheets: [{ ...subjects, table: { ...subjects.table, columns, rows: body } }, ...others] };
}

/** Each row's counted bytes against those of the entries and formats sent for it. */
function miscounted(table: PlanTable): number[] {
  const encoded = encodeRows(table);
  return table.rows.flatMap((_, r) => {
    const sent = payloadBytes(encoded.entries(r, r + 1)[0]) + payloadBytes(encoded.formats(r, r + 1)[0]);
    return encoded.rowBytes[r] === sent ? [] : [r];
  });
}

test("every row's size is counted exactly, formula columns included, across more digits of row number", async () => {
  const { plan } = await sampleReview();
  expect(plan.sheets.some((s) => s.table.columns.some((c) => c.formula !== undefined))).toBe(true);
  for (const sheet of plan.sheets) expect(miscounted(sheet.table)).toEqual([]);
  const wide = columnFormulaPlan(1200).sheets[0];
  if (wide === undefined) throw new Error("no sheet");
  const quoted = { ...wide.table, columns: wide.table.columns.map((c) => ({ ...c, formula: `IF(C5>1,"是\\"",C5)` })) };
  expect(miscounted(wide.table)).toEqual([]);
  expect(miscounted(quoted)).toEqual([]);
});

test("entries and formats are those of cells carrying their own formulas, for any slice of rows", async () => {
  const { plan } = await sampleReview();
  const before = perCellFormulas(plan);
  plan.sheets.forEach((sheet, s) => {
    const old = before.sheets[s]?.table;
    if (old === undefined) throw new Error("no sheet");
    const encoded = encodeRows(sheet.table);
    const n = sheet.table.rows.length;
    expect(encoded.entries(0, n)).toEqual(old.rows.map((row) => row.map((cell) => formulaEntry(cell))));
    expect(encoded.formats(0, n)).toEqual(
      old.rows.map((row) => row.map((cell, c) => cellFormat(cell, old.columns[c]))),
    );
    expect(encoded.entries(1, 3)).toEqual(encoded.entries(0, n).slice(1, 3));
    expect(encoded.rowBytes).toEqual(encodeRows(old).rowBytes);
  });
});

test("a formula column reaches Excel cell for cell and byte for byte as per-cell formulas did", async () => {
  const write = async (plan: WritePlan) => {
    const excel = new FakeExcel();
    const ctx = new FakeRequestContext(excel.state);
    await applyPlanToExcel(ctx as unknown as Excel.RequestContext, plan, { features: FEATURES, budget: 30_000 });
    return { cells: [...fakeCells(excel.sheet("考核对象"))], requests: ctx.requests.map((r) => r.bytes) };
  };
  const columnWritten = await write(columnFormulaPlan(400));
  expect(columnWritten).toEqual(await write(smallPlan(400)));
  expect(columnWritten.requests.length).toBeGreaterThan(3);
  expect(columnWritten.cells).toContainEqual(["D404", { formula: "C404*2" }]);
});

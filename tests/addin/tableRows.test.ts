import { tableFormulas } from "../../src/core/plan/cellFormula";
import type { PlanTable, WritePlan } from "../../src/core/plan/writePlan";
import { applyPlanToExcel } from "../../src/hosts/office/applyPlan";
import { cellFormat, formulaEntry } from "../../src/hosts/office/cellEncoding";
import type { ExcelFeatures } from "../../src/hosts/office/features";
import { payloadBytes } from "../../src/hosts/office/requestSize";
import { encodeRows, valueRuns } from "../../src/hosts/office/tableRows";
import { FakeExcel, FakeRequestContext } from "./fakeExcel";
import { fakeCells } from "./support/fakeCells";
import { sampleReview } from "./support/plans";
import { smallPlan } from "./support/smallPlan";
import { rowList } from "../../src/core/plan/planRows";

/**
 * The Office.js host encodes a table's value columns a request at a time and writes each formula
 * column as one R1C1 text. What reaches Excel must be what it was when every cell carried its own
 * formula: the same cells, in fewer bytes.
 */
const FEATURES: ExcelFeatures = {
  screenUpdating: false,
  mergedAreas: false,
  notes: false,
  mergeUndo: false,
  pageLayout: false,
};

/** The plan with each formula column's formula moved into its cells, as plans were before formula columns. */
function perCellFormulas(plan: WritePlan): WritePlan {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => {
      const formulaAt = tableFormulas(sheet.table);
      const rows = rowList(sheet.table.rows).map((row, i) =>
        row.map((cell, j) => {
          const formula = formulaAt(i, j, cell);
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
  const body = rowList(subjects.table.rows).map((row) => row.map(({ formula: _formula, ...cell }) => cell));
  return { ...plan, sheets: [{ ...subjects, table: { ...subjects.table, columns, rows: body } }, ...others] };
}

/** Each row's counted bytes against those of the entries and formats sent for it, run by run. */
function miscounted(table: PlanTable): string[] {
  const rows = rowList(table.rows);
  return valueRuns(table).flatMap((run) => {
    const encoded = encodeRows({ columns: table.columns, rows }, run);
    return rows.flatMap((_, r) => {
      const sent = payloadBytes(encoded.entries(r, r + 1)[0]) + payloadBytes(encoded.formats(r, r + 1)[0]);
      return encoded.rowBytes[r] === sent ? [] : [`${run.first}-${run.last}:${r}`];
    });
  });
}

test("value runs are the columns without a column formula, each once, in order", async () => {
  const { plan } = await sampleReview();
  for (const sheet of plan.sheets) {
    const inRuns = valueRuns(sheet.table).flatMap((run) =>
      Array.from({ length: run.last - run.first + 1 }, (_, k) => run.first + k),
    );
    const valueColumns = sheet.table.columns.flatMap((c, j) => (c.formula === undefined ? [j] : []));
    expect(inRuns).toEqual(valueColumns);
  }
  expect(valueRuns(columnFormulaPlan(3).sheets[0]?.table ?? fail())).toEqual([
    { first: 0, last: 2 },
    { first: 4, last: 5 },
  ]);
});

function fail(): never {
  throw new Error("no sheet");
}

test("every row's size is counted exactly, across more digits of row number", async () => {
  const { plan } = await sampleReview();
  for (const sheet of plan.sheets) expect(miscounted(sheet.table)).toEqual([]);
  expect(miscounted(columnFormulaPlan(1200).sheets[0]?.table ?? fail())).toEqual([]);
});

test("entries and formats are those of the cells themselves, for any slice of rows", async () => {
  const { plan } = await sampleReview();
  const before = perCellFormulas(plan);
  plan.sheets.forEach((sheet, s) => {
    const old = before.sheets[s]?.table ?? fail();
    for (const run of valueRuns(sheet.table)) {
      const encoded = encodeRows({ columns: sheet.table.columns, rows: rowList(sheet.table.rows) }, run);
      const n = sheet.table.rows.length;
      const cols = (row: unknown[]) => row.slice(run.first, run.last + 1);
      expect(encoded.entries(0, n)).toEqual(
        rowList(old.rows).map((row) => cols(row.map((cell) => formulaEntry(cell)))),
      );
      expect(encoded.formats(0, n)).toEqual(
        rowList(old.rows).map((row) => cols(row.map((cell, c) => cellFormat(cell, old.columns[c])))),
      );
      expect(encoded.entries(1, 3)).toEqual(encoded.entries(0, n).slice(1, 3));
    }
  });
});

test("a formula column reaches Excel cell for cell as per-cell formulas did, in a fraction of the bytes", async () => {
  const write = async (plan: WritePlan) => {
    const excel = new FakeExcel();
    excel.addSheet("名册", [["姓名"]]);
    const ctx = new FakeRequestContext(excel.state);
    await applyPlanToExcel(ctx as unknown as Excel.RequestContext, plan, { features: FEATURES, budget: 30_000 });
    const formulaOps = ctx.requests.flatMap((r) => r.ops).filter((op) => op.name.includes("formulasR1C1"));
    return {
      cells: [...fakeCells(excel.sheet("考核对象"))].sort(([a], [b]) => a.localeCompare(b)),
      bytes: ctx.requests.reduce((sum, r) => sum + r.bytes, 0),
      formulaOps: formulaOps.length,
    };
  };
  const columnWritten = await write(columnFormulaPlan(400));
  const perCell = await write(smallPlan(400));
  expect(columnWritten.cells).toEqual(perCell.cells);
  expect(columnWritten.cells).toContainEqual(["D404", { formula: "C404*2" }]);
  expect(columnWritten.formulaOps).toBe(1);
  expect(perCell.formulaOps).toBe(0);
  expect(columnWritten.bytes).toBeLessThan(perCell.bytes);
});

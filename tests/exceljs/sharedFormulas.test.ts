import ExcelJS from "exceljs";
import type { PlanTable } from "../../src/core/plan/writePlan";
import { tableValues } from "../../src/hosts/exceljs/applyPlanSheet";
import { shareColumnFormulas } from "../../src/hosts/exceljs/sharedFormulas";

/** A one-column block of formulas starting at row 5, as the host writes a table column. */
function column(...formulas: string[]): ExcelJS.CellValue[][] {
  return formulas.map((formula, i) => [{ formula, result: i }]);
}

function shared(rows: ExcelJS.CellValue[][]): Array<string | null> {
  return rows.map(([v]) => (typeof v === "object" && v !== null && "sharedFormula" in v ? v.sharedFormula : null));
}

test("a formula filled down a column refers to the first cell; each keeps its own result", () => {
  const rows = column("A5+B5", "A6+B6", "A7+B7");
  shareColumnFormulas(rows, 5, ["C"]);
  expect(shared(rows)).toEqual([null, "C5", "C5"]);
  expect(rows.map(([v]) => (v as { result: number }).result)).toEqual([0, 1, 2]);
});

test("absolute rows stay, relative rows move, in ranges and on other sheets", () => {
  const rows = column(
    "SUMIFS('测评明细'!$R$5:$R$900,'测评明细'!$B$5:$B$900,A5)+N(K5:N5)+C$2",
    "SUMIFS('测评明细'!$R$5:$R$900,'测评明细'!$B$5:$B$900,A6)+N(K6:N6)+C$2",
  );
  shareColumnFormulas(rows, 5, ["D"]);
  expect(shared(rows)).toEqual([null, "D5"]);
});

test("a formula that is not the one above moved down starts a new shared range", () => {
  const rows = column("A5*2", "A6*2", "A7*3", "A8*3", "A5*2");
  shareColumnFormulas(rows, 5, ["B"]);
  expect(shared(rows)).toEqual([null, "B5", null, "B7", null]);
});

test("names and functions that look like references are not moved", () => {
  const rows = column("LOG10(A5)*KH_DAYS+IF(TRUE,1,0)", "LOG10(A6)*KH_DAYS+IF(TRUE,1,0)", "LOG11(A7)*KH_DAYS");
  shareColumnFormulas(rows, 5, ["B"]);
  expect(shared(rows)).toEqual([null, "B5", null]);
});

test("text in quotes is never moved, and text that looks like a reference is never shared", () => {
  const plain = column('IF(A5="是",1,0)', 'IF(A6="是",1,0)');
  shareColumnFormulas(plain, 5, ["B"]);
  expect(shared(plain)).toEqual([null, "B5"]);
  // Excel would share these, but ExcelJS, reading them back, moves B4 inside the quotes too.
  const referenceLike = column('IF(A5="B4",1,0)', 'IF(A6="B4",1,0)');
  shareColumnFormulas(referenceLike, 5, ["B"]);
  expect(shared(referenceLike)).toEqual([null, null]);
});

test("a value or an empty cell between formulas ends the shared range", () => {
  const rows: ExcelJS.CellValue[][] = [[{ formula: "A5", result: 1 }], ["text"], [{ formula: "A7", result: 1 }]];
  shareColumnFormulas(rows, 5, ["B"]);
  expect(shared(rows)).toEqual([null, null, null]);
});

test("written and read back, every shared cell has its own formula and result", async () => {
  const formulas = ['IF(A5>0,A5/$B$1,"")', 'IF(A6>0,A6/$B$1,"")', 'IF(A7>0,A7/$B$1,"")', "A8"];
  const rows = formulas.map((formula, i) => [{ formula, result: i * 10 }] as ExcelJS.CellValue[]);
  shareColumnFormulas(rows, 5, ["C"]);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("s");
  rows.forEach(([v], i) => (ws.getCell(5 + i, 3).value = v ?? null));
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  const cells = formulas.map((_, i) => back.getWorksheet("s")?.getCell(5 + i, 3));
  expect(cells.map((c) => c?.formula)).toEqual(formulas);
  expect(cells.map((c) => c?.result)).toEqual([0, 10, 20, 30]);
});

/** A plan table with a value column A and a formula column B carrying `formula` for row 5. */
function formulaColumnTable(formula: string, rows: number): PlanTable {
  return {
    name: "T",
    anchorRow: 4,
    anchorCol: 1,
    columns: [
      { header: "n", width: 6, role: "value" },
      { header: "f", width: 6, role: "formula", formula },
    ],
    rows: Array.from({ length: rows }, (_, i) => [{ value: i }, { value: i * 2 }]),
  };
}

test("a plan's formula column is written as its formula on the first row and shared below it", () => {
  const values = tableValues(formulaColumnTable("A5*2+$A$1", 3), true);
  expect(values.map(([, f]) => f)).toEqual([
    { formula: "A5*2+$A$1", result: 0 },
    { sharedFormula: "B5", result: 2 },
    { sharedFormula: "B5", result: 4 },
  ]);
});

test("unshared, or with quoted text a reader would move, a formula column is written out on every row", () => {
  const full = (table: PlanTable, shared: boolean) =>
    tableValues(table, shared).map(([, f]) => (f as { formula?: string }).formula);
  expect(full(formulaColumnTable("A5*2+$A$1", 3), false)).toEqual(["A5*2+$A$1", "A6*2+$A$1", "A7*2+$A$1"]);
  expect(full(formulaColumnTable('IF(A5="B4",1,0)', 2), true)).toEqual(['IF(A5="B4",1,0)', 'IF(A6="B4",1,0)']);
});

test("an empty table's one blank row has no formula, even in a formula column", () => {
  expect(tableValues(formulaColumnTable("A5*2", 0), true)).toEqual([[null, null]]);
});

test("a formula column written shared and read back gives every row its formula moved down", async () => {
  const table = formulaColumnTable('IF(A5>0,A5/$B$1,"")', 4);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("s");
  tableValues(table, true).forEach(([, v], i) => (ws.getCell(5 + i, 2).value = v ?? null));
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  const cells = Array.from({ length: table.rows.length }, (_, i) => back.getWorksheet("s")?.getCell(5 + i, 2));
  expect(cells.map((c) => c?.formula)).toEqual([5, 6, 7, 8].map((r) => `IF(A${r}>0,A${r}/$B$1,"")`));
  expect(cells.map((c) => c?.result)).toEqual([0, 2, 4, 6]);
});

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildPlan } from "../../src/core/plan/buildPlan";
import { KAOHE_SHEET_NAMES, SUBJECTS_SHEET } from "../../src/core/plan/kaoheSheets";
import { applyPlanToWorkbook } from "../../src/hosts/exceljs/applyPlan";
import { assessmentOf, CONTEXT, subject } from "./assessmentFactory";
import { formulaCells } from "./recompute";
import { subjectColumns } from "../../src/core/plan/subjectColumns";
const SUBJECT_COLS = subjectColumns("hao");
import { loadWorkbook, reviewedSampleBytes, reviewSamples, ROSTER_SAMPLE } from "./samples";

/** The ExcelJS host: source sheets untouched, cached results written, a re-run idempotent. */
function cellsOf(ws: ExcelJS.Worksheet): Array<[string, unknown, unknown]> {
  const cells: Array<[string, unknown, unknown]> = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => cells.push([cell.address, cell.value, cell.style])),
  );
  return cells;
}

function workbookModel(wb: ExcelJS.Workbook): unknown {
  return {
    sheets: wb.worksheets.map((ws) => ({ name: ws.name, model: ws.model })),
    names: wb.definedNames.model,
  };
}

test("the roster's own sheets are kept cell for cell: values, styles, merges, widths", async () => {
  const before = await loadWorkbook(ROSTER_SAMPLE);
  const after = await loadWorkbook(await reviewedSampleBytes(await reviewSamples()));
  for (const source of before.worksheets) {
    const kept = after.getWorksheet(source.name);
    if (kept === undefined) throw new Error(`${source.name} was lost`);
    expect(cellsOf(kept)).toEqual(cellsOf(source));
    expect(kept.model.merges).toEqual(source.model.merges);
    expect(kept.columns.map((c) => c.width)).toEqual(source.columns.map((c) => c.width));
    expect(kept.getRows(1, source.rowCount)?.map((r) => r.height)).toEqual(
      source.getRows(1, source.rowCount)?.map((r) => r.height),
    );
  }
  expect(after.worksheets.map((ws) => ws.name)).toEqual([
    ...before.worksheets.map((ws) => ws.name),
    ...KAOHE_SHEET_NAMES,
  ]);
});

test("applying the plan to its own output gives the same workbook: nothing duplicated, nothing lost", async () => {
  const result = await reviewSamples();
  const first = await loadWorkbook(ROSTER_SAMPLE);
  const userName = "'名册'!$B$3";
  first.definedNames.add(userName, "MY_FIRST_CADRE");
  applyPlanToWorkbook(first, result.plan);
  const once = Buffer.from(await first.xlsx.writeBuffer());
  const second = await loadWorkbook(once);
  applyPlanToWorkbook(second, result.plan);
  const twice = await loadWorkbook(Buffer.from(await second.xlsx.writeBuffer()));
  expect(workbookModel(twice)).toEqual(workbookModel(await loadWorkbook(once)));
  expect(twice.worksheets).toHaveLength(1 + KAOHE_SHEET_NAMES.length);
  expect(twice.definedNames.model.filter((n) => n.name === "MY_FIRST_CADRE")).toEqual([
    { name: "MY_FIRST_CADRE", ranges: [userName] },
  ]);
  expect(twice.definedNames.model.filter((n) => n.name === "KH_DAYS")).toHaveLength(1);
});

test("every formula is written with the core's value as its cached result", async () => {
  const result = await reviewSamples();
  const wb = await loadWorkbook(await reviewedSampleBytes(result));
  for (const { sheet, row, col, cell } of formulaCells(result.plan)) {
    const written = wb.getWorksheet(sheet)?.getCell(row, col);
    expect(written?.formula).toBe(cell.formula);
    // `result`, not `value.result`, which ExcelJS drops when it is 0; an empty text result is
    // written as an empty <v/>, read back as none; a date-formatted result comes back as a Date.
    const result = written?.result;
    const cached = result instanceof Date ? result.getTime() / 86400000 + 25569 : (result ?? "");
    expect(cached).toEqual(cell.value);
  }
});

test("text that starts like a formula is written as text, never as a formula", async () => {
  const tricky = subject(1, { name: "=1+1", unit: "+86", position: "-副局长", discipline: "@SUM(A1)" });
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("名册");
  applyPlanToWorkbook(wb, buildPlan(assessmentOf([tricky]), CONTEXT));
  const back = await loadWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
  const ws = back.getWorksheet(SUBJECTS_SHEET);
  expect([
    ws?.getCell("B5").value,
    ws?.getCell("C5").value,
    ws?.getCell("E5").value,
    ws?.getCell(`${SUBJECT_COLS.letter("discipline")}5`).value,
  ]).toEqual(["=1+1", "+86", "-副局长", "@SUM(A1)"]);
  expect(ws?.getCell("B5").numFmt).toBe("@");
});

test("links jump inside the workbook in every program: HYPERLINK to an internal address", () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("名册");
  applyPlanToWorkbook(wb, buildPlan(assessmentOf([subject(1)]), CONTEXT));
  const source = wb.getWorksheet(SUBJECTS_SHEET)?.getCell("AM5").value;
  expect(source).toEqual({ formula: `HYPERLINK("#'名册'!B3","名册!B3")`, result: "名册!B3" });
});

test("an empty tally still gives a valid table with one blank row", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("名册");
  applyPlanToWorkbook(wb, buildPlan(assessmentOf([subject(1)]), CONTEXT));
  const back = await loadWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
  const tallies = back.getWorksheet("测评明细");
  expect(tallies?.getCell("A4").value).toBe("行号");
  expect(
    Object.values((tallies as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables).map(
      (t) => t.table.tableRef,
    ),
  ).toEqual(["A4:Z5"]);
});

test("汇总's manual page breaks are written after the row that ends each page, once however often the plan is applied", async () => {
  const result = await reviewSamples();
  const breaks = result.plan.sheets.find((s) => s.name === "汇总")?.print.rowBreaks ?? [];
  expect(breaks.length).toBeGreaterThan(0);
  const wb = await loadWorkbook(ROSTER_SAMPLE);
  applyPlanToWorkbook(wb, result.plan);
  const again = await loadWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
  applyPlanToWorkbook(again, result.plan);
  // ExcelJS writes page breaks but does not read them back: the parts are read as written.
  const zip = await JSZip.loadAsync(await again.xlsx.writeBuffer());
  const parts = zip.file(/^xl\/worksheets\/sheet\d+\.xml$/);
  const withBreaks = (await Promise.all(parts.map((part) => part.async("string")))).filter((xml) =>
    xml.includes("<rowBreaks"),
  );
  expect(withBreaks).toHaveLength(1);
  const ids = [...(withBreaks[0] ?? "").matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]) + 1);
  expect(ids).toEqual(breaks);
});

test("考核对象's cells sit centred in their rows, wrapped or not, header and data; the title keeps the default", async () => {
  const result = await reviewSamples();
  const back = await loadWorkbook(await reviewedSampleBytes(result));
  const ws = back.getWorksheet(SUBJECTS_SHEET);
  const { table } = result.plan.sheets.find((s) => s.name === SUBJECTS_SHEET)!;
  const column = (header: string) => {
    const j = table.columns.findIndex((c) => c.header === header);
    expect(j).toBeGreaterThanOrEqual(0);
    return table.anchorCol + j;
  };
  const alignment = (row: number, col: number) => ws?.getCell(row, col).alignment ?? null;
  for (let row = table.anchorRow + 1; row <= table.anchorRow + table.rows.length; row++) {
    expect(alignment(row, column("ID"))).toEqual({ vertical: "middle" });
    expect(alignment(row, column("说明"))).toEqual({ vertical: "middle", wrapText: true });
  }
  expect(alignment(table.anchorRow, column("ID"))).toEqual({ vertical: "middle", wrapText: true });
  expect(alignment(1, 1)).toBeNull();
});

test("ExcelJS: 汇总's wrapped block cells wrap centred, and their rows are as tall as the plan says", async () => {
  const result = await reviewSamples();
  const summary = result.plan.sheets.find((s) => s.name === "汇总")!;
  const wb = await loadWorkbook(ROSTER_SAMPLE);
  applyPlanToWorkbook(wb, result.plan);
  const ws = (await loadWorkbook(Buffer.from(await wb.xlsx.writeBuffer()))).getWorksheet("汇总");
  const wrapped = summary.loose.filter((c) => c.wrap === true);
  expect(wrapped.length).toBeGreaterThan(20);
  expect(wrapped.filter((c) => c.horizontal === "right").length).toBeGreaterThan(5);
  for (const c of wrapped) {
    const horizontal = c.horizontal === undefined ? {} : { horizontal: c.horizontal };
    expect([c.row, c.col, ws?.getCell(c.row, c.col).alignment]).toEqual([
      c.row,
      c.col,
      { ...horizontal, wrapText: true, vertical: "middle" },
    ]);
  }
  const heights = summary.looseRowHeights ?? [];
  expect(heights.length).toBeGreaterThan(0);
  for (const { row, points } of heights) expect([row, ws?.getRow(row).height]).toEqual([row, points]);
});

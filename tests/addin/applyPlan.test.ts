import { applyPlanToExcel } from "../../src/hosts/office/applyPlan";
import type { WritePlan } from "../../src/core/plan/writePlan";
import type { ExcelFeatures } from "../../src/hosts/office/features";
import { HostError } from "../../src/taskpane/host";
import { FakeExcel, FakeRequestContext, parseHazards } from "./fakeExcel";
import { fakeCells } from "./support/fakeCells";
import { districtReview } from "./support/plans";
import { smallPlan } from "./support/smallPlan";

const OLD_EXCEL: ExcelFeatures = {
  screenUpdating: false,
  mergedAreas: false,
  notes: false,
  mergeUndo: false,
  pageLayout: false,
};
const NEW_EXCEL: ExcelFeatures = {
  screenUpdating: true,
  mergedAreas: true,
  notes: true,
  mergeUndo: true,
  pageLayout: true,
};

/** A workbook as Excel has one: never without a sheet of the user's. */
function workbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("名册", [["姓名"], ["张三"]]);
  return excel;
}

function context(excel = workbook()): FakeRequestContext {
  const ctx = new FakeRequestContext(excel.state);
  excel.contexts.push(ctx);
  return ctx;
}

async function apply(
  ctx: FakeRequestContext,
  options: Parameters<typeof applyPlanToExcel>[2] = { features: OLD_EXCEL },
) {
  return applyPlanToExcel(ctx as unknown as Excel.RequestContext, smallPlan(), options);
}

async function failure(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error("expected a HostError");
}

beforeEach(() => {
  parseHazards.length = 0;
});

test("a small plan takes three syncs: to look, to write out of sight, to show and recalculate", async () => {
  const ctx = context();
  const outcome = await apply(ctx);
  expect(outcome.syncs).toBe(3);
  expect(ctx.syncs).toBe(3);
  expect(outcome.sheets).toEqual(["考核对象", "考核规则"]);
});

test("values, formulas and links land in the cells the plan names, text stays text", async () => {
  const excel = workbook();
  await apply(context(excel));
  const cells = fakeCells(excel.sheet("考核对象"));
  expect(cells.get("A4")).toEqual({ value: "ID" });
  expect(cells.get("A5")).toEqual({ formula: `HYPERLINK("#'名册'!B3","张0")` });
  expect(cells.get("B5")).toEqual({ value: "001" });
  expect(cells.get("B6")).toEqual({ value: "-x" });
  expect(cells.get("D6")).toEqual({ formula: "C6*2" });
  expect(cells.has("E5")).toBe(false);
  expect(excel.sheet("考核对象").cells.get("5:2")?.numFmt).toBe("@");
  expect(parseHazards).toEqual([]);
});

test("conditional formats keep the plan's priority order and validations their sources", async () => {
  const excel = workbook();
  await apply(context(excel));
  const subjects = excel.sheet("考核对象");
  expect(subjects.conditionalFormats.map((cf) => cf.formula)).toEqual(["=$C5>10", '=$E5=""']);
  expect(subjects.conditionalFormats[0]?.fill).toBe("#FF9C9C");
  expect(subjects.validations[0]?.rule).toEqual({ list: { inCellDropDown: true, source: "=KH_CADRE_GRADES" } });
  expect(excel.sheet("考核规则").validations[0]?.rule).toEqual({ list: { inCellDropDown: true, source: "优秀,称职" } });
  expect(subjects.freeze).toEqual({ rows: 4, cols: 1 });
  expect(excel.sheet("考核规则").freeze).toEqual({ rows: 4, cols: 0 });
  expect(subjects.tables).toEqual([
    { address: "A4:F7", hasHeaders: true, name: "KaoheSubjects", style: "TableStyleLight1" },
  ]);
});

test("names, header tints and the tab colour are written", async () => {
  const excel = workbook();
  await apply(context(excel));
  // Excel lists names by name, whatever order they were added in.
  expect([...excel.state.names.keys()].sort()).toEqual(["KAOHE_SCHEMA", "KAOHE_SHEETS", "KH_CADRE_GRADES"]);
  expect(excel.state.names.get("KH_CADRE_GRADES")).toBe("='考核规则'!$C$6:$C$7");
  expect(excel.sheet("考核对象").cells.get("4:4")?.fill).toBe("#E7E6E6");
  expect(excel.sheet("考核对象").cells.get("5:5")?.fill).toBe("#E2EFDA");
  expect(excel.sheet("考核对象").tabColor).toBe("#2E75B6");
});

test("every table cell is centred vertically, wrapped or not, in one request per table however long", async () => {
  const excel = workbook();
  const ctx = context(excel);
  const plan = smallPlan();
  const subjects = plan.sheets.find((s) => s.name === "考核对象")!;
  const wrapped = subjects.table.columns[5]!;
  wrapped.wrap = true;
  await applyPlanToExcel(ctx as unknown as Excel.RequestContext, plan, { features: OLD_EXCEL });
  const sheet = excel.sheet("考核对象");
  const look = (key: string) => {
    const cell = sheet.cells.get(key);
    return [cell?.verticalAlignment ?? null, cell?.wrap ?? false];
  };
  const last = 4 + subjects.table.rows.length;
  for (let row = 5; row <= last; row++) {
    expect([row, look(`${row}:1`)]).toEqual([row, ["Center", false]]);
    expect([row, look(`${row}:6`)]).toEqual([row, ["Center", true]]);
  }
  expect(look("4:1")).toEqual(["Center", true]);
  expect(look(`${last + 1}:1`)).toEqual([null, false]);
  // The title above the table keeps Excel's default.
  expect(look("1:1")).toEqual([null, false]);
  const alignments = ctx.requests.flatMap((r) => r.ops).filter((op) => op.name.includes("format.verticalAlignment"));
  expect(alignments).toHaveLength(plan.sheets.length);
});

test("header notes are written only where the host has notes", async () => {
  const old = workbook();
  await apply(context(old));
  expect(old.sheet("考核对象").notes.size).toBe(0);
  const current = workbook();
  await apply(context(current), { features: NEW_EXCEL });
  expect(current.sheet("考核对象").notes.get("A4")).toBe("来自名册");
});

test("cells are written with calculation suspended; the visible step suspends the screen and recalculates once", async () => {
  const excel = workbook();
  await apply(context(excel));
  const ctx = context(excel);
  await applyPlanToExcel(ctx as unknown as Excel.RequestContext, smallPlan(400), {
    features: NEW_EXCEL,
    budget: 30_000,
  });
  const writes = ctx.requests.filter((r) => r.ops.some((op) => !op.name.endsWith("load")));
  const swapAt = writes.findIndex((r) => r.ops.some((op) => op.name.includes("copyFrom")));
  expect(swapAt).toBeGreaterThan(1);
  for (const request of writes.slice(0, swapAt)) {
    expect(request.ops[0]?.name).toBe("suspendApiCalculationUntilNextSync");
    expect(request.ops.some((op) => op.name === "suspendScreenUpdatingUntilNextSync")).toBe(false);
  }
  for (const request of writes.slice(swapAt)) {
    expect(request.ops[0]?.name).toBe("suspendScreenUpdatingUntilNextSync");
    expect(request.ops.some((op) => op.name === "suspendApiCalculationUntilNextSync")).toBe(false);
  }
  expect(ctx.requests.flatMap((r) => r.ops).filter((op) => op.name === "application.calculate")).toHaveLength(1);
  expect(writes.at(-1)?.ops.at(-1)?.name).toBe("application.calculate");
});

test("a re-run replaces Kaohe's sheets and names and leaves the user's sheets alone", async () => {
  const excel = workbook();
  await apply(context(excel));
  // The table's rows go (its head stays: it is what tells the sheet as Kaohe's), to see them written again.
  const subjects = excel.sheet("考核对象").cells;
  for (const key of [...subjects.keys()]) if (Number(key.split(":")[0]) > 4) subjects.delete(key);
  const ctx = context(excel);
  const outcome = await apply(ctx);
  // Two to look (the marker is followed once it is known to exist), one to write out of sight, one to swap.
  expect(outcome.syncs).toBe(4);
  expect(excel.state.sheets.map((s) => s.name)).toEqual(["名册", "考核对象", "考核规则"]);
  expect(fakeCells(excel.sheet("名册")).get("A2")).toEqual({ value: "张三" });
  expect(fakeCells(excel.sheet("考核对象")).get("C6")).toEqual({ value: 10 });
});

test("a sheet of the same name that Kaohe did not write is never overwritten", async () => {
  const excel = workbook();
  excel.addSheet("考核对象", [["我的数据"]]);
  const ctx = context(excel);
  const error = await failure(apply(ctx));
  expect(error.reason).toBe("name_taken");
  expect(error.zh).toContain("考核对象");
  expect(ctx.syncs).toBe(1);
  expect(fakeCells(excel.sheet("考核对象")).get("A1")).toEqual({ value: "我的数据" });
});

test("a protected Kaohe sheet stops the run before anything is written", async () => {
  const excel = workbook();
  await apply(context(excel));
  excel.sheet("考核对象").protected = true;
  const error = await failure(apply(context(excel)));
  expect(error.reason).toBe("sheet_protected");
  expect(error.zh).toContain("撤销工作表保护");
});

test("a protected workbook structure is reported in Chinese", async () => {
  const excel = workbook();
  excel.state.structureProtected = true;
  const error = await failure(apply(context(excel)));
  expect(error.reason).toBe("sheet_protected");
  expect(error.zh).toContain("工作簿结构受保护");
});

test("a cell in edit mode gives a message that says what to do", async () => {
  const ctx = context();
  ctx.failNextSync = "InvalidOperationInCellEditMode";
  const error = await failure(apply(ctx));
  expect(error.reason).toBe("cell_edit_mode");
  expect(error.zh).toBe("有单元格正处于编辑状态。请按 Enter 或 Esc 结束编辑后再试。");
});

test("a request Excel finds too large is reported with the 5 MB limit", async () => {
  const ctx = context();
  ctx.failNextSync = "RequestPayloadSizeLimitExceeded";
  const error = await failure(apply(ctx));
  expect(error.reason).toBe("request_too_large");
  expect(error.zh).toContain("5 MB");
});

test("with a small budget, rows are split across requests and none passes the budget", async () => {
  const excel = workbook();
  const ctx = context(excel);
  const plan = smallPlan(400);
  const outcome = await applyPlanToExcel(ctx as unknown as Excel.RequestContext, plan, {
    features: OLD_EXCEL,
    budget: 30_000,
  });
  expect(outcome.syncs).toBeGreaterThan(3);
  for (const request of ctx.requests) expect(request.bytes).toBeLessThanOrEqual(30_000);
  expect(fakeCells(excel.sheet("考核对象")).get("C404")).toEqual({ value: 3990 });
  expect(fakeCells(excel.sheet("考核对象")).get("D404")).toEqual({ formula: "C404*2" });
});

test("progress rises to the total and ends there", async () => {
  const seen: Array<{ done: number; total: number }> = [];
  await applyPlanToExcel(context() as unknown as Excel.RequestContext, smallPlan(400), {
    features: OLD_EXCEL,
    budget: 30_000,
    onProgress: (p) => seen.push(p),
  });
  expect(seen.length).toBeGreaterThan(2);
  for (let i = 1; i < seen.length; i++) expect(seen[i]?.done).toBeGreaterThanOrEqual(seen[i - 1]?.done ?? 0);
  const last = seen[seen.length - 1];
  expect(last?.done).toBe(last?.total);
});

test("cancelled after a request was sent, the run removes what it added", async () => {
  const excel = workbook();
  const controller = new AbortController();
  const ctx = context(excel);
  const error = await failure(
    applyPlanToExcel(ctx as unknown as Excel.RequestContext, smallPlan(400), {
      features: OLD_EXCEL,
      budget: 30_000,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    }),
  );
  expect(error.reason).toBe("cancelled");
  expect(excel.state.sheets.map((s) => s.name)).toEqual(["名册"]);
  expect([...excel.state.names.keys()]).toEqual([]);
});

test("cancelled before anything was sent, nothing reaches the workbook", async () => {
  const excel = workbook();
  const controller = new AbortController();
  controller.abort();
  const ctx = context(excel);
  const error = await failure(apply(ctx, { features: OLD_EXCEL, signal: controller.signal }));
  expect(error.reason).toBe("cancelled");
  expect(ctx.syncs).toBe(1);
  expect(excel.state.sheets.map((s) => s.name)).toEqual(["名册"]);
});

test("each sheet gets the plan's print setup where the host has page layout, and none where it has not", async () => {
  const excel = workbook();
  await apply(context(excel), { features: NEW_EXCEL });
  const subjects = excel.sheet("考核对象").pageLayout;
  expect(subjects.get("paperSize")).toBe("A4");
  expect(subjects.get("orientation")).toBe("Landscape");
  expect(subjects.get("zoom")).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  expect(subjects.get("printTitleRows")).toBe("$4:$4");
  expect(subjects.get("printArea")).toBe("A1:D7");
  expect(subjects.get("centerHeader")).toBe("考核对象 · 2020年度");
  expect(subjects.get("centerFooter")).toBe("第 &P 页，共 &N 页");
  expect(subjects.get("topMargin")).toBeCloseTo(0.7 * 72);
  expect(excel.sheet("考核规则").pageLayout.get("printArea")).toBeUndefined();

  const old = workbook();
  await apply(context(old), { features: OLD_EXCEL });
  expect(old.sheet("考核对象").pageLayout.size).toBe(0);
});

/** The small plan with manual page breaks on 考核对象 (the core sets them on 汇总). */
function withRowBreaks(rowBreaks: number[] | undefined): WritePlan {
  const plan = smallPlan(60);
  return {
    ...plan,
    sheets: plan.sheets.map((s) =>
      s.name === "考核对象" ? { ...s, print: { ...s.print, ...(rowBreaks === undefined ? {} : { rowBreaks }) } } : s,
    ),
  };
}

async function applyPlan(excel: FakeExcel, plan: WritePlan, features: ExcelFeatures): Promise<void> {
  await applyPlanToExcel(context(excel) as unknown as Excel.RequestContext, plan, { features });
}

test("the plan's manual page breaks start pages at its rows where the host has page layout, and nothing where it has not", async () => {
  const excel = workbook();
  await applyPlan(excel, withRowBreaks([30, 43]), NEW_EXCEL);
  expect(excel.sheet("考核对象").rowBreaks).toEqual([30, 43]);
  expect(excel.sheet("考核规则").rowBreaks).toEqual([]);

  const old = workbook();
  await applyPlan(old, withRowBreaks([30, 43]), OLD_EXCEL);
  expect(old.sheet("考核对象").rowBreaks).toEqual([]);
});

test("a re-run leaves the new plan's page breaks only: the kept sheet loses the earlier run's", async () => {
  const excel = workbook();
  await applyPlan(excel, withRowBreaks([30, 43]), NEW_EXCEL);
  const id = excel.sheet("考核对象").id;
  await applyPlan(excel, withRowBreaks([12]), NEW_EXCEL);
  // The same sheet, written over in place (sheetSwap.ts), not a new one.
  expect(excel.sheet("考核对象").id).toBe(id);
  expect(excel.sheet("考核对象").rowBreaks).toEqual([12]);
  await applyPlan(excel, withRowBreaks(undefined), NEW_EXCEL);
  expect(excel.sheet("考核对象").rowBreaks).toEqual([]);
});

test("汇总's wrapped block cells wrap centred, and Excel fits each of their rows", async () => {
  const excel = workbook();
  const { plan } = districtReview(120);
  await applyPlan(excel, plan, NEW_EXCEL);
  const summary = plan.sheets.find((s) => s.name === "汇总")!;
  const sheet = excel.sheet("汇总");
  const wrapped = summary.loose.filter((c) => c.wrap === true);
  expect(wrapped.length).toBeGreaterThan(20);
  for (const c of wrapped) {
    const cell = sheet.cells.get(`${c.row}:${c.col}`);
    expect([c.row, c.col, cell?.wrap, cell?.verticalAlignment, cell?.horizontalAlignment]).toEqual([
      c.row,
      c.col,
      true,
      "Center",
      c.horizontal === "right" ? "Right" : undefined,
    ]);
  }
  expect(sheet.cells.get("1:1")?.wrap).toBeUndefined();
  const heights = summary.looseRowHeights ?? [];
  expect(heights.length).toBeGreaterThan(0);
  // Each tall row from A to its last cell, after the table's own rows.
  const fitted = sheet.autofitRows.map((r) => JSON.parse(r) as { top: number; left: number; bottom: number });
  for (const { row } of heights)
    expect(fitted).toContainEqual(expect.objectContaining({ top: row, bottom: row, left: 1 }));
});

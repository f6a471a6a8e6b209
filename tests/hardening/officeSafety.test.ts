// Slow: a run is made once per request it sends, failing at that request, and then made again.
import { applyPlanToExcel } from "../../src/hosts/office/applyPlan";
import { ownedSheetNames } from "../../src/hosts/office/workbookState";
import type { WritePlan } from "../../src/core/plan/writePlan";
import { HostError } from "../../src/taskpane/host";
import { FakeExcel, FakeOfficeError, FakeRequestContext, type FakeWorkbook } from "../addin/fakeExcel";
import { fakeCells } from "../addin/support/fakeCells";
import { reviewSamples } from "../plan/samples";
import { EXCEL_1_20 } from "../addin/support/excelFeatures";

/**
 * The Office.js host against a fake Excel that fails where real ones do: a request that fails
 * halfway through a plan, an Excel that cannot be reached again afterwards, protected sheets.
 * Whatever happens, running again gives the workbook a clean run gives, and a refusal leaves
 * the workbook exactly as it was.
 */
/** Small requests, so the samples' plan takes a dozen and can fail after any of them. */
const BUDGET = 20_000;

let plan: WritePlan;
beforeAll(async () => {
  plan = (await reviewSamples()).plan;
});

function withRoster(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("名册", [
    ["姓名", "单位"],
    ["赵文", "胜利路街道"],
  ]);
  return excel;
}

async function apply(excel: FakeExcel, ctx = new FakeRequestContext(excel.state)): Promise<unknown> {
  return applyPlanToExcel(ctx as unknown as Excel.RequestContext, plan, { features: EXCEL_1_20, budget: BUDGET });
}

/** What a user sees of the workbook: sheets in order with their cells, tables and formats, and the names. */
function snapshot(state: FakeWorkbook): unknown {
  return {
    sheets: state.sheets.map((sheet) => ({
      name: sheet.name,
      // By address: the order Excel keeps cells in is no part of what a user sees.
      cells: [...fakeCells(sheet)].sort(([a], [b]) => a.localeCompare(b)),
      visibility: sheet.visibility,
      tabColor: sheet.tabColor,
      tables: sheet.tables,
      conditionalFormats: sheet.conditionalFormats,
      validations: sheet.validations,
      freeze: sheet.freeze,
      notes: [...sheet.notes],
      columnWidths: [...sheet.columnWidths],
      merges: sheet.merges,
      protected: sheet.protected,
    })),
    names: [...state.names.entries()].sort(),
  };
}

async function cleanRun(): Promise<unknown> {
  const excel = withRoster();
  await apply(excel);
  return snapshot(excel.state);
}

/** A context whose syncs fail from the `from`-th on (1-based), as when Excel is closed or the network is lost. */
function failingFrom(excel: FakeExcel, from: number): FakeRequestContext {
  const ctx = new FakeRequestContext(excel.state);
  const sync = ctx.sync.bind(ctx);
  let count = 0;
  ctx.sync = async () => {
    count += 1;
    if (count >= from) throw new FakeOfficeError("GeneralException", "Excel is unreachable");
    await sync();
  };
  return ctx;
}

test("a request failing at any point: what was added is removed, and a re-run gives the clean workbook", async () => {
  const clean = await cleanRun();
  const probe = withRoster();
  const ctx = new FakeRequestContext(probe.state);
  await apply(probe, ctx);
  expect(ctx.syncs).toBeGreaterThan(6);
  for (let k = 2; k <= ctx.syncs; k++) {
    const excel = withRoster();
    const failing = new FakeRequestContext(excel.state);
    const sync = failing.sync.bind(failing);
    let count = 0;
    failing.sync = async () => {
      count += 1;
      if (count === k) failing.failNextSync = "GeneralException";
      await sync();
    };
    await expect(apply(excel, failing)).rejects.toBeInstanceOf(HostError);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(["名册"]);
    await apply(excel);
    expect(snapshot(excel.state)).toEqual(clean);
  }
});

test("when Excel cannot be reached to clean up, the sheets left are marked as Kaohe's and a re-run replaces them", async () => {
  const clean = await cleanRun();
  for (const from of [3, 5, 8]) {
    const excel = withRoster();
    await expect(apply(excel, failingFrom(excel, from))).rejects.toBeInstanceOf(HostError);
    const left = excel.state.sheets.map((s) => s.name).filter((n) => n !== "名册");
    expect(left.length).toBeGreaterThan(0);
    const marker = fakeCells(excel.sheet("考核规则"));
    const markedNames = ownedSheetNames([
      ["C", "D", "E", "F", "G", "H"].map((c) => {
        const cell = marker.get(`${c}2`);
        return cell !== undefined && "value" in cell ? cell.value : null;
      }),
    ]);
    expect(markedNames).toEqual(expect.arrayContaining(left));
    await apply(excel);
    expect(snapshot(excel.state)).toEqual(clean);
  }
});

test("a re-run over an earlier review that fails halfway is repaired by the next run", async () => {
  const clean = await cleanRun();
  const excel = withRoster();
  await apply(excel);
  await expect(apply(excel, failingFrom(excel, 6))).rejects.toBeInstanceOf(HostError);
  await apply(excel);
  expect(snapshot(excel.state)).toEqual(clean);
});

test.each([
  [
    "the workbook structure is protected",
    (excel: FakeExcel) => void (excel.state.structureProtected = true),
    "sheet_protected",
  ],
  [
    "a sheet of the user's is named 考核对象",
    (excel: FakeExcel) => void excel.addSheet("考核对象", [["我的笔记"]]),
    "name_taken",
  ],
])("%s: a clear message and the workbook exactly as it was", async (_what, prepare, reason) => {
  const excel = withRoster();
  prepare(excel);
  const before = snapshot(excel.state);
  const error = await apply(excel).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HostError);
  expect((error as HostError).reason).toBe(reason);
  expect((error as HostError).zh).toMatch(/[\u4e00-\u9fff]/);
  expect(snapshot(excel.state)).toEqual(before);
});

test("a protected Kaohe sheet of an earlier run: a clear message and nothing deleted or added", async () => {
  const excel = withRoster();
  await apply(excel);
  excel.sheet("考核对象").protected = true;
  const before = snapshot(excel.state);
  const error = await apply(excel).catch((e: unknown) => e);
  expect((error as HostError).reason).toBe("sheet_protected");
  expect((error as HostError).zh).toContain("考核对象");
  expect(snapshot(excel.state)).toEqual(before);
});

/** A reviewed workbook whose clerk then chose a grade in 考核对象's 建议等次 column. */
async function reviewedWithGrade(): Promise<FakeExcel> {
  const excel = withRoster();
  await apply(excel);
  const subjects = excel.sheet("考核对象");
  const header = [...subjects.cells].find(([, cell]) => cell.value === "建议等次");
  if (header === undefined) throw new Error("no 建议等次 column");
  const [row, col] = header[0].split(":").map(Number) as [number, number];
  const cell = subjects.cells.get(`${row + 1}:${col}`) ?? {
    value: null,
    formula: null,
    numFmt: "@",
    fill: null,
    bold: false,
  };
  subjects.cells.set(`${row + 1}:${col}`, { ...cell, value: "优秀" });
  return excel;
}

/** The requests of a re-run, and the first one that starts replacing the old review. */
async function rerunRequests(): Promise<{ count: number; swapFrom: number }> {
  const excel = await reviewedWithGrade();
  const ctx = new FakeRequestContext(excel.state);
  await apply(excel, ctx);
  const swapFrom = ctx.requests.findIndex((r) => r.ops.some((op) => op.name.includes("copyFrom"))) + 1;
  return { count: ctx.syncs, swapFrom };
}

test("a re-run failing before its swap leaves the earlier review as it was, the clerk's grade included", async () => {
  const { swapFrom } = await rerunRequests();
  expect(swapFrom).toBeGreaterThan(4);
  for (let k = 2; k < swapFrom; k++) {
    const excel = await reviewedWithGrade();
    const before = snapshot(excel.state);
    const ids = excel.state.sheets.map((s) => s.id);
    await expect(apply(excel, failingFrom(excel, k))).rejects.toBeInstanceOf(HostError);
    // Excel could not be reached to clean up: what is left is very hidden, and the review is whole.
    const visible = { ...excel.state, sheets: excel.state.sheets.filter((s) => s.visibility !== "VeryHidden") };
    expect(snapshot(visible)).toEqual(before);
    expect(visible.sheets.map((s) => s.id)).toEqual(ids);
    await apply(excel);
    expect(excel.state.sheets.map((s) => s.id)).toEqual(ids);
  }
});

test("a re-run cancelled halfway leaves the earlier review exactly as it was", async () => {
  const excel = await reviewedWithGrade();
  const before = snapshot(excel.state);
  const controller = new AbortController();
  let syncs = 0;
  const error = await applyPlanToExcel(new FakeRequestContext(excel.state) as unknown as Excel.RequestContext, plan, {
    features: EXCEL_1_20,
    budget: BUDGET,
    signal: controller.signal,
    onProgress: () => void (++syncs === 3 && controller.abort()),
  }).catch((e: unknown) => e);
  expect((error as HostError).reason).toBe("cancelled");
  expect(snapshot(excel.state)).toEqual(before);
});

test("a re-run keeps Kaohe's sheets themselves, so formulas of the user's that point at them keep working", async () => {
  const excel = await reviewedWithGrade();
  const ids = new Map(excel.state.sheets.map((s) => [s.name, s.id]));
  const ctx = new FakeRequestContext(excel.state);
  await apply(excel, ctx);
  expect(new Map(excel.state.sheets.map((s) => [s.name, s.id]))).toEqual(ids);
  const deleted = ctx.requests.flatMap((r) => r.ops).filter((op) => op.name === "worksheet.delete");
  expect(deleted.map((op) => String(op.args[0]))).toEqual(plan.sheets.map((s) => `${s.name}~暂存`));
  expect(snapshot(excel.state)).toEqual(await cleanRun());
});

test("staging sheets a crashed run left very hidden are removed; a visible sheet of that name is the user's", async () => {
  const excel = withRoster();
  await apply(excel);
  const leftover = excel.addSheet("考核对象~暂存", [["半截"]]);
  leftover.visibility = "VeryHidden";
  await apply(excel);
  expect(excel.state.sheets.map((s) => s.name)).not.toContain("考核对象~暂存");
  expect(snapshot(excel.state)).toEqual(await cleanRun());
  const mine = excel.addSheet("考核对象~暂存", [["我的"]]);
  const before = snapshot(excel.state);
  const error = await apply(excel).catch((e: unknown) => e);
  expect((error as HostError).reason).toBe("name_taken");
  expect(snapshot(excel.state)).toEqual(before);
  expect(mine.visibility).toBe("Visible");
});

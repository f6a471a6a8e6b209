import ExcelJS from "exceljs";
import type { WritePlan } from "../../src/core/plan/writePlan";
import { applyPlanToWorkbook } from "../../src/hosts/exceljs/applyPlan";
import { applyPlanToExcel } from "../../src/hosts/office/applyPlan";
import { REQUEST_BUDGET_BYTES, REQUEST_LIMIT_BYTES } from "../../src/hosts/office/requestSize";
import { FakeExcel, FakeRequestContext, parseHazards } from "./fakeExcel";
import { exceljsCells } from "./support/cellsOf";
import { fakeCells } from "./support/fakeCells";
import { districtReview, sampleReview } from "./support/plans";
import { EXCEL_1_20 } from "./support/excelFeatures";

async function applyToFake(plan: WritePlan): Promise<{ excel: FakeExcel; ctx: FakeRequestContext; syncs: number }> {
  const excel = new FakeExcel();
  excel.addSheet("名册", [["姓名"]]);
  const ctx = new FakeRequestContext(excel.state);
  const outcome = await applyPlanToExcel(ctx as unknown as Excel.RequestContext, plan, { features: EXCEL_1_20 });
  return { excel, ctx, syncs: outcome.syncs };
}

function applyToExcelJS(plan: WritePlan): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("名册").getCell("A1").value = "姓名";
  applyPlanToWorkbook(workbook, plan);
  return workbook;
}

/** Every cell of every plan sheet, as each host wrote it, compared one by one; returns how many. */
function expectSameCells(plan: WritePlan, excel: FakeExcel, workbook: ExcelJS.Workbook): number {
  let compared = 0;
  const differences: string[] = [];
  for (const sheet of plan.sheets) {
    const ws = workbook.getWorksheet(sheet.name);
    if (ws === undefined) throw new Error(`ExcelJS has no sheet ${sheet.name}`);
    const office = fakeCells(excel.sheet(sheet.name));
    const exceljs = exceljsCells(ws);
    for (const address of new Set([...office.keys(), ...exceljs.keys()])) {
      const a = JSON.stringify(office.get(address) ?? null);
      const b = JSON.stringify(exceljs.get(address) ?? null);
      if (a !== b) differences.push(`${sheet.name}!${address}: Office.js ${a}, ExcelJS ${b}`);
    }
    compared += exceljs.size;
  }
  expect(differences.slice(0, 20)).toEqual([]);
  return compared;
}

beforeEach(() => {
  parseHazards.length = 0;
});

test("the samples' plan goes to Excel in three syncs: to look, to write out of sight, to show", async () => {
  const { plan } = await sampleReview();
  const { ctx, syncs } = await applyToFake(plan);
  console.log(`samples: ${syncs} syncs, largest request ${ctx.maxRequestBytes} bytes`);
  expect(syncs).toBe(3);
  expect(ctx.maxRequestBytes).toBeLessThan(REQUEST_LIMIT_BYTES);
});

test("the samples' cells written through Office.js equal those the ExcelJS host writes", async () => {
  const { plan } = await sampleReview();
  const { excel } = await applyToFake(plan);
  expect(expectSameCells(plan, excel, applyToExcelJS(plan))).toBeGreaterThan(500);
  expect(parseHazards).toEqual([]);
});

describe("2,000 subjects × 5 categories", () => {
  const result = districtReview(2000);
  // Both tests look at the same application of the plan (a few seconds of CPU at this size), made
  // once; the values Excel would have parsed are taken right after it, before beforeEach clears them.
  let applied: Promise<Awaited<ReturnType<typeof applyToFake>> & { hazards: string[] }> | undefined;
  const appliedOnce = () =>
    (applied ??= applyToFake(result.plan).then((fake) => ({ ...fake, hazards: [...parseHazards] })));

  test("the plan is written in a bounded number of syncs, no request over 5 MB", async () => {
    expect(result.assessment.subjects).toHaveLength(2000);
    expect(result.ballots.tallies).toHaveLength(10_000);
    const { ctx, syncs } = await appliedOnce();
    const bytes = ctx.requests.reduce((sum, r) => sum + r.bytes, 0);
    console.log(
      `2,000 × 5: ${syncs} syncs, ${bytes} request bytes in all, largest ${ctx.maxRequestBytes} ` +
        `(limit ${REQUEST_LIMIT_BYTES}, budget ${REQUEST_BUDGET_BYTES})`,
    );
    for (const request of ctx.requests) expect(request.bytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    // One look, then as many writes as the bytes need when each request is filled to the budget, plus one
    // for each step's last request, which cannot be filled to the brim: the content's, and the swap's.
    expect(syncs).toBeLessThanOrEqual(1 + Math.ceil(bytes / REQUEST_BUDGET_BYTES) + 2);
    expect(syncs).toBeLessThanOrEqual(8);
  });

  test("the cells written equal those the ExcelJS host writes", async () => {
    const { excel, hazards } = await appliedOnce();
    expect(expectSameCells(result.plan, excel, applyToExcelJS(result.plan))).toBeGreaterThan(200_000);
    expect(hazards).toEqual([]);
  });
});

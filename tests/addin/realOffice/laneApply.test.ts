// Slow: the shipped office.js libraries (each Excel build's) write the samples' and a 2,000-subject plan (~15 s alone).
import { SUMMARY_SHEET } from "../../../src/core/plan/kaoheSheets";
import type { WritePlan } from "../../../src/core/plan/writePlan";
import { applyPlanToExcel } from "../../../src/hosts/office/applyPlan";
import { REQUEST_LIMIT_BYTES } from "../../../src/hosts/office/requestSize";
import { HostError, type ApplyProgress } from "../../../src/taskpane/host";
import { FakeExcel, FakeRequestContext, parseHazards } from "../fakeExcel";
import { districtReview, sampleReview } from "../support/plans";
import { SHIPPED_EXCEL_LIBRARIES } from "./officeLibrary";
import { OfficeLane } from "./officeLane";
import { workbookSnapshot } from "./snapshot";

function withRoster<T extends { addSheet: FakeExcel["addSheet"] }>(target: T): T {
  target.addSheet("名册", [
    ["姓名", "单位"],
    ["张三", "孟轲乡"],
  ]);
  return target;
}

/** The same plan written by the fake request context: what the lane must end with too. */
async function throughFake(plan: WritePlan, features: OfficeLane["features"]): Promise<FakeExcel> {
  const excel = withRoster(new FakeExcel());
  const ctx = new FakeRequestContext(excel.state);
  await applyPlanToExcel(ctx as unknown as Excel.RequestContext, plan, { features });
  return excel;
}

function lane(library?: string): OfficeLane {
  const made = new OfficeLane(library === undefined ? {} : { library });
  withRoster(made.excel);
  return made;
}

async function apply(l: OfficeLane, plan: WritePlan, onProgress: (p: ApplyProgress) => void = () => undefined) {
  return l.host().applyPlan(plan, { onProgress, signal: new AbortController().signal });
}

beforeEach(() => {
  parseHazards.length = 0;
});

// A district's apply through the real library takes about 15 s alone and several times that on a
// busy machine: the 2,000-subject tests get four minutes.

test("the samples' plan written through Office.js leaves what the fake context leaves", async () => {
  const { plan } = await sampleReview();
  const l = lane();
  const outcome = await apply(l, plan);
  expect(outcome.sheets).toEqual(plan.sheets.map((s) => s.name));
  expect(workbookSnapshot(l.excel.state)).toEqual(workbookSnapshot((await throughFake(plan, l.features)).state));
  expect(l.requests.every((r) => r.error === null)).toBe(true);
  expect(l.maxRequestBytes).toBeLessThan(REQUEST_LIMIT_BYTES);
  expect(parseHazards).toEqual([]);
});

test.each(SHIPPED_EXCEL_LIBRARIES.slice(1))("the samples' plan lands the same through %s", async (library) => {
  const { plan } = await sampleReview();
  const l = lane(library);
  await apply(l, plan);
  expect(workbookSnapshot(l.excel.state)).toEqual(workbookSnapshot((await throughFake(plan, l.features)).state));
});

test("2,000 subjects go through Office.js in requests under 5 MB and land as the fake context writes them", async () => {
  const { plan } = districtReview(2000);
  const l = lane();
  const outcome = await apply(l, plan);
  const bytes = l.requests.reduce((sum, r) => sum + r.bytes, 0);
  console.log(
    `lane, 2,000 × 5: ${outcome.syncs} syncs, ${l.requests.length} requests, ${bytes} bytes, largest ${l.maxRequestBytes}`,
  );
  expect(l.maxRequestBytes).toBeLessThan(REQUEST_LIMIT_BYTES);
  expect(workbookSnapshot(l.excel.state)).toEqual(workbookSnapshot((await throughFake(plan, l.features)).state));
}, 240_000);

test("a re-run replaces Kaohe's sheets and leaves the same workbook", async () => {
  const { plan } = await sampleReview();
  const l = lane();
  await apply(l, plan);
  const first = workbookSnapshot(l.excel.state);
  await apply(l, plan);
  expect(workbookSnapshot(l.excel.state)).toEqual(first);
});

/** The plan with manual page breaks on 汇总, as the core sets them. */
function withSummaryBreaks(plan: WritePlan, rowBreaks: number[]): WritePlan {
  if (!plan.sheets.some((s) => s.name === SUMMARY_SHEET)) throw new Error(`no ${SUMMARY_SHEET} in the plan`);
  return {
    ...plan,
    sheets: plan.sheets.map((s) => (s.name === SUMMARY_SHEET ? { ...s, print: { ...s.print, rowBreaks } } : s)),
  };
}

test("the plan's page breaks go through Office.js as the fake context writes them, and a re-run replaces them", async () => {
  const { plan } = await sampleReview();
  const l = lane();
  await apply(l, withSummaryBreaks(plan, [30, 43]));
  expect(l.excel.sheet(SUMMARY_SHEET).rowBreaks).toEqual([30, 43]);
  const fake = await throughFake(withSummaryBreaks(plan, [30, 43]), l.features);
  expect(workbookSnapshot(l.excel.state)).toEqual(workbookSnapshot(fake.state));
  expect(l.requests.flatMap((r) => r.actions)).toContain("Method:RemovePageBreaks");

  await apply(l, withSummaryBreaks(plan, [12]));
  expect(l.excel.sheet(SUMMARY_SHEET).rowBreaks).toEqual([12]);
  expect(l.requests.every((r) => r.error === null)).toBe(true);
});

test("an Excel without ExcelApi 1.9 gets no page breaks and the run goes through", async () => {
  const { plan } = await sampleReview();
  const l = new OfficeLane({ excelApi: "1.8" });
  withRoster(l.excel);
  expect(l.features.pageLayout).toBe(false);
  await apply(l, withSummaryBreaks(plan, [30, 43]));
  expect(l.excel.sheet(SUMMARY_SHEET).rowBreaks).toEqual([]);
  expect(l.requests.flatMap((r) => r.actions).some((a) => a.includes("PageBreak"))).toBe(false);
});

/** Each sheet's name, id and visibility: what a review's swap must keep. */
function sheetIdentities(l: OfficeLane): string[] {
  return l.excel.state.sheets.map((s) => `${s.name}|${s.id}|${s.visibility}`);
}

/**
 * A run straight through `applyPlanToExcel` with a smaller request budget: a district's staging
 * cells now fit one request of the default budget, so only a smaller one gives a run that has
 * written and still has cells to write.
 */
function stagedRun(l: OfficeLane, plan: WritePlan, signal: AbortSignal, onProgress: (p: ApplyProgress) => void) {
  return l.run((context) =>
    applyPlanToExcel(context, plan, { features: l.features, budget: 400_000, onProgress, signal }),
  );
}

test("a re-run replaces Kaohe's sheets in place: the same sheets, the same ids, no staging sheet left", async () => {
  const { plan } = await sampleReview();
  const l = lane();
  await apply(l, plan);
  const first = sheetIdentities(l);
  expect(first).toHaveLength(plan.sheets.length + 1);
  await apply(l, plan);
  expect(sheetIdentities(l)).toEqual(first);
  expect(first.every((s) => s.endsWith("|Visible"))).toBe(true);
  expect(l.requests.flatMap((r) => r.actions)).toContain("Method:CopyFrom");
});

test("a cancel after the first write leaves no half-written sheet", async () => {
  const { plan } = districtReview(2000);
  const l = lane();
  const before = workbookSnapshot(l.excel.state);
  const controller = new AbortController();
  const written: number[] = [];
  const run = stagedRun(l, plan, controller.signal, (p) => {
    written.push(p.done);
    if (p.done > 0 && p.done < p.total) controller.abort();
  });
  await expect(run).rejects.toMatchObject({ reason: "cancelled" });
  expect(written.length).toBeGreaterThan(0);
  expect(l.excel.state.sheets.map((s) => s.name)).toEqual(["名册"]);
  expect(workbookSnapshot(l.excel.state)).toEqual(before);
}, 240_000);

test("a run that fails after its first write, before the swap, leaves an earlier review as it was", async () => {
  const { plan: earlier } = await sampleReview();
  const { plan } = districtReview(300);
  const l = lane();
  await apply(l, earlier);
  const before = workbookSnapshot(l.excel.state);
  const identities = sheetIdentities(l);
  let failed = false;
  const run = stagedRun(l, plan, new AbortController().signal, (p) => {
    // After the first staging request: the next request fails before Excel applies any of it.
    if (!failed && p.done > 0 && p.done < p.total) {
      failed = true;
      l.server.failRequests = 1;
    }
  });
  await expect(run).rejects.toMatchObject({
    reason: "unexpected",
    message: expect.stringContaining("ServiceNotAvailable") as unknown,
  });
  expect(failed).toBe(true);
  expect(l.requests.some((r) => r.actions.includes("Method:CopyFrom"))).toBe(false);
  expect(sheetIdentities(l)).toEqual(identities);
  expect(workbookSnapshot(l.excel.state)).toEqual(before);
}, 240_000);

describe("a member the loaded library lacks", () => {
  test("Microsoft 365 reports ExcelApi 1.18, but the shipped library has no worksheet.notes", () => {
    const l = new OfficeLane({ excelApi: "1.20" });
    expect(l.features.notes).toBe(false);
    expect(l.features.mergeUndo).toBe(false);
    expect(l.notice?.zh).toContain("表头不加批注");
    expect(l.notice?.zh).toContain("撤销写入需多步");
  });

  test("trusting isSetSupported alone makes the apply fail on worksheet.notes, the detected features do not", async () => {
    const { plan } = await sampleReview();
    const l = lane();
    const trusting = { ...l.features, notes: true };
    const failed = await l
      .host(trusting)
      .applyPlan(plan, { onProgress: () => undefined, signal: new AbortController().signal })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(failed).toBeInstanceOf(HostError);
    expect((failed as HostError).message).toMatch(/notes|undefined/);
    await expect(apply(l, plan)).resolves.toMatchObject({ sheets: plan.sheets.map((s) => s.name) });
  });
});

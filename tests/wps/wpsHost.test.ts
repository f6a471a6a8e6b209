import { readWorkbookFile } from "../../src/hosts/exceljs/readWorkbook";
import { review } from "../../src/core/pipeline";
import { KAOHE_SHEET_NAMES, SUBJECTS_SHEET } from "../../src/core/plan/kaoheSheets";
import type { WritePlan } from "../../src/core/plan/writePlan";
import { EtBook } from "../../src/hosts/wps/etFacade";
import { XL } from "../../src/hosts/wps/etTypes";
import { bgr, rgbOf } from "../../src/hosts/wps/etValues";
import { readEtGrids } from "../../src/hosts/wps/readEtGrids";
import { createWpsHost } from "../../src/hosts/wps/wpsHost";
import type { GridEdit } from "../../src/taskpane/host";
import { ROSTER_SAMPLE } from "../plan/samples";
import { FakeEt, key } from "./fakeEt";
import { fakeFromGrids } from "./support/fakeFromGrids";
import { reviewInWps, samplesInFakeEt } from "./support/samplesInWps";

/** The WPS host against the fake ET object model: reading, writing the plan, re-runs, live edits. */

test("colours go to ET as BGR numbers and back", () => {
  expect(bgr("FF9C9C")).toBe(0x9c9cff);
  expect(bgr("0000FF")).toBe(0xff0000);
  expect(rgbOf(bgr("E2EFDA"))).toBe("E2EFDA");
});

test("grids are read in blocks: values, errors as CVErr numbers, dates by their format, merged areas", async () => {
  const et = new FakeEt("名册.xlsx");
  const rows: (string | number | null)[][] = [
    ["干部名册", null, null],
    ["姓名", "出生年月", "得分"],
  ];
  for (let i = 0; i < 3000; i++) rows.push([`干部${i}`, 30000 + i, i === 6 ? 2042 : i]);
  const sheet = et.addSheet("名册", rows);
  sheet.merges.push({ top: 1, left: 1, bottom: 1, right: 3 });
  for (let r = 3; r <= 3002; r++) sheet.cells.get(key(r, 2))!.numFmt = "yyyy-mm-dd";
  sheet.cells.set(key(10, 3), { value: null, error: "#N/A" });
  const before = et.calls;
  const [grid] = await readEtGrids(new EtBook(et.app), [{ sheet: "名册", range: null }]);
  const calls = et.calls - before;
  expect(grid?.values[0]?.[0]).toBe("干部名册");
  expect(grid?.values[2]?.[1]).toEqual({ kind: "date", y: 1982, m: 2, d: 18 });
  // Row 10 holds an error; row 9's 2042 is only a number (its text says so).
  expect(grid?.values[9]?.[2]).toEqual({ kind: "error", code: "#N/A" });
  expect(grid?.values[9 - 1]?.[2]).toBe(2042);
  expect(grid?.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  expect(grid?.values).toHaveLength(3002);
  // 9,006 cells, read without going cell by cell.
  expect(calls).toBeLessThan(150);
});

test("an empty sheet is an empty grid, and a used range beyond the limits is refused before reading", async () => {
  const et = new FakeEt();
  et.addSheet("空表", []);
  const big = et.addSheet("大表", [["x"]]);
  big.cells.set(key(300000, 1), { value: 1 });
  const book = new EtBook(et.app);
  const [empty] = await readEtGrids(book, [{ sheet: "空表", range: null }]);
  expect(empty?.values).toEqual([]);
  await expect(readEtGrids(book, [{ sheet: "大表", range: null }])).rejects.toMatchObject({
    reason: "request_too_large",
  });
});

describe("on the samples", () => {
  let et: FakeEt;
  beforeAll(async () => {
    et = await samplesInFakeEt();
  });

  async function runReview(): Promise<{ calls: number }> {
    return { calls: (await reviewInWps(et)).applyCalls };
  }

  test("the plan is written: text stays text, fills in BGR, names, drop-downs, rules from their top-left cell", async () => {
    await runReview();
    const names = et.book.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining([...KAOHE_SHEET_NAMES]));
    const subjects = et.sheet(SUBJECTS_SHEET);
    expect(subjects.tabColor).toBeDefined();
    expect(subjects.validations.length).toBeGreaterThan(0);
    expect(subjects.frozen.rows).toBeGreaterThan(0);
    for (const rule of subjects.rules) expect(rule.activeCell).toBe(rule.ref.split(":")[0]);
    expect(subjects.tables).toHaveLength(1);
    expect(et.book.names.map((n) => n.name)).toContain("KAOHE_SHEETS");
    // Every text written is stored as text (no `'` left, nothing parsed into a number).
    for (const sheet of et.book.sheets.filter((s) => (KAOHE_SHEET_NAMES as readonly string[]).includes(s.name))) {
      for (const cell of sheet.cells.values()) {
        if (typeof cell.value === "string") expect(cell.value.startsWith("'")).toBe(false);
      }
    }
    expect(et.fake.ScreenUpdating).toBe(true);
    expect(et.fake.DisplayAlerts).toBe(true);
  });

  test("every Kaohe sheet gets the plan's print setup: A4 landscape, one page wide, header row repeated", async () => {
    const { plan } = await runReviewWithPlan();
    for (const planSheet of plan.sheets) {
      const setup = et.sheet(planSheet.name).pageSetup;
      expect(Object.fromEntries(setup)).toMatchObject({
        Orientation: 2,
        PaperSize: 9,
        Zoom: false,
        FitToPagesWide: 1,
        FitToPagesTall: false,
        PrintTitleRows: `$${planSheet.print.titleRows.first}:$${planSheet.print.titleRows.last}`,
        CenterHeader: planSheet.print.header,
        CenterFooter: "第 &P 页，共 &N 页",
        LeftMargin: planSheet.print.margins.left * 72,
      });
      expect(setup.get("PrintArea")).toBe(planSheet.print.area);
      expect(et.sheet(planSheet.name).rowBreaks).toEqual([...(planSheet.print.rowBreaks ?? [])]);
    }
    expect(et.sheet(SUBJECTS_SHEET).pageSetup.get("CenterHeader")).toBe("考核对象 · 2020年度");
  });

  async function runReviewWithPlan() {
    return (await reviewInWps(et)).result;
  }

  test("every table cell sits centred in its row, wrapped or not; the header wraps; the title keeps the default", async () => {
    const { plan } = await runReviewWithPlan();
    const { table } = plan.sheets.find((s) => s.name === SUBJECTS_SHEET)!;
    const sheet = et.sheet(SUBJECTS_SHEET);
    const look = (row: number, header: string) => {
      const j = table.columns.findIndex((c) => c.header === header);
      expect(j).toBeGreaterThanOrEqual(0);
      const cell = sheet.cells.get(key(row, table.anchorCol + j));
      return [cell?.vAlign ?? null, cell?.wrap ?? false];
    };
    expect(table.columns.find((c) => c.header === "说明")?.wrap).toBe(true);
    for (let row = table.anchorRow + 1; row <= table.anchorRow + table.rows.length; row++) {
      expect([row, look(row, "ID")]).toEqual([row, [XL.center, false]]);
      expect([row, look(row, "说明")]).toEqual([row, [XL.center, true]]);
    }
    expect(look(table.anchorRow, "ID")).toEqual([XL.center, true]);
    expect(sheet.cells.get(key(1, 1))?.vAlign).toBeUndefined();
    // Every Kaohe table, whole.
    for (const { name, table: t } of plan.sheets) {
      const cells = et.sheet(name).cells;
      for (let row = t.anchorRow; row <= t.anchorRow + Math.max(t.rows.length, 1); row++) {
        for (let col = t.anchorCol; col < t.anchorCol + t.columns.length; col++) {
          expect([name, row, col, cells.get(key(row, col))?.vAlign]).toEqual([name, row, col, XL.center]);
        }
      }
    }
  });

  test("rows of wrapped text are fitted by WPS: each table with tall rows, and 汇总's tall block rows", async () => {
    const { plan } = await runReviewWithPlan();
    for (const { name, table } of plan.sheets) {
      const fitted = et.sheet(name).fittedRows;
      const whole = {
        top: table.anchorRow,
        left: table.anchorCol,
        bottom: table.anchorRow + Math.max(table.rows.length, 1),
        right: table.anchorCol + table.columns.length - 1,
      };
      expect([name, fitted.some((a) => JSON.stringify(a) === JSON.stringify(whole))]).toEqual([
        name,
        table.rowHeights !== undefined,
      ]);
    }
    const summary = plan.sheets.find((s) => s.name === "汇总")!;
    const sheet = et.sheet("汇总");
    const heights = summary.looseRowHeights ?? [];
    expect(heights.length).toBeGreaterThan(0);
    for (const { row } of heights)
      expect(sheet.fittedRows).toContainEqual(expect.objectContaining({ top: row, bottom: row, left: 1 }));
    const wrapped = summary.loose.filter((c) => c.wrap === true);
    expect(wrapped.length).toBeGreaterThan(20);
    for (const c of wrapped) {
      const cell = sheet.cells.get(key(c.row, c.col));
      expect([c.row, c.col, cell?.wrap, cell?.vAlign, cell?.hAlign]).toEqual([
        c.row,
        c.col,
        true,
        XL.center,
        c.horizontal === "right" ? XL.right : undefined,
      ]);
    }
  });

  test("a re-run replaces only Kaohe's sheets and names", async () => {
    const userSheets = et.book.sheets.filter((s) => !(KAOHE_SHEET_NAMES as readonly string[]).includes(s.name));
    const userCells = userSheets.map((s) => JSON.stringify([...s.cells]));
    const count = et.book.sheets.length;
    await runReview();
    expect(et.book.sheets).toHaveLength(count);
    expect(et.book.sheets.filter((s) => s.name === SUBJECTS_SHEET)).toHaveLength(1);
    expect(userSheets.map((s) => JSON.stringify([...s.cells]))).toEqual(userCells);
    expect(new Set(et.book.names.map((n) => n.name)).size).toBe(et.book.names.length);
  });

  test("a user's sheet with a Kaohe name is refused before anything changes", async () => {
    const other = fakeFromGrids((await readWorkbookFile(ROSTER_SAMPLE)).grids);
    other.addSheet("考核对象", [["我的表"]]);
    const host = createWpsHost(other.app);
    const read = await host.readGrids([{ id: "名册", range: null }]);
    const outcome = review({ rosterGrids: read.grids.map((g) => g.grid), ballotGrids: [] });
    if (!outcome.ok) throw new Error(outcome.messageEn);
    const sheets = other.book.sheets.length;
    await expect(
      host.applyPlan(outcome.result.plan, { onProgress: () => undefined, signal: new AbortController().signal }),
    ).rejects.toMatchObject({ reason: "name_taken" });
    expect(other.book.sheets).toHaveLength(sheets);
  });

  test("the plan's manual page breaks start pages at its rows, and a re-run leaves only its own", async () => {
    const other = fakeFromGrids((await readWorkbookFile(ROSTER_SAMPLE)).grids);
    const host = createWpsHost(other.app);
    const read = await host.readGrids([{ id: "名册", range: null }]);
    const outcome = review({ rosterGrids: read.grids.map((g) => g.grid), ballotGrids: [] });
    if (!outcome.ok) throw new Error(outcome.messageEn);
    const { plan } = outcome.result;
    const withBreaks = (rowBreaks: number[]): WritePlan => ({
      ...plan,
      sheets: plan.sheets.map((s) => (s.name === SUBJECTS_SHEET ? { ...s, print: { ...s.print, rowBreaks } } : s)),
    });
    const apply = (p: WritePlan) =>
      host.applyPlan(p, { onProgress: () => undefined, signal: new AbortController().signal });
    await apply(withBreaks([30, 43]));
    expect(other.sheet(SUBJECTS_SHEET).rowBreaks).toEqual([30, 43]);
    // The other sheets get the core's own breaks (汇总's) or none.
    for (const s of plan.sheets.filter((x) => x.name !== SUBJECTS_SHEET)) {
      expect(other.sheet(s.name).rowBreaks).toEqual(s.print.rowBreaks ?? []);
    }
    expect(plan.sheets.some((s) => (s.print.rowBreaks ?? []).length > 0)).toBe(true);
    await apply(withBreaks([12]));
    expect(other.sheet(SUBJECTS_SHEET).rowBreaks).toEqual([12]);
  });

  test("a cancelled run leaves no sheet of its own behind", async () => {
    const other = fakeFromGrids((await readWorkbookFile(ROSTER_SAMPLE)).grids);
    const host = createWpsHost(other.app);
    const read = await host.readGrids([{ id: "名册", range: null }]);
    const outcome = review({ rosterGrids: read.grids.map((g) => g.grid), ballotGrids: [] });
    if (!outcome.ok) throw new Error(outcome.messageEn);
    const controller = new AbortController();
    controller.abort();
    await expect(
      host.applyPlan(outcome.result.plan, { onProgress: () => undefined, signal: controller.signal }),
    ).rejects.toMatchObject({ reason: "cancelled" });
    expect(other.book.sheets.map((s) => s.name)).toEqual(["名册"]);
  });
});

test("a user's edit is heard through SheetChange and only the edited rows are read again", async () => {
  const et = new FakeEt();
  et.addSheet("名册", [
    ["姓名", "单位"],
    ["张三", "甲局"],
    ["李四", "乙局"],
  ]);
  const host = createWpsHost(et.app);
  const read = await host.readGrids([{ id: "名册", range: null }]);
  const edits: GridEdit[] = [];
  const stop = await host.watchEdits!(read.grids, (e) => edits.push(e));
  et.edit("名册", "B3", [["丙局"]]);
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(edits).toHaveLength(1);
  expect(edits[0]?.firstRow).toBe(3);
  expect(edits[0]?.source.grid.values[2]).toEqual(["李四", "丙局"]);
  await stop();
  expect(et.fake.listeners).toHaveLength(0);
});

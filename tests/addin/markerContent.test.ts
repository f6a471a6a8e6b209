import { review } from "../../src/core/pipeline";
import { OWNED_SHEETS_NAME } from "../../src/core/plan/writePlan";
import { applyPlanToExcel } from "../../src/hosts/office/applyPlan";
import { readGrids } from "../../src/hosts/office/readGrids";
import { FakeExcel, FakeRequestContext } from "./fakeExcel";
import { fakeCells } from "./support/fakeCells";
import { fakeFromFile } from "./support/fakeFromWorkbook";
import { samplePath } from "./support/plans";
import { sampleWorkbook } from "./support/workbookOfSamples";
import { EXCEL_1_20 } from "./support/excelFeatures";

/**
 * The marker (`KAOHE_SHEETS`) names the sheets an earlier run wrote, but it is a defined name a
 * clerk, a macro or a crafted workbook may point anywhere. A marked sheet whose head is not
 * Kaohe's (kaoheSheetContent.ts) is the user's: a run neither replaces nor deletes it.
 */
const USER_SHEET = "我的台账";

function cellValue(cell: ReturnType<ReturnType<typeof fakeCells>["get"]>): unknown {
  return cell !== undefined && "value" in cell ? cell.value : undefined;
}

/** 计算与标注 as the add-in runs it: the source sheets read from the open workbook, reviewed, the plan written. */
async function computeAndMark(excel: FakeExcel, rosterSheets: readonly string[], ballotSheets: readonly string[]) {
  const ctx = new FakeRequestContext(excel.state);
  const request = (sheet: string) => ({ file: "roster-sample.xlsx", sheet, range: null });
  const context = ctx as unknown as Excel.RequestContext;
  const { grids } = await readGrids(context, [...rosterSheets, ...ballotSheets].map(request), EXCEL_1_20);
  const outcome = review({
    rosterGrids: grids.filter((g) => rosterSheets.includes(g.sheet)),
    ballotGrids: grids.filter((g) => ballotSheets.includes(g.sheet)),
  });
  if (!outcome.ok) throw new Error(outcome.messageEn);
  await applyPlanToExcel(context, outcome.result.plan, { features: EXCEL_1_20 });
}

test("a marker naming the user's sheets leaves them exactly as they were, and Kaohe's sheets are written", async () => {
  const excel = await sampleWorkbook();
  const rosterSheets = (await fakeFromFile(samplePath("roster-sample.xlsx"))).state.sheets.map((s) => s.name);
  const ballotSheets = excel.state.sheets.map((s) => s.name).filter((n) => !rosterSheets.includes(n));
  excel.addSheet(USER_SHEET, [
    ["考核对象（我自己的草稿）", "备注"],
    ["张三", "已核对"],
  ]);
  await computeAndMark(excel, rosterSheets, ballotSheets);

  // The marker is made to reach two more cells, naming the user's sheet and the roster.
  const marker = excel.state.names.get(OWNED_SHEETS_NAME);
  expect(marker).toMatch(/\$H\$2$/);
  excel.state.names.set(OWNED_SHEETS_NAME, (marker ?? "").replace(/\$H\$2$/, "$J$2"));
  const rules = excel.sheet("考核规则").cells;
  const lastMarked = rules.get("2:8");
  if (lastMarked === undefined) throw new Error("no marker cell in H2");
  rules.set("2:9", { ...lastMarked, value: USER_SHEET });
  rules.set("2:10", { ...lastMarked, value: rosterSheets[0] ?? "" });
  const theirs = [USER_SHEET, ...rosterSheets, ...ballotSheets];
  const before = theirs.map((name) => structuredClone(excel.sheet(name)));
  // 考核对象's rows go (its head stays: it is what tells the sheet as Kaohe's), to see them written again.
  const subjectCells = excel.sheet("考核对象").cells;
  for (const key of [...subjectCells.keys()]) if (Number(key.split(":")[0]) > 4) subjectCells.delete(key);

  await computeAndMark(excel, rosterSheets, ballotSheets);
  expect(theirs.map((name) => structuredClone(excel.sheet(name)))).toEqual(before);
  expect(excel.state.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(theirs));
  const subjects = fakeCells(excel.sheet("考核对象"));
  expect(String(cellValue(subjects.get("A1")))).toMatch(/^考核对象（/);
  expect(subjects.get("A4")).toEqual({ value: "ID" });
  expect(subjects.get("B5")).toBeDefined();
  // The new marker names Kaohe's sheets alone again.
  expect(excel.state.names.get(OWNED_SHEETS_NAME)).toBe(marker);
  expect([excel.sheet("考核规则").cells.get("2:9"), excel.sheet("考核规则").cells.get("2:10")]).toEqual([
    undefined,
    undefined,
  ]);
});

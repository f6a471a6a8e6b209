import { FINDINGS_SHEET, QUOTAS_SHEET, SUBJECTS_SHEET, TALLIES_SHEET } from "../../src/core/plan/kaoheSheets";
import { rowList } from "../../src/core/plan/planRows";
import { QUOTA_COLUMNS } from "../../src/core/plan/quotaSheet";
import { subjectColumns } from "../../src/core/plan/subjectColumns";
import { tallyColumns } from "../../src/core/plan/tallyColumns";
import { linkFormula, type PlanCell, type WritePlan } from "../../src/core/plan/writePlan";
import { buildEngine, sheetCells } from "./recompute";
import { generatedPlan } from "./generatedPlan";
import { reviewSamples } from "./samples";

/**
 * 问题清单's links into Kaohe's own tables find their row by its key (keyedLink.ts): after a
 * clerk sorts 考核对象, 单位名额 or 测评明细, a link still leads to the subject, unit or tally row
 * its finding is about, and shows that row's address as the sheet now stands.
 */
const KEY_COLUMN: Record<string, number> = {
  [SUBJECTS_SHEET]: subjectColumns("hao").col("id"),
  [QUOTAS_SHEET]: QUOTA_COLUMNS.col("key"),
  [TALLIES_SHEET]: tallyColumns("hao").col("id"),
};

/** The plan with one sheet's data rows in reverse order, as a sort leaves them (each row's formulas made for its new place). */
function reversedSheet(plan: WritePlan, name: string): { plan: WritePlan; rows: ReadonlyArray<readonly PlanCell[]> } {
  const sheet = plan.sheets.find((s) => s.name === name);
  if (sheet === undefined) throw new Error(`no ${name}`);
  const rows = [...rowList(sheet.table.rows)].reverse();
  return {
    plan: {
      ...plan,
      sheets: plan.sheets.map((s) => (s.name === name ? { ...s, table: { ...s.table, rows, rowHeights: [] } } : s)),
    },
    rows,
  };
}

// The samples' findings link into 考核对象 and 单位名额; a generated district's tally findings into 测评明细.
test.each([
  [SUBJECTS_SHEET, "samples"],
  [QUOTAS_SHEET, "samples"],
  [TALLIES_SHEET, "district"],
] as const)(
  "after a sort of %s, 问题清单's links into it lead to the rows of their findings (%s)",
  async (name, source) => {
    const plan = source === "samples" ? (await reviewSamples()).plan : generatedPlan(1001, 60);
    const before = plan.sheets.find((s) => s.name === name);
    if (before === undefined) throw new Error(`no ${name}`);
    const keyAt = (rows: ReadonlyArray<readonly PlanCell[]>, row: number) =>
      rows[row - 5]?.[(KEY_COLUMN[name] ?? 0) - before.table.anchorCol]?.value;
    const original = rowList(before.table.rows);
    const sorted = reversedSheet(plan, name);
    const findings = sorted.plan.sheets.find((s) => s.name === FINDINGS_SHEET);
    if (findings === undefined) throw new Error("no 问题清单");
    // A link cell of a fixed address is written as HYPERLINK by every host (linkFormula): counted the same.
    const formulaOf = (cell: PlanCell) =>
      cell.formula ?? (cell.link === undefined ? undefined : linkFormula(cell.link, String(cell.value)));
    const links = sheetCells(findings)
      .map((c) => ({ ...c, formula: formulaOf(c.cell) ?? "" }))
      .filter((c) => c.formula.startsWith(`HYPERLINK("#'${name}'!`));
    expect(links.length).toBeGreaterThan(0);
    const hf = buildEngine(sorted.plan);
    const id = hf.getSheetId(FINDINGS_SHEET) ?? -1;
    let moved = 0;
    for (const link of links) {
      // Where the link led as written (its cached text), and where it leads now.
      const written = /!([A-Z]+)(\d+)$/.exec(String(link.cell.value));
      const shown = String(hf.getCellValue({ sheet: id, row: link.row - 1, col: link.col - 1 }));
      const now = /^(.*)!([A-Z]+)(\d+)$/.exec(shown);
      expect([now?.[1], now?.[2]]).toEqual([name, written?.[1]]);
      const key = keyAt(original, Number(written?.[2]));
      expect(key).not.toBeUndefined();
      expect(keyAt(sorted.rows, Number(now?.[3]))).toBe(key);
      const target = /^HYPERLINK\((.*),"[^"]*"&\(.*\)\)$/.exec(link.formula)?.[1] ?? "";
      expect(hf.calculateFormula(`=${target}`, id)).toBe(`#'${name}'!${now?.[2] ?? ""}${now?.[3] ?? ""}`);
      if (shown !== link.cell.value) moved++;
    }
    // The sort moved linked rows: the links did not merely stay where they were.
    expect(moved).toBeGreaterThan(0);
    hf.destroy();
  },
);

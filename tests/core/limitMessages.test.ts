import { INPUT_LIMITS, sheetExtentProblem, workbookCellsProblem } from "../../src/core/limits";

// The limit messages write counts with thousands separators by hand (no Intl at load time); they
// must read exactly as toLocaleString("en-US") writes the same whole numbers.
describe("limit messages", () => {
  const counts = [3_000_001, 3_012_345, 10_000_000, 123_456_789, 1_000_000_000];

  test.each(counts)("%d cells are written as en-US groups in both languages", (cells) => {
    const problem = workbookCellsProblem("名册.xlsx", cells);
    const grouped = cells.toLocaleString("en-US");
    expect(problem?.zh).toContain(`共有 ${grouped} 个单元格`);
    expect(problem?.en).toContain(`holds ${grouped} cells`);
  });

  test("the stated limits and a sheet's extent read as grouped numbers", () => {
    const problem = sheetExtentProblem("测评.xlsx", "Sheet1", { rows: 1_048_576, cols: 7, lastCell: "G1048576" });
    expect(problem?.zh).toContain("（1,048,576 行 × 7 列）");
    expect(problem?.zh).toContain(`最多处理 ${INPUT_LIMITS.rowsPerSheet.toLocaleString("en-US")} 行`);
    expect(problem?.en).toContain("3,000,000 cells per workbook");
  });

  test("a workbook within the limit is no problem", () => {
    expect(workbookCellsProblem("名册.xlsx", INPUT_LIMITS.cellsPerWorkbook)).toBeNull();
  });
});

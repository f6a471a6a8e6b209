/**
 * What Kaohe accepts, stated once for every host: the command line, the browser preview and the
 * task pane in Excel. Each host checks these before the heavy work (loading a workbook, reading
 * a range), so a workbook beyond them gets a clear message at once instead of a long wait that
 * ends in running out of memory. A district's tally of 100,000 rows of a dozen columns is well
 * within them.
 */
export const INPUT_LIMITS = {
  /** Rows of one sheet's used range (from its first to its last used row). */
  rowsPerSheet: 200_000,
  /** Cells of one workbook: the used ranges' rows × columns, or the cells the file stores. */
  cellsPerWorkbook: 2_000_000,
} as const;

export interface LimitProblem {
  zh: string;
  en: string;
}

const count = (n: number) => n.toLocaleString("en-US");

const STATED = {
  zh: `考核助手每张工作表最多处理 ${count(INPUT_LIMITS.rowsPerSheet)} 行，每个工作簿最多 ${count(INPUT_LIMITS.cellsPerWorkbook)} 个单元格`,
  en: `Kaohe reads at most ${count(INPUT_LIMITS.rowsPerSheet)} rows per sheet and ${count(INPUT_LIMITS.cellsPerWorkbook)} cells per workbook`,
};

/**
 * A sheet whose used range is too tall, or too large on its own. A stray value far below or to
 * the right of the table makes a used range huge, so the message says where it ends.
 */
export function sheetExtentProblem(
  file: string,
  sheet: string,
  extent: { rows: number; cols: number; lastCell: string },
): LimitProblem | null {
  const cells = extent.rows * extent.cols;
  if (extent.rows <= INPUT_LIMITS.rowsPerSheet && cells <= INPUT_LIMITS.cellsPerWorkbook) return null;
  return {
    zh: `${file}的工作表“${sheet}”已用区域到 ${extent.lastCell}（${count(extent.rows)} 行 × ${count(extent.cols)} 列），超出上限：${STATED.zh}。请删除表格以外多余的单元格，或把数据拆分到几个工作簿后分别审核。`,
    en: `The used range of sheet "${sheet}" in ${file} reaches ${extent.lastCell} (${count(extent.rows)} rows × ${count(extent.cols)} columns), beyond the limit: ${STATED.en}. Delete stray cells outside the table, or split the data into several workbooks.`,
  };
}

/** A workbook holding too many cells in all, counted as the file stores them or as used ranges. */
export function workbookCellsProblem(file: string, cells: number): LimitProblem | null {
  if (cells <= INPUT_LIMITS.cellsPerWorkbook) return null;
  return {
    zh: `${file}共有 ${count(cells)} 个单元格，超出上限：${STATED.zh}。请把数据拆分到几个工作簿后分别审核。`,
    en: `${file} holds ${count(cells)} cells, beyond the limit: ${STATED.en}. Split the data into several workbooks.`,
  };
}

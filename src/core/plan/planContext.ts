import type { Finding } from "../findings/finding";
import { quoteSheet } from "../model/address";
import type { ColumnMapRow } from "./columnMapSheet";

/** What the plan needs besides the assessment: where it will be written. */
export interface PlanContext {
  /** Every finding to list in 问题清单: the reader's, the core's and the host's (content_not_kept). */
  findings: readonly Finding[];
  /** The roster workbook's file name; the reviewed workbook is that workbook with Kaohe's sheets added. */
  rosterFile: string;
  /** The roster workbook's own sheets, kept in the reviewed workbook, so a link to them stays inside it. */
  keptSheets: readonly string[];
  /** The workbook's date system: dates are written as its serial numbers. */
  date1904: boolean;
  /** The column mapping's corrections, written to 列映射 on 考核规则. */
  columnMap?: readonly ColumnMapRow[];
}

/** The internal link to a cell of a kept source sheet, or null when that cell is in another workbook. */
export function keptCellLink(
  ctx: PlanContext,
  file: string | undefined,
  sheet: string | undefined,
  cell: string | undefined,
): string | null {
  if (file !== ctx.rosterFile || sheet === undefined || cell === undefined || !ctx.keptSheets.includes(sheet))
    return null;
  return `${quoteSheet(sheet)}!${cell}`;
}

import { columnLetters } from "../model/address";
import type { Finding } from "../findings/finding";
import type { GridView } from "./gridView";
import type { ReadColumn } from "./readColumn";
import { cellFinding } from "./readerFindings";
import { isTotalLabel } from "./rowKind";
import { normaliseHeader } from "./textNormalise";
import { canonicalHeaders, rosterField } from "./vocabulary";

// The row number of a printed table: nothing to read, and listing it would only be noise.
const ROW_NUMBER = /^(序号|编号|顺序号|行号|No\.?)$/i;

/**
 * One `column_unused` information finding per header column that became no field (CONTRACT.md
 * §1 "every column is accounted for"), at its header cell, saying why: another column was
 * preferred for the same field, the user's correction left it out, or Kaohe does not read it.
 */
export function unusedColumns(view: GridView, columns: readonly ReadColumn[]): Finding[] {
  const findings: Finding[] = [];
  for (const col of columns) {
    if (col.field !== null || col.header.trim() === "" || ROW_NUMBER.test(col.header.trim())) continue;
    // A 合计 row's or group's figures are sums of what is read, not data of their own.
    if (isTotalLabel(normaliseHeader(col.header)) || (col.group !== null && isTotalLabel(normaliseHeader(col.group))))
      continue;
    const shown = col.group !== null ? `${col.group}›${col.header}` : col.header;
    const candidate = col.confidence === null ? rosterField(normaliseHeader(col.header)) : undefined;
    const chosen = candidate ? columns.find((other) => other.field === candidate.field) : undefined;
    const fieldName = candidate ? (canonicalHeaders(candidate.field)[0] ?? candidate.field) : "";
    const text =
      col.confidence === "override"
        ? {
            zh: `按列映射更正，“${shown}”列不读取`,
            en: `Column "${shown}" is not read, as the column mapping was corrected`,
          }
        : candidate && chosen
          ? {
              zh: `“${shown}”列未使用：“${fieldName}”已取自${columnLetters(chosen.col)}列“${chosen.header}”；如应取此列，请在列映射中更正`,
              en: `Column "${shown}" is not used: "${fieldName}" is read from column ${columnLetters(chosen.col)} "${chosen.header}"; correct the column mapping if this column should be used`,
            }
          : {
              zh: `“${shown}”列未使用：考核助手不读取该列；如其内容应读取，请在列映射中指定`,
              en: `Column "${shown}" is not used: Kaohe does not read it; assign it in the column mapping if it should be read`,
            };
    findings.push(cellFinding(view, "column_unused", col.cell, text));
  }
  return findings;
}

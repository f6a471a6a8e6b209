import type { Finding } from "../findings/finding";
import type { RosterRow } from "../model/roster";
import type { SheetGrid } from "../model/sheetGrid";
import type { ColumnMapping, MappingOverride } from "./columnMapping";
import type { GridView } from "./gridView";
import type { HeaderLayout } from "./headerLayout";
import { headerColumnOverrides, type HeaderOverride } from "./headerOverrides";
import { namelessRow } from "./namelessRow";
import { applyOverrides, columnMapping, DataRowSpan } from "./readColumn";
import { cellFinding, distinctFindings } from "./readerFindings";
import { isRosterField, mapRosterColumns, rosterFieldColumns } from "./rosterColumns";
import { readRosterRow, rosterName } from "./rosterRow";
import { rowKind } from "./rowKind";
import { analyseSheet } from "./sheetAnalysis";
import { sheetNotes, titleYear } from "./sheetNotes";
import { unreadableWorkbooks } from "./unreadable";
import { canonicalHeaders } from "./vocabulary";

export interface RosterReading {
  rows: RosterRow[];
  mappings: ColumnMapping[];
  findings: Finding[];
  /** The year of a `YYYY年度` in the title rows, for when neither `--year` nor the rules give one. */
  yearHint: number | null;
}

const ROSTER_WANTED = {
  zh: "干部名册表头（含“姓名”和“单位”等列的一行）",
  en: "roster header (a row with columns such as 姓名 and 单位)",
};

interface SheetReading {
  rows: RosterRow[];
  mapping: ColumnMapping;
  findings: Finding[];
  yearHint: number | null;
}

export interface RosterOptions {
  overrides?: MappingOverride[];
  /** Corrections by header text (`--map`, 列映射); those by column number win over them. */
  headerOverrides?: HeaderOverride[];
}

/**
 * Reads every roster sheet of the given grids into roster rows `R1…Rn` in reading order.
 * Ballot sheets and Kaohe's own sheets are passed over; a workbook without any roster sheet
 * gets a `header_not_found` error.
 */
export function readRoster(grids: SheetGrid[], options: RosterOptions = {}): RosterReading {
  const rows: RosterRow[] = [];
  const mappings: ColumnMapping[] = [];
  const findings: Finding[] = [];
  let yearHint: number | null = null;
  const analyses = grids.map(analyseSheet);
  for (const analysis of analyses) {
    if (analysis.role !== "roster" || !analysis.header) continue;
    const overrides = [
      ...headerColumnOverrides(analysis.view, analysis.header, options.headerOverrides ?? [], isRosterField),
      ...(options.overrides ?? []),
    ];
    const sheet = readRosterSheet(analysis.view, analysis.header, overrides, rows.length);
    rows.push(...sheet.rows);
    mappings.push(sheet.mapping);
    findings.push(...sheet.findings);
    yearHint ??= sheet.yearHint;
  }
  findings.push(...unreadableWorkbooks(analyses, (role) => role === "roster", ROSTER_WANTED));
  return { rows, mappings, findings: distinctFindings(findings), yearHint };
}

function readRosterSheet(
  view: GridView,
  header: HeaderLayout,
  overrides: readonly MappingOverride[],
  idsBefore: number,
): SheetReading {
  const corrected = applyOverrides(view, header, mapRosterColumns(view, header), overrides, isRosterField);
  const columns = rosterFieldColumns(corrected.columns);
  const findings: Finding[] = [...sheetNotes(view, header, corrected.columns), ...corrected.findings];
  const headerCell = corrected.columns[0]?.cell ?? view.address(header.bottom, 0);
  for (const field of ["name", "unit"] as const) {
    if (columns.has(field)) continue;
    const usual = canonicalHeaders(field);
    findings.push(
      cellFinding(view, "column_missing", headerCell, {
        zh: `名册缺少必需的“${usual[0] ?? field}”列（可用列名：${usual.join("、")}）`,
        en: `The roster has no "${usual[0] ?? field}" column (accepted headers: ${usual.join(", ")})`,
      }),
    );
  }
  const rows: RosterRow[] = [];
  const span = new DataRowSpan();
  const nameColumn = columns.get("name");
  for (let r = header.bottom + 1; nameColumn && r < view.rowCount; r++) {
    if (rowKind(view, r, nameColumn.c) !== "data") continue;
    const name = rosterName(view, r, nameColumn);
    if (name === "") {
      findings.push(...namelessRow(view, r, nameColumn.c));
      continue;
    }
    const read = readRosterRow(view, r, columns, `R${idsBefore + rows.length + 1}`, name);
    rows.push(read.row);
    findings.push(...read.findings);
    span.add(view.sheetRow(r));
  }
  return {
    rows,
    mapping: columnMapping(view, "roster", header, span.span, corrected.columns),
    findings,
    yearHint: titleYear(view, header),
  };
}

import type { Finding } from "../findings/finding";
import type { RosterRow } from "../model/roster";
import type { SheetGrid } from "../model/sheetGrid";
import type { ColumnMapping, MappingOverride } from "./columnMapping";
import type { CombinedColumn } from "./combinedColumn";
import { GridView } from "./gridView";
import { headerColumnOverrides, type HeaderOverride } from "./headerOverrides";
import type { HeaderLayout } from "./headerLayout";
import { UNIT_POSITION } from "./headerVocabulary";
import { isNameNote } from "./nameNote";
import { namelessRow } from "./namelessRow";
import { applyOverrides, columnMapping, DataRowSpan, type ReadColumn } from "./readColumn";
import { closestRow, rosterRowText } from "./closestRow";
import { cellFinding, distinctFindings } from "./readerFindings";
import { isRosterColumnField, mapRosterColumns, rosterFieldColumns } from "./rosterColumns";
import { readRosterRow, rosterName } from "./rosterRow";
import { ColumnTable } from "./rowSource";
import { rowKind } from "./rowKind";
import { analyseSheet, type SheetAnalysis } from "./sheetAnalysis";
import { sheetNotes, titleYear } from "./sheetNotes";
import { unitInTeamName } from "./subjectName";
import { cellText, normaliseUnit } from "./textNormalise";
import { unreadableWorkbooks } from "./unreadable";
import { unusedColumns } from "./unusedColumns";
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

/** A roster sheet with its columns after the user's corrections. */
interface RosterSheet {
  view: GridView;
  header: HeaderLayout;
  columns: ReadColumn[];
  overrideFindings: Finding[];
}

export interface RosterOptions {
  overrides?: MappingOverride[];
  /** Corrections by header text (`--map`, 列映射); those by column number win over them. */
  headerOverrides?: HeaderOverride[];
}

// The names a message lists for a missing column: the usual ones, not the whole vocabulary.
const LISTED_HEADERS = 6;

/**
 * Reads every roster sheet of the given grids into roster rows `R1…Rn` in reading order.
 * Ballot sheets and Kaohe's own sheets are passed over; a workbook without any roster sheet
 * gets a `header_not_found` error. A sheet whose header has a name column but no unit is read
 * with a `column_missing` error — unless another sheet of the same workbook is a complete
 * roster, in which case it is a side table (`sheet_skipped`).
 */
export function readRoster(grids: SheetGrid[], options: RosterOptions = {}): RosterReading {
  const sheetRows: RosterRow[][] = [];
  let rowsRead = 0;
  const mappings: ColumnMapping[] = [];
  const findings: Finding[] = [];
  let yearHint: number | null = null;
  const analyses = grids.map(analyseSheet);
  const sheets = analyses.flatMap((analysis) => rosterSheet(analysis, options));
  const completeFiles = new Set(sheets.filter(hasUnit).map((sheet) => sheet.view.file));
  // Only a 所在单位及职务 column is split by them: a roster without one reads no cell twice.
  const knownUnits = sheets.some((sheet) => combinedColumnOf(sheet) !== undefined)
    ? unitsKnown(sheets)
    : new Set<string>();
  for (const sheet of sheets) {
    if (!hasUnit(sheet) && completeFiles.has(sheet.view.file)) {
      findings.push(skippedSideTable(sheet));
      continue;
    }
    const read = readRosterSheet(sheet, knownUnits, rowsRead);
    sheetRows.push(read.rows);
    rowsRead += read.rows.length;
    mappings.push(read.mapping);
    findings.push(...read.findings);
    yearHint ??= read.yearHint;
  }
  findings.push(...unreadableWorkbooks(analyses, (role) => role === "roster", ROSTER_WANTED, rosterRowText));
  // One list at its full length: a spread of a sheet's rows into push passed 20,000 arguments.
  const rows = ([] as RosterRow[]).concat(...sheetRows);
  return { rows, mappings, findings: distinctFindings(findings), yearHint };
}

function rosterSheet(analysis: SheetAnalysis, options: RosterOptions): RosterSheet[] {
  if (analysis.role !== "roster" || !analysis.header) return [];
  const { view, header } = analysis;
  const overrides = [
    ...headerColumnOverrides(view, header, options.headerOverrides ?? [], isRosterColumnField),
    ...(options.overrides ?? []),
  ];
  const corrected = applyOverrides(view, header, mapRosterColumns(view, header), overrides, isRosterColumnField);
  return [{ view, header, columns: corrected.columns, overrideFindings: corrected.findings }];
}

function hasUnit(sheet: RosterSheet): boolean {
  return sheet.columns.some((col) => col.field === "unit" || col.field === UNIT_POSITION);
}

/** The 所在单位及职务 column, which holds a unit and a post in one cell. */
function combinedColumnOf(sheet: RosterSheet): ReadColumn | undefined {
  return sheet.columns.find((col) => col.field === UNIT_POSITION);
}

/** Units written in unit columns and in team names (X领导班子), to split 所在单位及职务 cells by. */
function unitsKnown(sheets: readonly RosterSheet[]): Set<string> {
  const units = new Set<string>();
  for (const { view, header, columns } of sheets) {
    const unit = columns.find((col) => col.field === "unit");
    const name = columns.find((col) => col.field === "name");
    for (let r = header.bottom + 1; r < view.rowCount; r++) {
      if (unit) units.add(normaliseUnit(cellText(view.label(r, unit.c))));
      if (name) units.add(unitInTeamName(normaliseUnit(cellText(view.label(r, name.c)))) ?? "");
    }
  }
  units.delete("");
  return units;
}

function skippedSideTable(sheet: RosterSheet): Finding {
  const { view, header } = sheet;
  return cellFinding(view, "sheet_skipped", view.address(header.top, sheet.columns[0]?.c ?? 0), {
    zh: `工作表“${view.sheet}”第${view.sheetRow(header.top)}行的表头有“姓名”但没有“单位”列，本工作簿另有完整的干部名册，该表未作为名册读取`,
    en: `The header on row ${view.sheetRow(header.top)} of sheet "${view.sheet}" has 姓名 but no unit column; the workbook holds a complete roster elsewhere, so this sheet was not read as a roster`,
  });
}

function readRosterSheet(sheet: RosterSheet, knownUnits: ReadonlySet<string>, idsBefore: number): SheetReading {
  const { view, header } = sheet;
  const columns = rosterFieldColumns(sheet.columns);
  const combinedColumn = combinedColumnOf(sheet);
  const combined: CombinedColumn | null = combinedColumn ? { column: combinedColumn, knownUnits } : null;
  const findings: Finding[] = [
    ...sheetNotes(view, header, sheet.columns),
    ...sheet.overrideFindings,
    ...unusedColumns(view, sheet.columns),
  ];
  const headerCell = sheet.columns[0]?.cell ?? view.address(header.bottom, 0);
  findings.push(...missingColumns(view, headerCell, columns.has("name"), columns.has("unit") || combined !== null));
  const rows: RosterRow[] = [];
  const noteRows: number[] = [];
  const span = new DataRowSpan();
  const nameColumn = columns.get("name");
  const sheetTables = new ColumnTable();
  for (let r = header.bottom + 1; nameColumn && r < view.rowCount; r++) {
    if (rowKind(view, r, nameColumn.c) !== "data") continue;
    if (isNameNote(view, r, nameColumn.c)) {
      noteRows.push(r);
      continue;
    }
    const name = rosterName(view, r, nameColumn);
    if (name === "") {
      findings.push(...namelessRow(view, r, nameColumn.c));
      continue;
    }
    const read = readRosterRow(view, r, columns, sheetTables, `R${idsBefore + rows.length + 1}`, name, combined);
    rows.push(read.row);
    findings.push(...read.findings);
    span.add(view.sheetRow(r));
  }
  if (noteRows.length > 0 && nameColumn) findings.push(notesPassedOver(view, nameColumn, noteRows));
  if (rows.length === 0 && nameColumn) findings.push(rosterEmpty(view, nameColumn));
  return {
    rows,
    mapping: columnMapping(view, "roster", header, span.span, sheet.columns),
    findings,
    yearHint: titleYear(view, header),
  };
}

function missingColumns(view: GridView, headerCell: string, hasName: boolean, hasUnitColumn: boolean): Finding[] {
  const missing = [...(hasName ? [] : ["name"]), ...(hasUnitColumn ? [] : ["unit"])];
  return missing.map((field) => {
    const usual = canonicalHeaders(field).slice(0, LISTED_HEADERS);
    return cellFinding(view, "column_missing", headerCell, {
      zh: `名册缺少必需的“${usual[0] ?? field}”列（可用列名如：${usual.join("、")}${field === "unit" ? "，或“所在单位及职务”" : ""}），该表各行的${field === "unit" ? "单位" : "姓名"}无法读取`,
      en: `The roster has no "${usual[0] ?? field}" column (accepted headers include: ${usual.join(", ")}${field === "unit" ? ', or "所在单位及职务"' : ""}); no row's ${field === "unit" ? "unit" : "name"} can be read`,
    });
  });
}

/** Instruction lines in the name column are passed over: one information finding per sheet says so. */
function notesPassedOver(view: GridView, nameColumn: ReadColumn, gridRows: readonly number[]): Finding {
  const rows = gridRows.map((r) => view.sheetRow(r));
  const listed = rows.slice(0, 5);
  const more = rows.length > listed.length;
  return cellFinding(view, "note", view.fixAddress(gridRows[0] ?? 0, nameColumn.c), {
    zh: `“${nameColumn.header}”列第${listed.join("、")}行${more ? "等" : ""}是说明文字，不是人员，未读取`,
    en: `Rows ${listed.join(", ")}${more ? "…" : ""} of the "${nameColumn.header}" column hold notes, not people, and were not read`,
  });
}

function rosterEmpty(view: GridView, nameColumn: ReadColumn): Finding {
  return cellFinding(view, "roster_empty", nameColumn.cell, {
    zh: `工作表“${view.sheet}”的名册表头下没有人员行`,
    en: `The roster header of sheet "${view.sheet}" has no rows of people under it`,
  });
}

/** The command line's refusal when no roster header is found: the closest row, what it has and lacks. */
export function rosterRefusal(file: string, grids: readonly SheetGrid[]): { zh: string; en: string } {
  const closest = rosterRowText(closestRow(grids.map((grid) => new GridView(grid))));
  return {
    zh: `${file}中没有找到干部名册表头（含“姓名”“单位”等列的一行）${closest.zh}`,
    en: `No sheet of ${file} has a roster header (a row with columns such as 姓名 and 单位)${closest.en}`,
  };
}

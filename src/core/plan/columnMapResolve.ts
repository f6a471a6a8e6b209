import { makeFinding, type Finding } from "../findings/finding";
import type { SheetGrid } from "../model/sheetGrid";
import type { ColumnMapping, MappingOverride } from "../reader/columnMapping";
import { fieldLabel, fieldOfText, UNUSED_LABEL } from "../reader/fieldNames";
import { appliesToSheet, type HeaderOverride } from "../reader/headerOverrides";
import { normaliseHeader } from "../reader/textNormalise";
import { readColumnMap, type ColumnMapEntry } from "./columnMapRead";
import type { ColumnMapRow } from "./columnMapSheet";
import { kindOfGrid } from "./kaoheSheetContent";

/**
 * The corrections of a review (CONTRACT.md §2): the 列映射 rows of a reviewed workbook, each
 * replaced by a `--map` on the same header; after reading, the corrections made in the task pane
 * join them, and all are written back to 列映射 with where each applied.
 */
export interface ColumnMapSources {
  /** The roster workbook's Kaohe sheets: a 考核规则 among them holds 列映射. */
  kaoheGrids: readonly SheetGrid[];
  /** `--map`: for every sheet. */
  commandLine: readonly HeaderOverride[];
}

export interface ColumnMapResolution {
  /** In the table's order, command-line corrections in place of the rows they replace; invalid rows kept. */
  entries: ColumnMapEntry[];
  findings: Finding[];
}

const keyOf = (header: string) => normaliseHeader(header);

export function resolveColumnMap(sources: ColumnMapSources): ColumnMapResolution {
  const grid = sources.kaoheGrids.find((g) => kindOfGrid(g) === "rules");
  const table = grid === undefined ? { entries: [], findings: [] } : readColumnMap(grid);
  const given = new Map<string, ColumnMapEntry>();
  for (const o of sources.commandLine) given.set(keyOf(o.header), { header: o.header, sheet: o.sheet, field: o.field });
  const entries: ColumnMapEntry[] = [];
  const placed = new Set<string>();
  for (const row of table.entries) {
    const replacement = given.get(keyOf(row.header));
    if (replacement === undefined) entries.push(row);
    else if (!placed.has(keyOf(row.header))) {
      entries.push(replacement);
      placed.add(keyOf(row.header));
    }
  }
  for (const [key, entry] of given) if (!placed.has(key)) entries.push(entry);
  // A row replaced by --map takes its finding with it.
  const replaced = new Set(table.entries.filter((e) => given.has(keyOf(e.header))).map((e) => e.origin?.fieldCell));
  const findings = table.findings.filter((f) => !replaced.has(f.cell));
  return { entries, findings };
}

/** The entries the readers apply: every valid one. */
export function appliedOverrides(entries: readonly ColumnMapEntry[]): HeaderOverride[] {
  return entries
    .filter((e) => e.invalidText === undefined)
    .map((e) => ({ header: e.header, sheet: e.sheet, field: e.field }));
}

/** What the review did with the corrections: the rows 列映射 shows, and a warning for each that applied nowhere. */
export function columnMapOutcome(
  entries: readonly ColumnMapEntry[],
  columnOverrides: readonly MappingOverride[],
  mappings: readonly ColumnMapping[],
  rosterFile: string,
): { rows: ColumnMapRow[]; findings: Finding[] } {
  const all = withPaneCorrections(entries, columnOverrides, mappings);
  const findings: Finding[] = [];
  const rows = all.map((entry): ColumnMapRow => {
    const base = { header: entry.header, field: entry.field, sheet: entry.sheet };
    if (entry.invalidText !== undefined) return { ...base, fieldText: entry.invalidText, note: "字段无效，此行未使用" };
    const places = appliedAt(entry, mappings, rosterFile);
    if (places.length > 0) return { ...base, note: `已用于 ${shortList(places)}` };
    const { finding, why } = unmatched(entry, mappings, rosterFile);
    findings.push(finding);
    return { ...base, note: `本次未使用：${why}` };
  });
  return { rows, findings };
}

/**
 * The task pane's corrections by column, as corrections by the column's header in its sheet, in
 * place of a row for the same header and sheet. A raw ballot column renamed to a subject stays a
 * correction by column: a name is no field 列映射 could read back.
 */
function withPaneCorrections(
  entries: readonly ColumnMapEntry[],
  overrides: readonly MappingOverride[],
  mappings: readonly ColumnMapping[],
): ColumnMapEntry[] {
  const result = [...entries];
  for (const o of overrides) {
    if (o.field !== null && fieldOfText(o.field) !== o.field) continue;
    const column = mappings.find((m) => m.file === o.file && m.sheet === o.sheet)?.columns.find((c) => c.col === o.col);
    if (column === undefined || keyOf(column.header) === "") continue;
    const entry: ColumnMapEntry = { header: column.header.trim(), sheet: o.sheet, field: o.field };
    const same = result.findIndex((e) => keyOf(e.header) === keyOf(entry.header) && e.sheet === o.sheet);
    if (same >= 0) result[same] = entry;
    else result.push(entry);
  }
  return result;
}

/** The header cells where the correction made the column what it says, as `名册!E4`. */
function appliedAt(entry: ColumnMapEntry, mappings: readonly ColumnMapping[], rosterFile: string): string[] {
  const key = keyOf(entry.header);
  return mappings.flatMap((m) =>
    appliesToSheet(entry, m.sheet)
      ? m.columns
          .filter((c) => keyOf(c.header) === key && c.confidence === "override" && c.field === entry.field)
          .map((c) => `${m.file === rosterFile ? "" : `${m.file} `}${m.sheet}!${c.cell}`)
      : [],
  );
}

function shortList(places: readonly string[]): string {
  return places.length <= 3 ? places.join("、") : `${places.slice(0, 3).join("、")} 等 ${places.length} 处`;
}

/** The warning for a correction that applied nowhere, and why in a few words for 说明. */
function unmatched(
  entry: ColumnMapEntry,
  mappings: readonly ColumnMapping[],
  rosterFile: string,
): { finding: Finding; why: string } {
  const key = keyOf(entry.header);
  const headed = mappings.some((m) => appliesToSheet(entry, m.sheet) && m.columns.some((c) => keyOf(c.header) === key));
  const label = entry.field === null ? UNUSED_LABEL : fieldLabel(entry.field);
  const scope = entry.sheet === null ? "" : `工作表“${entry.sheet}”中`;
  const why = headed ? `${scope}“${entry.header}”列不能设为“${label}”` : `${scope}没有表头为“${entry.header}”的列`;
  const whyEn = headed
    ? `the column "${entry.header}" cannot become "${label}"${entry.sheet === null ? "" : ` in sheet ${entry.sheet}`}`
    : `no column is headed "${entry.header}"${entry.sheet === null ? "" : ` in sheet ${entry.sheet}`}`;
  const { origin } = entry;
  const where =
    origin === undefined ? { file: rosterFile } : { file: origin.file, sheet: origin.sheet, cell: origin.cell };
  const finding = makeFinding("mapping_unmatched", where, {
    zh: `列映射更正“${entry.header} → ${label}”未使用：${why}`,
    en: `Column mapping correction "${entry.header} → ${label}" not applied: ${whyEn}`,
  });
  return { finding, why };
}

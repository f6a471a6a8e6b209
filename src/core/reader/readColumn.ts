import type { Finding } from "../findings/finding";
import type { ColumnMapping, MappedColumn, MappingOverride, SheetRole } from "./columnMapping";
import type { GridView } from "./gridView";
import type { HeaderColumn, HeaderLayout } from "./headerLayout";
import type { LevelSetName } from "./levelVocabulary";
import { cellFinding } from "./readerFindings";

/** A mapped column with what the layout readers need besides what the task pane shows. */
export interface ReadColumn extends MappedColumn {
  /** 0-based grid column. */
  readonly c: number;
  /** For `level0`…`level3`: the set its header named; null when the position alone decides (an override). */
  readonly levelSet: LevelSetName | null;
  /** Grid column where its group starts (two-row headers), so that two groups never mix. */
  readonly groupStart: number | null;
  readonly groupCell: string | null;
}

export function readColumn(
  view: GridView,
  col: HeaderColumn,
  field: string | null,
  confidence: MappedColumn["confidence"],
  levelSet: LevelSetName | null = null,
): ReadColumn {
  return {
    col: view.sheetCol(col.c),
    cell: col.address,
    header: col.text,
    group: col.group,
    field,
    confidence: field === null ? null : confidence,
    c: col.c,
    levelSet,
    groupStart: col.groupStart,
    groupCell: col.groupAddress,
  };
}

/**
 * Applies the user's corrections for this sheet: the column becomes the field (or is ignored),
 * and no other column of the same group keeps that field. An override naming a field the layout
 * does not know is reported and left out rather than guessed at.
 */
export function applyOverrides(
  view: GridView,
  header: HeaderLayout,
  columns: readonly ReadColumn[],
  overrides: readonly MappingOverride[],
  isKnownField: (field: string) => boolean,
): { columns: ReadColumn[]; findings: Finding[] } {
  let result = [...columns];
  const findings: Finding[] = [];
  for (const override of overrides) {
    if (override.file !== view.file || override.sheet !== view.sheet) continue;
    const c = override.col - view.grid.originCol;
    const cell = view.address(header.bottom, Math.max(0, c));
    if (c < 0 || c >= view.colCount || (override.field !== null && !isKnownField(override.field))) {
      findings.push(unusableOverride(view, cell, override));
      continue;
    }
    const existing = result.find((col) => col.c === c);
    const base: ReadColumn = existing ?? {
      col: override.col,
      cell,
      header: "",
      group: null,
      field: null,
      confidence: null,
      c,
      levelSet: null,
      groupStart: null,
      groupCell: null,
    };
    const corrected: ReadColumn = { ...base, field: override.field, confidence: "override", levelSet: null };
    result = result
      .filter((col) => col.c !== c)
      .map((col) =>
        override.field !== null && col.field === override.field && col.groupStart === corrected.groupStart
          ? { ...col, field: null, confidence: null }
          : col,
      );
    result.push(corrected);
  }
  result.sort((a, b) => a.c - b.c);
  return { columns: result, findings };
}

function unusableOverride(view: GridView, cell: string, override: MappingOverride): Finding {
  const field = override.field ?? "忽略";
  return cellFinding(
    view,
    "note",
    cell,
    {
      zh: `列映射更正无法使用：第${override.col}列不能设为“${field}”`,
      en: `Column mapping correction not applied: column ${override.col} cannot become "${override.field ?? "ignored"}"`,
    },
    { severity: "warning" },
  );
}

/** The mapping shown in the task pane for one sheet. */
export function columnMapping(
  view: GridView,
  role: SheetRole,
  header: HeaderLayout,
  dataRows: [number, number] | null,
  columns: readonly ReadColumn[],
): ColumnMapping {
  const headerRows = header.bottom > header.top ? [header.top, header.bottom] : [header.top];
  return {
    file: view.file,
    sheet: view.sheet,
    role,
    headerRows: headerRows.map((r) => view.sheetRow(r)),
    dataRows,
    columns: columns.map(({ col, cell, header: text, group, field, confidence }) => ({
      col,
      cell,
      header: text,
      group,
      field,
      confidence,
    })),
  };
}

/** Tracks the first and last data rows read, in sheet rows. */
export class DataRowSpan {
  private first: number | null = null;
  private last: number | null = null;

  add(sheetRow: number): void {
    if (this.first === null) this.first = sheetRow;
    this.last = sheetRow;
  }

  get span(): [number, number] | null {
    return this.first === null || this.last === null ? null : [this.first, this.last];
  }
}

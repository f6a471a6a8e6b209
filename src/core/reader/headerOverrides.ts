import type { MappingOverride } from "./columnMapping";
import type { GridView } from "./gridView";
import type { HeaderLayout } from "./headerLayout";
import { normaliseHeader } from "./textNormalise";

/**
 * A correction by header text (`--map 现职时间=任现职时间`, a row of 列映射): wherever a column is
 * headed so, it is this field, or unused. Unlike a correction by column number it survives a
 * column moved or inserted next year, which is why the reviewed workbook keeps these.
 */
export interface HeaderOverride {
  /** The header as written; matched after normalising (CONTRACT.md §1). */
  header: string;
  /** Only in sheets of this name; null for every sheet of every workbook. */
  sheet: string | null;
  /** A field (ROSTER_FIELDS, TALLY_FIELDS), or null to leave the column unused. */
  field: string | null;
}

/** Whether a correction applies to a sheet: a correction naming the sheet, or one for every sheet. */
export function appliesToSheet(override: HeaderOverride, sheet: string): boolean {
  return override.sheet === null || override.sheet.trim() === sheet.trim();
}

/**
 * The header corrections of one sheet as corrections of its columns. A correction for this
 * sheet wins over one for every sheet on the same header. A field goes to the first column so
 * headed in each group (the reader's rule for repeated headers); "unused" to all of them. A
 * field the layout cannot take is passed over here: the same correction may be meant for
 * another workbook, and one that fits nowhere is reported once by the caller.
 */
export function headerColumnOverrides(
  view: GridView,
  header: HeaderLayout,
  overrides: readonly HeaderOverride[],
  isKnownField: (field: string) => boolean,
): MappingOverride[] {
  const byKey = new Map<string, HeaderOverride>();
  for (const override of overrides) {
    if (!appliesToSheet(override, view.sheet)) continue;
    const key = normaliseHeader(override.header);
    if (key === "" || (override.field !== null && !isKnownField(override.field))) continue;
    const current = byKey.get(key);
    if (current === undefined || (current.sheet === null && override.sheet !== null)) byKey.set(key, override);
  }
  if (byKey.size === 0) return [];
  const result: MappingOverride[] = [];
  const given = new Set<string>();
  for (const col of header.columns) {
    const override = byKey.get(col.key);
    if (override === undefined) continue;
    const slot = `${col.key}\u0000${col.groupStart ?? ""}`;
    if (override.field !== null && given.has(slot)) continue;
    given.add(slot);
    result.push({ file: view.file, sheet: view.sheet, col: view.sheetCol(col.c), field: override.field });
  }
  return result;
}

import { makeFinding, type Finding } from "../findings/finding";
import type { SheetGrid } from "../model/sheetGrid";
import { correctionField, fieldLabels, UNUSED_LABEL } from "../reader/fieldNames";
import { COLUMN_MAP_HEADERS, COLUMN_MAP_REQUIRED } from "./columnMapSheet";
import { cellText, findGridTable, gridAddress, gridCell } from "./gridCells";

/**
 * 列映射 read back from 考核规则 on a re-run (columnMapSheet.ts writes it): each row with a
 * header is a correction. A row whose 字段 names no field is reported at that cell and kept
 * (written back as typed) but not applied, so nothing is guessed.
 */
export interface ColumnMapEntry {
  header: string;
  sheet: string | null;
  /** Null: leave the column unused. */
  field: string | null;
  /** Set when 字段 names no field: the text as typed; the entry is then not applied. */
  invalidText?: string;
  /** Where the row was read from: its 表头 cell and its 字段 cell; absent for a command-line correction. */
  origin?: { file: string; sheet: string; cell: string; fieldCell: string };
}

export interface ColumnMapReading {
  entries: ColumnMapEntry[];
  findings: Finding[];
}

/** 0-based grid row of the block's header, or null when the sheet has no 列映射. */
export function columnMapHeaderIndex(grid: SheetGrid): number | null {
  return findGridTable(grid, COLUMN_MAP_REQUIRED)?.headerIndex ?? null;
}

export function readColumnMap(grid: SheetGrid): ColumnMapReading {
  const table = findGridTable(grid, COLUMN_MAP_REQUIRED);
  if (table === null) return { entries: [], findings: [] };
  const col = (h: string) => table.columns.get(h) ?? -1;
  const entries: ColumnMapEntry[] = [];
  const findings: Finding[] = [];
  for (let r = table.headerIndex + 1; r < grid.values.length; r++) {
    const header = cellText(gridCell(grid, r, col(COLUMN_MAP_HEADERS.header)));
    if (header === "") continue;
    const fieldText = cellText(gridCell(grid, r, col(COLUMN_MAP_HEADERS.field)));
    const sheet = cellText(gridCell(grid, r, col(COLUMN_MAP_HEADERS.sheet)));
    const origin = {
      file: grid.file,
      sheet: grid.sheet,
      cell: gridAddress(grid, r, col(COLUMN_MAP_HEADERS.header)),
      fieldCell: gridAddress(grid, r, col(COLUMN_MAP_HEADERS.field)),
    };
    const field = fieldText === "" ? undefined : correctionField(fieldText);
    const entry = { header, sheet: sheet === "" ? null : sheet, origin };
    if (field !== undefined) {
      entries.push({ ...entry, field });
      continue;
    }
    entries.push({ ...entry, field: null, invalidText: fieldText });
    findings.push(invalidRow(grid, origin.fieldCell, header, fieldText));
  }
  return { entries, findings };
}

function invalidRow(grid: SheetGrid, cell: string, header: string, text: string): Finding {
  const valid = [...fieldLabels(), UNUSED_LABEL];
  const what = text === "" ? "没有填写字段" : `的字段“${text}”不是可用的字段`;
  return makeFinding(
    "mapping_invalid",
    { file: grid.file, sheet: grid.sheet, cell },
    {
      zh: `列映射中表头“${header}”${what}，此行未使用（可用字段：${valid.join("、")}）`,
      en: `列映射: the row for header "${header}" ${text === "" ? "names no field" : `names no known field ("${text}")`} and is not applied (fields: ${valid.join(", ")})`,
    },
  );
}

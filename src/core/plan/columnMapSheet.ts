import { a1 } from "../model/address";
import { fieldLabel, fieldLabels, UNUSED_LABEL } from "../reader/fieldNames";
import { HEADER_FILL } from "./kaoheSheets";
import { textCell } from "./planCells";
import type { PlanLooseCell, PlanValidation } from "./writePlan";

/**
 * 列映射 on 考核规则 (CONTRACT.md §3): the corrections of the column mapping, one row per source
 * header, below the rules table. It is cells rather than a second Excel table so that every host
 * writes it as it writes a title, and the rules' table and defined names keep their places.
 * A clerk may edit, add or delete rows; a re-run reads them back (columnMapRead.ts).
 */
export const COLUMN_MAP_TITLE = "列映射";
export const COLUMN_MAP_HEADERS = { header: "表头", field: "字段", sheet: "工作表", note: "说明" } as const;
/** Columns of the block, 1-based: under the rules table's 键, 规则, 值 and 数值, whose widths suit them. */
const COL = { header: 1, field: 2, sheet: 3, note: 4 } as const;
/** Blank rows below the corrections that still offer the field drop-down, for a clerk's additions. */
const SPARE_ROWS = 20;
/** Excel refuses an explicit list longer than this; a longer one is left to the read-back's findings. */
const MAX_LIST_CHARS = 255;

/** One row of 列映射 as written. */
export interface ColumnMapRow {
  header: string;
  /** Null: the column is left unused. */
  field: string | null;
  /** The 字段 text when it names no field: written back as typed so the clerk can fix it. */
  fieldText?: string;
  sheet: string | null;
  /** 说明: where the correction applied in this run, or why it did not. */
  note: string;
}

export function columnMapCells(
  rows: readonly ColumnMapRow[],
  top: number,
): { loose: PlanLooseCell[]; validations: PlanValidation[] } {
  const headerRow = top + 2;
  const loose: PlanLooseCell[] = [
    { row: top, col: 1, value: `${COLUMN_MAP_TITLE}（表头 → 字段）`, bold: true },
    {
      row: top + 1,
      col: 1,
      value: `按表头更正列的含义：“字段”填字段名（如 提拔时间）或“${UNUSED_LABEL}”，“工作表”留空即适用于所有工作表；重新运行考核助手时读回，命令行 --map 覆盖同一表头的行。`,
    },
    ...(Object.keys(COL) as Array<keyof typeof COL>).map((key) => ({
      row: headerRow,
      col: COL[key],
      value: COLUMN_MAP_HEADERS[key],
      bold: true,
      fill: key === "note" ? HEADER_FILL.value : HEADER_FILL.input,
    })),
  ];
  rows.forEach((r, i) => {
    const row = headerRow + 1 + i;
    const field = r.fieldText ?? (r.field === null ? UNUSED_LABEL : fieldLabel(r.field));
    const cells: Array<[number, string | null]> = [
      [COL.header, r.header],
      [COL.field, field],
      [COL.sheet, r.sheet],
      [COL.note, r.note],
    ];
    for (const [col, text] of cells) {
      const cell = textCell(text);
      if (cell.value !== null) loose.push({ row, col, ...cell });
    }
  });
  return { loose, validations: fieldValidation(headerRow + 1, headerRow + rows.length + SPARE_ROWS) };
}

function fieldValidation(first: number, last: number): PlanValidation[] {
  const labels = [...fieldLabels(), UNUSED_LABEL];
  const list = `"${labels.join(",")}"`;
  if (list.length > MAX_LIST_CHARS) return [];
  return [
    {
      ref: `${a1(first, COL.field)}:${a1(last, COL.field)}`,
      list,
      error: `请从列表中选择字段，或选“${UNUSED_LABEL}”`,
    },
  ];
}

/** The block's header row, for reading it back: 表头, 字段 and 工作表 in one row. */
export const COLUMN_MAP_REQUIRED = [COLUMN_MAP_HEADERS.header, COLUMN_MAP_HEADERS.field, COLUMN_MAP_HEADERS.sheet];

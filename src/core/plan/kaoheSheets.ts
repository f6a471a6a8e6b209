/**
 * The sheets Kaohe owns in a reviewed workbook, where their tables start, and the colours that
 * explain a row. Every sheet has the same frame: a title in row 1, the colour legend in row 2,
 * a hint in row 3 and the table's header in row 4, so a leader finds the explanation above the
 * numbers wherever they look.
 */
export const SUMMARY_SHEET = "汇总";
export const RULES_SHEET = "考核规则";
export const SUBJECTS_SHEET = "考核对象";
export const TALLIES_SHEET = "测评明细";
export const QUOTAS_SHEET = "单位名额";
export const FINDINGS_SHEET = "问题清单";

/** In the order they follow the roster's own sheets: what a leader reads first comes first. */
export const KAOHE_SHEET_NAMES = [
  SUMMARY_SHEET,
  SUBJECTS_SHEET,
  QUOTAS_SHEET,
  FINDINGS_SHEET,
  TALLIES_SHEET,
  RULES_SHEET,
] as const;

export const TITLE_ROW = 1;
export const LEGEND_ROW = 2;
export const HINT_ROW = 3;
/** The header row of every Kaohe table; data starts on the next row. */
export const HEADER_ROW = 4;
export const FIRST_DATA_ROW = HEADER_ROW + 1;

/** Highlight colours (CONTRACT.md §3), `RRGGBB`, strongest first. */
export const HIGHLIGHT = {
  red: "FF9C9C",
  orange: "FFC878",
  yellow: "FFF2A0",
  purple: "D8C4F0",
} as const;

export const TAB_COLOR = {
  summary: "7030A0",
  rules: "7F7F7F",
  subjects: "2E75B6",
  tallies: "548235",
  quotas: "BF8F00",
  findings: "C00000",
} as const;

/** Fill of the one column a clerk is meant to edit (建议等次). */
export const INPUT_FILL = "E2EFDA";

/**
 * Header fill by what a column holds, so both hosts draw a Kaohe table alike: blue for values
 * the core read (a clerk may correct them), grey for formulas, green for the clerk's input.
 */
export const HEADER_FILL = { value: "DDEBF7", formula: "E7E6E6", input: INPUT_FILL } as const;

/**
 * Where every cell of a Kaohe table, header and data, sits in its row's height. A row grows to
 * the lines of its wrapped columns (说明); centred, its one-line cells sit level with them instead
 * of at the bottom, which is each program's default and reads as a ragged row on paper. Every
 * host writes this on the table's whole range, so the rule holds wrapped or not.
 */
export const TABLE_VERTICAL_ALIGNMENT = "center";

/** The last data row of a table with `count` rows; a table always spans at least one row. */
export function lastDataRow(count: number): number {
  return FIRST_DATA_ROW + Math.max(count, 1) - 1;
}

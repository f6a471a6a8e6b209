import type { TallyCheck } from "../assess/assessment";
import { OVERALL_ITEM } from "../model/tally";
import type { TeamLevelSet } from "../rules/levels";
import type { TableColumns } from "./columns";
import { FIRST_DATA_ROW, HEADER_ROW, TALLIES_SHEET, TAB_COLOR, TITLE_ROW } from "./kaoheSheets";
import { conditionalFormats, legendCells, MEANING, type Highlight } from "./legend";
import { cachedCell, numberCell, textCell } from "./planCells";
import { tallyColumns, type TallyColumn } from "./tallyColumns";
import { tallyFormulas } from "./tallyFormulas";
import { isTallyDataError } from "./subjectVoteCache";
import type { PlanCell, PlanSheetContent } from "./writePlan";

/**
 * 测评明细: one row per tally row the reader found, in reading order, with its source cell.
 * Ballot findings link here. The core's decisions are the cached values of the check formulas,
 * so a viewer that does not recalculate shows exactly what the core decided. The checks are the
 * same on every row, so each check column carries its formula once, for the first data row.
 */
export function talliesSheet(tallies: readonly TallyCheck[], teamLevelSet: TeamLevelSet): PlanSheetContent {
  const cols = tallyColumns(teamLevelSet);
  const rows = tallies.map((check) => tallyRow(cols, check));
  // An empty table is written as one blank row, without formulas.
  const formulas = rows.length === 0 ? {} : tallyFormulas(cols, FIRST_DATA_ROW);
  const lastRow = FIRST_DATA_ROW + Math.max(rows.length, 1) - 1;
  const highlights: Highlight[] = [
    { color: "purple", formula: `${cols.rowRef("dataError", FIRST_DATA_ROW)}="是"`, meaning: MEANING.purple },
  ];
  return {
    name: TALLIES_SHEET,
    tabColor: TAB_COLOR.tallies,
    table: { name: "KaoheTallies", anchorRow: HEADER_ROW, anchorCol: 1, columns: cols.planColumns(formulas), rows },
    loose: [
      { row: TITLE_ROW, col: 1, value: "民主测评明细（每行一个对象、评价主体和测评项目）", bold: true },
      ...legendCells(highlights),
    ],
    conditionalFormats: conditionalFormats(`A${FIRST_DATA_ROW}:${cols.letter("source")}${lastRow}`, highlights),
    validations: [],
    freeze: { rows: HEADER_ROW, cols: 3 },
  };
}

function tallyRow(cols: TableColumns<TallyColumn>, check: TallyCheck): PlanCell[] {
  const { tally, problems } = check;
  const has = (p: TallyCheck["problems"][number]) => problems.includes(p);
  const yes = (p: TallyCheck["problems"][number]) => (has(p) ? "是" : "");
  const item = tally.item?.trim() ?? "";
  const levelSum = tally.counts.reduce<number>((sum, n) => sum + (n ?? 0), 0);
  const excluded = [has("subject_duplicate") ? "重复" : "", has("subject_unknown") ? "未匹配名册" : ""].filter(Boolean);
  const cell = tally.source.cells["name"] ?? `A${tally.source.row}`;
  return cols.row({
    id: textCell(tally.id),
    subjectId: textCell(tally.subjectId),
    name: textCell(tally.subjectName),
    unit: textCell(tally.subjectUnit),
    category: textCell(tally.category),
    item: textCell(item),
    expected: numberCell(tally.expected),
    issued: numberCell(tally.issued),
    returned: numberCell(tally.returned),
    valid: numberCell(tally.valid),
    level0: numberCell(tally.counts[0]),
    level1: numberCell(tally.counts[1]),
    level2: numberCell(tally.counts[2]),
    level3: numberCell(tally.counts[3]),
    abstain: numberCell(tally.abstain),
    excluded: textCell(excluded.join("、")),
    overall: cachedCell(item === "" || item === OVERALL_ITEM ? 1 : 0),
    counted: cachedCell(tally.valid ?? levelSum + (tally.abstain ?? 0)),
    countInvalid: cachedCell(yes("count_invalid")),
    sumOver: cachedCell(yes("sum_exceeds_valid")),
    validOver: cachedCell(yes("valid_exceeds_returned")),
    returnedOver: cachedCell(yes("returned_exceeds_issued")),
    turnoutLow: cachedCell(yes("turnout_low")),
    dataError: cachedCell(isTallyDataError(check) ? "是" : ""),
    included: cachedCell(check.included ? 1 : 0),
    source: textCell(`${tally.source.file} ${tally.source.sheet}!${cell}`),
  });
}

/** Where each tally's row is in 测评明细, for links from findings and for the subject rows. */
export function tallyRowsBySource(tallies: readonly TallyCheck[]): Map<string, number> {
  const rows = new Map<string, number>();
  tallies.forEach((check, i) => {
    const { file, sheet, row } = check.tally.source;
    const key = sourceKey(file, sheet, row);
    if (!rows.has(key)) rows.set(key, FIRST_DATA_ROW + i);
  });
  return rows;
}

export function sourceKey(file: string, sheet: string, row: number): string {
  return JSON.stringify([file, sheet, row]);
}

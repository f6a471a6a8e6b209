import type { TallyCheck } from "../assess/assessment";
import { OVERALL_ITEM } from "../model/tally";
import { sourceCell } from "../model/roster";
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
  const repeated = { subjectId: repeatedText(), name: repeatedText(), unit: repeatedText(), category: repeatedText() };
  const rows = tallies.map((check) => tallyRow(cols, check, repeated));
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

type Problem = TallyCheck["problems"][number];

/** 是 when the row has the problem, else "" (the check formulas' own results). */
function flag(problems: readonly Problem[], problem: Problem): string {
  return problems.includes(problem) ? "是" : "";
}

/**
 * Text cells of a column whose rows mostly repeat the row above (a subject's name, unit and id on
 * its five rows): the cell above is shared, frozen, instead of one more object each row among the
 * 100,000 rows of a district.
 */
function repeatedText(): (text: string | null) => PlanCell {
  let last: { text: string | null; cell: PlanCell } | null = null;
  return (text) => {
    if (last === null || last.text !== text) last = { text, cell: Object.freeze(textCell(text)) };
    return last.cell;
  };
}

function tallyRow(
  cols: TableColumns<TallyColumn>,
  check: TallyCheck,
  repeated: Record<"subjectId" | "name" | "unit" | "category", (text: string | null) => PlanCell>,
): PlanCell[] {
  const { tally, problems } = check;
  const item = tally.item?.trim() ?? "";
  const levelSum = tally.counts.reduce<number>((sum, n) => sum + (n ?? 0), 0);
  const duplicate = problems.includes("subject_duplicate");
  const unknown = problems.includes("subject_unknown");
  const excluded = duplicate && unknown ? "重复、未匹配名册" : duplicate ? "重复" : unknown ? "未匹配名册" : "";
  const cell = sourceCell(tally.source, "name") ?? `A${tally.source.row}`;
  return cols.row({
    id: textCell(tally.id),
    subjectId: repeated.subjectId(tally.subjectId),
    name: repeated.name(tally.subjectName),
    unit: repeated.unit(tally.subjectUnit),
    category: repeated.category(tally.category),
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
    excluded: textCell(excluded),
    overall: cachedCell(item === "" || item === OVERALL_ITEM ? 1 : 0),
    counted: cachedCell(tally.valid ?? levelSum + (tally.abstain ?? 0)),
    countInvalid: cachedCell(flag(problems, "count_invalid")),
    sumOver: cachedCell(flag(problems, "sum_exceeds_valid")),
    validOver: cachedCell(flag(problems, "valid_exceeds_returned")),
    returnedOver: cachedCell(flag(problems, "returned_exceeds_issued")),
    turnoutLow: cachedCell(flag(problems, "turnout_low")),
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

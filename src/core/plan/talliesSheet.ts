import type { TallyCheck } from "../assess/assessment";
import { OVERALL_ITEM } from "../model/tally";
import { sourceCell } from "../model/roster";
import type { TeamLevelSet } from "../rules/levels";
import type { TableColumns } from "./columns";
import { FIRST_DATA_ROW, HEADER_ROW, TALLIES_SHEET, TAB_COLOR, TITLE_ROW } from "./kaoheSheets";
import { conditionalFormats, legendCells, MEANING, type Highlight } from "./legend";
import { cachedCell, clipText, MAX_CELL_TEXT, numberCell, textCell } from "./planCells";
import { linesAfter, linesOf, measuredHead, type ColumnLines, type MeasuredHead } from "./rowHeights";
import { tallyColumns, type TallyColumn } from "./tallyColumns";
import { tallyFormulas } from "./tallyFormulas";
import { isTallyDataError } from "./subjectVoteCache";
import type { PlanCell, PlanRows, PlanSheetContent } from "./writePlan";

/**
 * 测评明细: one row per tally row the reader found, in reading order, with its source cell.
 * Ballot findings link here. The core's decisions are the cached values of the check formulas,
 * so a viewer that does not recalculate shows exactly what the core decided. The checks are the
 * same on every row, so each check column carries its formula once, for the first data row.
 */
export function talliesSheet(tallies: readonly TallyCheck[], teamLevelSet: TeamLevelSet): PlanSheetContent {
  const cols = tallyColumns(teamLevelSet);
  const rows = tallyRows(cols, tallies);
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

/**
 * The rows, each made from its tally check when a host reads it: a district's 100,000 rows of 26
 * cells, kept for the life of the plan, were copied twice by the collector before they reached the
 * old generation, and were about a fifth of what the review kept (209 → 162 MB at 20,000 cadres);
 * the checks they are made from are kept by the assessment anyway. A cell alone (`cell`) is made
 * without its row: the heights of the rows read three wrapped columns.
 */
function tallyRows(cols: TableColumns<TallyColumn>, tallies: readonly TallyCheck[]): PlanRows {
  const cells = tallyCells();
  const makers = cols.columns.map((c) => cells[c.key]);
  return {
    length: tallies.length,
    at: (index) => {
      const check = tallies[index];
      if (check === undefined) return undefined;
      // Filled by place, without a map's callback per cell: a district has 100,000 of these rows.
      const row = new Array<PlanCell>(makers.length);
      for (let j = 0; j < makers.length; j++) row[j] = (makers[j] as CellMaker)(check);
      return row;
    },
    cell: (index, column) => {
      const check = tallies[index];
      const make = makers[column];
      return check === undefined || make === undefined ? undefined : make(check);
    },
  };
}

type Problem = TallyCheck["problems"][number];
type CellMaker = (check: TallyCheck) => PlanCell;

/** 是 when the row has the problem, else "" (the check formulas' own results). */
function flag(problem: Problem): CellMaker {
  return ({ problems }) => cachedCell(problems.includes(problem) ? "是" : "");
}

/**
 * Text cells of a column whose rows mostly repeat the row above (a subject's name, unit and id on
 * its five rows): the cell above is shared, frozen, instead of one more object each row among the
 * 100,000 rows of a district. Read in order, as hosts read them, a subject's rows share them.
 */
function repeatedText(): (text: string | null) => PlanCell {
  let last: { text: string | null; cell: PlanCell } | null = null;
  return (text) => {
    if (last === null || last.text !== text) last = { text, cell: Object.freeze(textCell(text)) };
    return last.cell;
  };
}

/** Each column's cell of a tally row: one definition, whether a whole row or one cell is read. */
function tallyCells(): Record<TallyColumn, CellMaker> {
  const subjectId = repeatedText();
  const name = repeatedText();
  const unit = repeatedText();
  const category = repeatedText();
  const item = (check: TallyCheck) => check.tally.item?.trim() ?? "";
  return {
    id: ({ tally }) => textCell(tally.id),
    subjectId: ({ tally }) => subjectId(tally.subjectId),
    name: ({ tally }) => name(tally.subjectName),
    unit: ({ tally }) => unit(tally.subjectUnit),
    category: ({ tally }) => category(tally.category),
    item: (check) => textCell(item(check)),
    expected: ({ tally }) => numberCell(tally.expected),
    issued: ({ tally }) => numberCell(tally.issued),
    returned: ({ tally }) => numberCell(tally.returned),
    valid: ({ tally }) => numberCell(tally.valid),
    level0: ({ tally }) => numberCell(tally.counts[0]),
    level1: ({ tally }) => numberCell(tally.counts[1]),
    level2: ({ tally }) => numberCell(tally.counts[2]),
    level3: ({ tally }) => numberCell(tally.counts[3]),
    abstain: ({ tally }) => numberCell(tally.abstain),
    excluded: ({ problems }) => {
      const duplicate = problems.includes("subject_duplicate");
      const unknown = problems.includes("subject_unknown");
      return textCell(duplicate && unknown ? "重复、未匹配名册" : duplicate ? "重复" : unknown ? "未匹配名册" : "");
    },
    overall: (check) => {
      const text = item(check);
      return cachedCell(text === "" || text === OVERALL_ITEM ? 1 : 0);
    },
    counted: ({ tally }) => {
      let levelSum = 0;
      for (const n of tally.counts) levelSum += n ?? 0;
      return cachedCell(tally.valid ?? levelSum + (tally.abstain ?? 0));
    },
    countInvalid: flag("count_invalid"),
    sumOver: flag("sum_exceeds_valid"),
    validOver: flag("valid_exceeds_returned"),
    returnedOver: flag("returned_exceeds_issued"),
    turnoutLow: flag("turnout_low"),
    dataError: (check) => cachedCell(isTallyDataError(check) ? "是" : ""),
    included: (check) => cachedCell(check.included ? 1 : 0),
    source: ({ tally }) => textCell(`${sourceHead(tally.source)}${sourceTail(tally.source)}`),
  };
}

/** A tally's source text is `file sheet!cell`: the part its file and sheet give, then its cell. */
function sourceHead(source: TallyCheck["tally"]["source"]): string {
  return `${source.file} ${source.sheet}!`;
}

function sourceTail(source: TallyCheck["tally"]["source"]): string {
  return sourceCell(source, "name") ?? `A${source.row}`;
}

/**
 * The lines of each row's source text in its wrapped column, told without putting the text
 * together: the rows of a file's sheet come one after another, so its head is measured once and
 * each row's cell alone. The whole text of each of a district's 100,000 rows was made and
 * measured for the row heights only (BENCH.md, session 10).
 */
export function sourceLines(tallies: readonly TallyCheck[], cols: TableColumns<TallyColumn>): ColumnLines {
  let last: { file: string; sheet: string; head: MeasuredHead } | null = null;
  return {
    column: cols.col("source") - cols.firstCol,
    lines: (index, width) => {
      const source = tallies[index]?.tally.source;
      if (source === undefined) return 1;
      if (last === null || last.file !== source.file || last.sheet !== source.sheet)
        last = { file: source.file, sheet: source.sheet, head: measuredHead(sourceHead(source)) };
      const tail = sourceTail(source);
      // A text longer than a cell holds is cut (textCell): measured as written.
      if (last.head.text.length + tail.length > MAX_CELL_TEXT) return linesOf(clipText(last.head.text + tail), width);
      return linesAfter(last.head, tail, width);
    },
  };
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

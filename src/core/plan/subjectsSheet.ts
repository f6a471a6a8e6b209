import type { Assessment, SubjectResult } from "../assess/assessment";
import { parseA1 } from "../model/address";
import type { TableColumns } from "./columns";
import { isDataError } from "./findingKinds";
import { FIRST_DATA_ROW, HEADER_ROW, HINT_ROW, SUBJECTS_SHEET, TAB_COLOR, TITLE_ROW, lastDataRow } from "./kaoheSheets";
import { GRADE_MISSING_LABEL, GRADE_NOT_ALLOWED_LABEL, KIND_LABEL } from "./labels";
import { conditionalFormats, legendCells, MEANING, type Highlight } from "./legend";
import type { PlanContext } from "./planContext";
import { PlaceIndex } from "./placeIndex";
import { quotaUnitRanges, unitKeys } from "./quotaSheet";
import { RULE_NAME } from "./rulesNames";
import { subjectCells, SubjectRowFacts, type SubjectCellMaker } from "./subjectCells";
import { subjectColumns, type SubjectColumn } from "./subjectColumns";
import { subjectFormulas, type TallyRanges } from "./subjectFormulas";
import { subjectText } from "./subjectTexts";
import { tallyErrorCounts } from "./subjectVoteCache";
import { textLines, type ColumnLines } from "./rowHeights";
import type { PlanCell, PlanRows, PlanSheetContent } from "./writePlan";

/**
 * 考核对象: one row per roster row, in roster order, ID `R<n>` as its key. The cached value of
 * every formula is the core's decision, so the reviewed workbook shows the core's answer even in
 * a viewer that never recalculates, and the tests can hold the formulas to it. Every row holds
 * the same formulas moved down, so each formula column carries its formula once, for the first
 * data row, and the rows only their cached values.
 */
export function subjectsSheet(assessment: Assessment, ctx: PlanContext, tallies: TallyRanges): PlanSheetContent {
  const cols = subjectColumns(assessment.rules.teamLevelSet);
  const rows = subjectRows(cols, assessment, ctx);
  // An empty table is written as one blank row, without formulas.
  const formulas = rows.length === 0 ? {} : subjectFormulas(cols, FIRST_DATA_ROW, tallies, quotaUnitRanges(assessment));
  const last = lastDataRow(rows.length);
  const ref = (key: SubjectColumn) => cols.rowRef(key, FIRST_DATA_ROW);
  const highlights: Highlight[] = [
    { color: "red", formula: `${ref("special")}="是"`, meaning: MEANING.red },
    { color: "orange", formula: `${ref("gradeProblem")}="${GRADE_NOT_ALLOWED_LABEL}"`, meaning: MEANING.orange },
    { color: "yellow", formula: `${ref("gradeProblem")}="${GRADE_MISSING_LABEL}"`, meaning: MEANING.yellow },
    { color: "purple", formula: `${ref("dataErrors")}>0`, meaning: MEANING.purple },
  ];
  const grade = cols.letter("grade");
  return {
    name: SUBJECTS_SHEET,
    tabColor: TAB_COLOR.subjects,
    table: { name: "KaoheSubjects", anchorRow: HEADER_ROW, anchorCol: 1, columns: cols.planColumns(formulas), rows },
    loose: [
      { row: TITLE_ROW, col: 1, value: `考核对象（${assessment.year}年度）`, bold: true },
      ...legendCells(highlights),
      {
        row: HINT_ROW,
        col: 1,
        value:
          "“考核状态”起为公式列：改正左侧数值列或“建议等次”后，状态、票数、比例和等次问题自动重算；“说明”为生成时的文字。",
      },
    ],
    conditionalFormats: conditionalFormats(`A${FIRST_DATA_ROW}:${cols.letter("source")}${last}`, highlights),
    validations: [
      {
        ref: `${grade}${FIRST_DATA_ROW}:${grade}${last}`,
        list: `IF(${ref("kind")}="${KIND_LABEL.team}",${RULE_NAME.teamGrades},${RULE_NAME.cadreGrades})`,
        prompt: "从列表中选择本类别的等次",
        error: "等次须为本类别的等次之一（考核规则中的干部等次或班子等次）",
      },
    ],
    freeze: { rows: HEADER_ROW, cols: 2 },
  };
}

/**
 * The rows, each made from its subject's result when a host reads it, as 测评明细's are: a
 * district's 20,000 rows of 41 cells, kept for the life of the plan, were copied twice by the
 * collector before they reached the old generation, and the results they are made from are kept
 * by the assessment anyway. A cell alone (`cell`) is made without its row: 汇总 counts a few
 * columns (the row heights read the wrapped ones' texts instead, subjectLines).
 */
function subjectRows(cols: TableColumns<SubjectColumn>, assessment: Assessment, ctx: PlanContext): PlanRows {
  const counts = {
    rosterErrors: rosterErrorCounts(assessment, ctx),
    tallyErrors: tallyErrorCounts(assessment.tallies),
    unitKeys: unitKeys(assessment),
  };
  const cells = subjectCells({ ctx, teamLevelSet: assessment.rules.teamLevelSet });
  const makers = cols.columns.map((c) => cells[c.key]);
  const { subjects } = assessment;
  const facts = (index: number): SubjectRowFacts | undefined => {
    const s = subjects[index];
    return s === undefined ? undefined : new SubjectRowFacts(s, counts);
  };
  return {
    length: subjects.length,
    at: (index) => {
      const row = facts(index);
      if (row === undefined) return undefined;
      // Filled by place, without a map's callback per cell.
      const made = new Array<PlanCell>(makers.length);
      for (let j = 0; j < makers.length; j++) made[j] = (makers[j] as SubjectCellMaker)(row);
      return made;
    },
    cell: (index, column) => {
      const row = facts(index);
      const make = makers[column];
      return row === undefined || make === undefined ? undefined : make(row);
    },
  };
}

/**
 * The lines of 考核对象's wrapped columns in each row, told from their texts (subjectTexts.ts)
 * without making the cells: the row heights read a dozen wrapped columns of each of a district's
 * 20,000 rows. A wrapped column without a text there is read from its cells.
 */
export function subjectLines(subjects: readonly SubjectResult[], cols: TableColumns<SubjectColumn>): ColumnLines[] {
  return cols.columns.flatMap((column, j) => {
    const text = subjectText(column.key);
    if (column.wrap !== true || text === undefined) return [];
    return [
      textLines(j, (index) => {
        const s = subjects[index];
        return s === undefined ? null : text(s);
      }),
    ];
  });
}

/**
 * Errors in the data read from each roster row (duplicate_person and the like): findings on that
 * row, counted for the last subject read from it. The findings' rows are indexed, not the
 * subjects': a district's data errors name a few hundred of its 20,000 rows.
 */
function rosterErrorCounts(assessment: Assessment, ctx: PlanContext): Map<string, number> {
  const errorsAt = new PlaceIndex<number, number>();
  for (const finding of ctx.findings) {
    if (!isDataError(finding) || finding.cell === undefined) continue;
    const row = parseA1(finding.cell)?.row;
    if (finding.file === undefined || finding.sheet === undefined || row === undefined) continue;
    errorsAt.set(finding.file, finding.sheet, row, (errorsAt.get(finding.file, finding.sheet, row) ?? 0) + 1);
  }
  const counts = new Map<string, number>();
  // From the last subject back: a row's errors are its last subject's, as the first found here.
  for (let i = assessment.subjects.length - 1; i >= 0; i--) {
    const { id, source } = (assessment.subjects[i] as SubjectResult).row;
    const errors = errorsAt.get(source.file, source.sheet, source.row);
    if (errors === undefined) continue;
    if (errors > 0) counts.set(id, (counts.get(id) ?? 0) + errors);
    errorsAt.set(source.file, source.sheet, source.row, 0);
  }
  return counts;
}

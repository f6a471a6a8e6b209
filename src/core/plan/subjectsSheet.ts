import type { Assessment, SubjectResult } from "../assess/assessment";
import { parseA1 } from "../model/address";
import { sourceCell as fieldCell } from "../model/roster";
import { levelIndex, type TeamLevelSet } from "../rules/levels";
import type { TableColumns } from "./columns";
import { isDataError } from "./findingKinds";
import { FIRST_DATA_ROW, HEADER_ROW, HINT_ROW, SUBJECTS_SHEET, TAB_COLOR, TITLE_ROW, lastDataRow } from "./kaoheSheets";
import {
  CAP_NONE_LABEL,
  EFFECT_LABEL,
  GRADE_MISSING_LABEL,
  GRADE_NOT_ALLOWED_LABEL,
  KIND_LABEL,
  MAIN_POST_LABEL,
  STATUS_LABEL,
} from "./labels";
import { conditionalFormats, legendCells, MEANING, type Highlight } from "./legend";
import { keptCellLink, type PlanContext } from "./planContext";
import { PlaceIndex } from "./placeIndex";
import { cachedCell, dateCell, linkCell, numberCell, textCell, yesCell } from "./planCells";
import { quotaUnitRanges, unitKeys } from "./quotaSheet";
import { RULE_NAME } from "./rulesNames";
import { subjectColumns, type SubjectColumn } from "./subjectColumns";
import { subjectFormulas, TRIGGER_LABEL, type TallyRanges } from "./subjectFormulas";
import { subjectVoteCache, tallyErrorCounts } from "./subjectVoteCache";
import type { PlanCell, PlanSheetContent } from "./writePlan";

/**
 * 考核对象: one row per roster row, in roster order, ID `R<n>` as its key. The cached value of
 * every formula is the core's decision, so the reviewed workbook shows the core's answer even in
 * a viewer that never recalculates, and the tests can hold the formulas to it. Every row holds
 * the same formulas moved down, so each formula column carries its formula once, for the first
 * data row, and the rows only their cached values.
 */
export function subjectsSheet(assessment: Assessment, ctx: PlanContext, tallies: TallyRanges): PlanSheetContent {
  const cols = subjectColumns(assessment.rules.teamLevelSet);
  const rosterErrors = rosterErrorCounts(assessment, ctx);
  const tallyErrors = tallyErrorCounts(assessment.tallies);
  const keys = unitKeys(assessment);
  const rows = assessment.subjects.map((s) => {
    const id = s.row.id;
    return subjectRow(cols, s, {
      ctx,
      rosterErrors: rosterErrors.get(id) ?? 0,
      tallyErrors: tallyErrors.get(id) ?? 0,
      unitKey: keys.get(s.row.unit) ?? 0,
      teamLevelSet: assessment.rules.teamLevelSet,
    });
  });
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

interface RowContext {
  ctx: PlanContext;
  rosterErrors: number;
  tallyErrors: number;
  /** The number of the row's unit in 单位名额, 0 when it has no quota row there. */
  unitKey: number;
  teamLevelSet: TeamLevelSet;
}

function subjectRow(cols: TableColumns<SubjectColumn>, s: SubjectResult, rc: RowContext): PlanCell[] {
  const { derived } = s;
  const cadre = s.kind === "cadre";
  const votes = subjectVoteCache(s, rc.rosterErrors + rc.tallyErrors);
  const sourceCell = fieldCell(s.row.source, "name") ?? `A${s.row.source.row}`;
  const link = keptCellLink(rc.ctx, s.row.source.file, s.row.source.sheet, sourceCell);
  const sourceText = `${s.row.source.sheet}!${sourceCell}`;
  const capText = s.cap === null ? "" : s.cap === "none" ? CAP_NONE_LABEL : s.cap;
  const problem =
    s.gradeProblem === "grade_missing"
      ? GRADE_MISSING_LABEL
      : s.gradeProblem === "grade_not_allowed"
        ? GRADE_NOT_ALLOWED_LABEL
        : "";
  return cols.row({
    id: textCell(s.row.id),
    name: textCell(s.row.name),
    unit: textCell(s.row.unit),
    kind: textCell(KIND_LABEL[s.kind]),
    position: textCell(s.row.position),
    mainPost: textCell(derived.mainPost === null ? null : MAIN_POST_LABEL[derived.mainPost]),
    promotedOn: dateCell(cadre ? s.row.promotedOn : null, rc.ctx.date1904),
    transferredOn: dateCell(cadre ? s.row.transferredOn : null, rc.ctx.date1904),
    transferredFrom: textCell(cadre ? s.row.transferredFrom : null),
    secondedTo: textCell(cadre ? (s.row.secondedTo?.trim() ?? null) : null),
    hostDays: numberCell(derived.hostDays),
    leaveDays: numberCell(cadre ? derived.leaveDays : null),
    retiredOn: dateCell(cadre ? s.row.retiredOn : null, rc.ctx.date1904),
    workedDays: numberCell(derived.workedDays),
    discipline: textCell(cadre ? s.row.discipline : null),
    effect: textCell(derived.effect === null ? null : EFFECT_LABEL[derived.effect]),
    probationDue: yesCell(derived.probationDue),
    rosterErrors: numberCell(rc.rosterErrors),
    status: cachedCell(STATUS_LABEL[s.status]),
    clauses: cachedCell(s.clauses.join("、")),
    cap: cachedCell(capText),
    receives: cachedCell(s.receivesGrade ? "是" : ""),
    assessingUnit: cachedCell(derived.assessingUnit ?? ""),
    valid: cachedCell(votes.valid),
    level0: cachedCell(votes.counts[0]),
    level1: cachedCell(votes.counts[1]),
    level2: cachedCell(votes.counts[2]),
    level3: cachedCell(votes.counts[3]),
    abstain: cachedCell(votes.abstain),
    rateTop: cachedCell(votes.rateTop),
    rateGood: cachedCell(votes.rateGood),
    rateLow: cachedCell(votes.rateLow),
    special: cachedCell(s.specialReport ? "是" : ""),
    triggers: cachedCell(s.reviewTriggers.map((t) => TRIGGER_LABEL[t]).join("、")),
    dataErrors: cachedCell(votes.dataErrors),
    grade: textCell(s.proposedGrade),
    gradeProblem: cachedCell(problem),
    explanation: textCell(s.explanation),
    source: link === null ? textCell(sourceText) : linkCell(sourceText, link),
    unitKey: cachedCell(rc.unitKey),
    gradeRank: cachedCell(s.proposedGrade === null ? "" : levelIndex(s.kind, rc.teamLevelSet, s.proposedGrade) + 1),
  });
}

/** Errors in the data read from each roster row (duplicate_person and the like): findings on that row. */
function rosterErrorCounts(assessment: Assessment, ctx: PlanContext): Map<string, number> {
  const byPlace = new PlaceIndex<number, string>();
  for (const s of assessment.subjects) byPlace.set(s.row.source.file, s.row.source.sheet, s.row.source.row, s.row.id);
  const counts = new Map<string, number>();
  for (const finding of ctx.findings) {
    if (!isDataError(finding) || finding.cell === undefined) continue;
    const row = parseA1(finding.cell)?.row;
    const id = byPlace.get(finding.file, finding.sheet, row);
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

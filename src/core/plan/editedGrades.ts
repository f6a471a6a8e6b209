import type { Assessment } from "../assess/assessment";
import type { Finding } from "../findings/finding";
import { parseA1 } from "../model/address";
import type { RosterRow } from "../model/roster";
import type { SheetGrid } from "../model/sheetGrid";
import { kindOfGrid } from "./kaoheSheetContent";
import { FIRST_DATA_ROW } from "./kaoheSheets";
import { subjectColumns } from "./subjectColumns";
import { matchEditedGrades, readEditedGrades } from "./subjectsSheetRead";

/**
 * Once a reviewed workbook exists, 考核对象 is where grades are edited: its grades replace the
 * roster's, and a grade finding of such a row points at the 建议等次 cell of the new 考核对象,
 * where the clerk will fix it, instead of at a roster cell that no longer decides anything.
 */
export function withEditedGrades(
  rows: readonly RosterRow[],
  kaoheGrids: readonly SheetGrid[],
): { rows: RosterRow[]; editedIds: Set<string> } {
  const grid = kaoheGrids.find((g) => kindOfGrid(g) === "subjects");
  const edited = grid === undefined ? null : readEditedGrades(grid);
  if (edited === null) return { rows: [...rows], editedIds: new Set() };
  const matched = matchEditedGrades(rows, edited);
  return {
    rows: rows.map((row) => {
      const grade = matched.get(row.id);
      return grade === undefined ? row : { ...row, proposedGrade: grade.grade };
    }),
    editedIds: new Set(matched.keys()),
  };
}

const GRADE_CODES = new Set(["grade_missing", "grade_not_allowed"]);

export function relocateGradeFindings(
  findings: readonly Finding[],
  assessment: Assessment,
  editedIds: ReadonlySet<string>,
  /** The new 考核对象: the roster workbook and the name the sheet is written under. */
  subjects: { file: string; sheet: string },
): Finding[] {
  if (editedIds.size === 0) return [...findings];
  const grade = subjectColumns(assessment.rules.teamLevelSet).letter("grade");
  const rowOf = new Map<string, number>();
  assessment.subjects.forEach((s, i) => {
    if (!editedIds.has(s.row.id)) return;
    const { file, sheet, row } = s.row.source;
    rowOf.set(JSON.stringify([file, sheet, row]), FIRST_DATA_ROW + i);
  });
  return findings.map((f) => {
    if (!GRADE_CODES.has(f.code) || f.cell === undefined) return f;
    const row = rowOf.get(JSON.stringify([f.file, f.sheet, parseA1(f.cell)?.row]));
    return row === undefined ? f : { ...f, file: subjects.file, sheet: subjects.sheet, cell: `${grade}${row}` };
  });
}

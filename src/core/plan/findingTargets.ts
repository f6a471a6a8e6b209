import type { Assessment } from "../assess/assessment";
import type { Finding } from "../findings/finding";
import { parseA1, quoteSheet } from "../model/address";
import { FIRST_DATA_ROW, KAOHE_SHEET_NAMES, QUOTAS_SHEET, SUBJECTS_SHEET, TALLIES_SHEET } from "./kaoheSheets";
import type { KeyedRow } from "./keyedLink";
import { keptCellLink, type PlanContext } from "./planContext";
import { PlaceIndex } from "./placeIndex";

/**
 * Where in the reviewed workbook a finding can be fixed, one click away: a grade finding at the
 * subject's 建议等次 (that is where grades are edited once the workbook exists), a quota finding
 * at its unit's row, a roster finding at the kept roster cell, a ballot finding at its
 * 测评明细 row (ballot workbooks are not part of the reviewed workbook).
 */
export interface FindingTarget {
  /** Internal link, `'测评明细'!A12`. */
  target: string;
  /** What the link cell shows, `测评明细!A12`. */
  text: string;
  /** A row of Kaohe's own tables, found by its key when the link is followed (keyedLink.ts). */
  keyed?: KeyedRow;
}

/** The key columns of the tables a finding may link into, over their data rows. */
export interface TargetKeys {
  /** 考核对象's ID. */
  subjects: string;
  /** 单位名额's 单位编号. */
  quotas: string;
  /** 测评明细's 行号. */
  tallies: string;
}

/** Answers for the findings of the plan's context (`PlanContext.findings`), the ones 问题清单 lists. */
export interface FindingTargets {
  target(finding: Finding): FindingTarget | null;
  subjectId(finding: Finding): string | null;
}

const GRADE_CODES = new Set(["grade_missing", "grade_not_allowed"]);
/** Findings about a subject's evaluation: shown on its 考核对象 row, next to the numbers. */
const SUBJECT_CODES = new Set(["special_report", "review_trigger", "ballots_missing"]);
const QUOTA_CODES = new Set(["over_quota", "quota_missing"]);

export function findingTargets(
  assessment: Assessment,
  ctx: PlanContext,
  gradeColumn: string,
  teamPoolRow: number,
  keys: TargetKeys,
): FindingTargets {
  const cellRow = (f: Finding) => (f.cell === undefined ? undefined : parseA1(f.cell)?.row);
  // Each finding's row, read from its cell once: a finding is looked up by it up to five times.
  const rows = new Map<Finding, number | undefined>();
  for (const f of ctx.findings) rows.set(f, cellRow(f));
  const rowOf = (f: Finding) => (rows.has(f) ? rows.get(f) : cellRow(f));
  // Only the places the findings name are indexed: a district has 100,000 tally rows and 20,000
  // subjects, and its findings name a few thousand of them.
  const named = namedPlaces(ctx.findings, rowOf);
  const subjects = new PlaceIndex<number, { id: string; row: number }>();
  // A grade finding of a grade edited in 考核对象 points at that sheet's row (editedGrades.ts).
  const editedRows = named.rows.sheet(ctx.rosterFile, SUBJECTS_SHEET);
  assessment.subjects.forEach((s, i) => {
    const { file, sheet, row } = s.row.source;
    const sheetRow = FIRST_DATA_ROW + i;
    const inSource = named.rows.has(file, sheet, row);
    const inSubjects = editedRows?.has(sheetRow) === true;
    if (!inSource && !inSubjects) return;
    const entry = { id: s.row.id, row: sheetRow };
    if (inSource) subjects.set(file, sheet, row, entry);
    if (inSubjects) subjects.set(ctx.rosterFile, SUBJECTS_SHEET, sheetRow, entry);
  });
  type TallyEntry = { id: string; subjectId: string | null; row: number };
  const tallies = new PlaceIndex<number, TallyEntry>();
  const talliesByName = new PlaceIndex<string, TallyEntry>();
  assessment.tallies.forEach((check, i) => {
    const { file, sheet, row } = check.tally.source;
    const byRow = named.rows.has(file, sheet, row);
    const byName = named.names.has(file, sheet, check.tally.subjectName);
    if (!byRow && !byName) return;
    const entry = { id: check.tally.id, subjectId: check.tally.subjectId, row: FIRST_DATA_ROW + i };
    if (byRow) tallies.add(file, sheet, row, entry);
    if (byName) talliesByName.add(file, sheet, check.tally.subjectName, entry);
  });
  const units = new Map<string, number>();
  assessment.units.forEach((u, i) => units.set(u.unit, FIRST_DATA_ROW + i));

  const subjectAt = (f: Finding) => subjects.get(f.file, f.sheet, rowOf(f));
  // Raw ballots are summed over many paper rows: a mark's cell is found by its subject's name.
  const tallyAt = (f: Finding) =>
    tallies.get(f.file, f.sheet, rowOf(f)) ?? talliesByName.get(f.file, f.sheet, f.subject);
  const ownSheetTarget = (f: Finding): FindingTarget | null => {
    if (f.file !== ctx.rosterFile || f.cell === undefined) return null;
    if (!(KAOHE_SHEET_NAMES as readonly string[]).includes(f.sheet ?? "")) return null;
    // A grade edited in 考核对象 (editedGrades.ts): its row is the subject's, wherever a sort puts it.
    const subject = f.sheet === SUBJECTS_SHEET ? subjectAt(f) : undefined;
    const column = /^[A-Z]+/.exec(f.cell)?.[0];
    if (subject !== undefined && column !== undefined) return subjectCell(subject, column);
    return inSheet(f.sheet ?? "", f.cell);
  };
  // Kaohe's sheets' names quoted once each: thousands of findings link into a few sheets.
  const quoted = new Map<string, string>();
  const inSheet = (sheet: string, cell: string): FindingTarget => {
    let name = quoted.get(sheet);
    if (name === undefined) quoted.set(sheet, (name = quoteSheet(sheet)));
    return { target: `${name}!${cell}`, text: `${sheet}!${cell}` };
  };
  const keyedCell = (keyed: KeyedRow): FindingTarget => ({
    ...inSheet(keyed.sheet, `${keyed.column}${keyed.row}`),
    keyed,
  });
  const subjectCell = (subject: { id: string; row: number }, column: string) =>
    keyedCell({ sheet: SUBJECTS_SHEET, column, keys: keys.subjects, key: subject.id, row: subject.row });

  return {
    subjectId(f) {
      return subjectAt(f)?.id ?? tallyAt(f)?.subjectId ?? null;
    },
    target(f) {
      const subject = subjectAt(f);
      const own = ownSheetTarget(f);
      if (own !== null) return own;
      if (GRADE_CODES.has(f.code) && subject !== undefined) return subjectCell(subject, gradeColumn);
      if (SUBJECT_CODES.has(f.code) && subject !== undefined) return subjectCell(subject, "B");
      if (QUOTA_CODES.has(f.code)) {
        const row = f.subjectUnit === undefined ? teamPoolRow : units.get(f.subjectUnit);
        // 单位编号 numbers 单位名额's rows as written, the team pool last (quotaSheet.ts).
        if (row !== undefined)
          return keyedCell({ sheet: QUOTAS_SHEET, column: "A", keys: keys.quotas, key: row - FIRST_DATA_ROW + 1, row });
      }
      const kept = keptCellLink(ctx, f.file, f.sheet, f.cell);
      if (kept !== null) return { target: kept, text: `${f.sheet ?? ""}!${f.cell ?? ""}` };
      const tally = tallyAt(f);
      if (tally !== undefined)
        return keyedCell({ sheet: TALLIES_SHEET, column: "A", keys: keys.tallies, key: tally.id, row: tally.row });
      return null;
    },
  };
}

/** The rows and the subjects' names the findings point at, by file and sheet. */
function namedPlaces(
  findings: readonly Finding[],
  rowOf: (f: Finding) => number | undefined,
): { rows: PlaceIndex<number, true>; names: PlaceIndex<string, true> } {
  const rows = new PlaceIndex<number, true>();
  const names = new PlaceIndex<string, true>();
  for (const f of findings) {
    if (f.file === undefined || f.sheet === undefined) continue;
    const row = rowOf(f);
    if (row !== undefined) rows.set(f.file, f.sheet, row, true);
    if (f.subject !== undefined) names.set(f.file, f.sheet, f.subject, true);
  }
  return { rows, names };
}

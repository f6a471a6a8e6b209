import type { SheetGrid } from "../model/sheetGrid";
import type { SheetRole } from "./columnMapping";
import { GridView } from "./gridView";
import { headerLayoutAt, singleRowLayout, type HeaderColumn, type HeaderLayout } from "./headerLayout";
import { SCORE_OR_RANK } from "./headerVocabulary";
import { isAnyMark, isLevelHeader } from "./levelVocabulary";
import { findPerBallotHeader } from "./perBallotLayout";
import { perBallotField } from "./perBallotVocabulary";
import { isTotalLabel } from "./rowKind";
import { cellText, isBlank } from "./textNormalise";
import { kindOfGrid } from "../plan/kaoheSheetContent";
import {
  ballotField,
  isGenericGroup,
  isKnownHeader,
  isNameHeader,
  isRawBookkeepingHeader,
  rosterField,
} from "./vocabulary";

/** What the reader found in a sheet: its role, and for a readable sheet where its header is. */
export interface SheetAnalysis {
  readonly role: SheetRole;
  readonly view: GridView;
  readonly header: HeaderLayout | null;
  /** Raw layout: the grid columns holding marks, one per subject. */
  readonly markColumns: readonly number[];
}

// Title rows, notes and blanks above a header rarely take more than a handful of rows.
const HEADER_SCAN_ROWS = 30;
// Enough papers to tell a column of marks from a column of anything else.
const RAW_SAMPLE_ROWS = 200;

/** The row (among the first ones) whose header names a subject column and the most known columns. */
function findNamedHeader(view: GridView): HeaderLayout | null {
  let best: HeaderLayout | null = null;
  let bestScore = 0;
  for (let r = 0; r < Math.min(view.rowCount, HEADER_SCAN_ROWS); r++) {
    if (!rowHasText(view, r)) continue;
    const layout = headerLayoutAt(view, r);
    if (!layout.columns.some((col) => isNameHeader(col.key))) continue;
    const score = layout.columns.filter((col) => isKnownHeader(col.key)).length;
    if (score > bestScore) {
      best = layout;
      bestScore = score;
    }
  }
  return best;
}

function rowHasText(view: GridView, r: number): boolean {
  for (let c = 0; c < view.colCount; c++) if (typeof view.own(r, c) === "string") return true;
  return false;
}

/** A group cell naming an evaluator category (班子成员), not the levels (测评等次) nor a total (合计). */
export function isCategoryGroup(col: HeaderColumn): boolean {
  return col.groupKey !== null && col.groupKey !== "" && !isGenericGroup(col.groupKey) && !isTotalLabel(col.groupKey);
}

/**
 * A header with a name column and levels is a ballot tally; any other header with a name
 * column is a roster — with or without a unit column, so that a missing unit is always the same
 * `column_missing` error — unless its only other columns are scores or ranks (a result table).
 */
function roleOfHeader(layout: HeaderLayout): SheetRole {
  const levels = layout.columns.filter((col) => isLevelHeader(col.key));
  if (levels.length >= 2) {
    const hasCategory = layout.columns.some((col) => ballotField(col.key)?.field === "category");
    return !hasCategory && levels.some(isCategoryGroup) ? "ballots-wide" : "ballots-long";
  }
  const rosterColumns = layout.columns.filter((col) => {
    const field = rosterField(col.key)?.field;
    return field !== undefined && field !== "name";
  });
  if (rosterColumns.length > 0) return "roster";
  return layout.columns.some((col) => SCORE_OR_RANK.test(col.key)) ? "unknown" : "roster";
}

/** A column of raw ballots: headed by text that is no known field, with mostly marks below. */
function holdsMarks(view: GridView, col: HeaderColumn, top: number): boolean {
  if (col.key === "" || isKnownHeader(col.key) || isRawBookkeepingHeader(col.key)) return false;
  if (typeof view.own(top, col.c) !== "string") return false;
  let filled = 0;
  let marks = 0;
  for (let r = top + 1; r < Math.min(view.rowCount, top + 1 + RAW_SAMPLE_ROWS); r++) {
    const value = view.own(r, col.c);
    if (isBlank(value)) continue;
    filled++;
    if (isAnyMark(value)) marks++;
  }
  return marks > 0 && 2 * marks >= filled;
}

function findRawHeader(view: GridView): { header: HeaderLayout; columns: number[] } | null {
  for (let r = 0; r < Math.min(view.rowCount, HEADER_SCAN_ROWS); r++) {
    if (!rowHasText(view, r)) continue;
    const header = singleRowLayout(view, r);
    // Raw papers have one column per subject; a column of overall marks (整体评价) belongs to a per-ballot export.
    if (header.columns.some((col) => perBallotField(col.key)?.field === "overall")) continue;
    const columns = header.columns.filter((col) => holdsMarks(view, col, r)).map((col) => col.c);
    if (columns.length > 0) return { header, columns };
  }
  return null;
}

/** Kaohe's own sheets are told by their content (a renamed or copied one too), never by their names. */
function isKaoheSheet(grid: SheetGrid): boolean {
  return kindOfGrid(grid) !== null;
}

/** Finds the header and tells a roster from the four ballot layouts; Kaohe's own sheets are `kaohe`. */
export function analyseSheet(grid: SheetGrid): SheetAnalysis {
  const view = new GridView(grid);
  if (isKaoheSheet(grid)) return { role: "kaohe", view, header: null, markColumns: [] };
  // First, so that neither the roster (单位, 职务) nor the raw layout (德 能 勤 as subjects) claims an e-ballot export.
  const perBallot = findPerBallotHeader(view);
  if (perBallot) return { role: "ballots-perballot", view, header: perBallot, markColumns: [] };
  const named = findNamedHeader(view);
  const role = named ? roleOfHeader(named) : "unknown";
  if (named && role !== "unknown") return { role, view, header: named, markColumns: [] };
  const raw = findRawHeader(view);
  if (raw) return { role: "ballots-raw", view, header: raw.header, markColumns: raw.columns };
  return { role: "unknown", view, header: null, markColumns: [] };
}

export function classifySheet(grid: SheetGrid): SheetRole {
  return analyseSheet(grid).role;
}

/** Whether a sheet holds anything at all (an empty sheet is no problem worth a finding). */
export function hasContent(view: GridView): boolean {
  for (let r = 0; r < view.rowCount; r++) {
    for (let c = 0; c < view.colCount; c++) if (!isBlank(view.raw(r, c))) return true;
  }
  return false;
}

/** Text rows above the header (titles and notes), top to bottom, with the grid cell of each text. */
export function textsAbove(view: GridView, header: HeaderLayout): Array<{ r: number; c: number; text: string }> {
  const texts: Array<{ r: number; c: number; text: string }> = [];
  for (let r = 0; r < header.top; r++) {
    for (let c = 0; c < view.colCount; c++) {
      const text = cellText(view.own(r, c)).trim();
      if (text !== "") texts.push({ r, c, text });
    }
  }
  return texts;
}

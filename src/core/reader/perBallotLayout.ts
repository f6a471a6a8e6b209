import type { GridView } from "./gridView";
import { headerLayoutAt, singleRowLayout, type HeaderColumn, type HeaderLayout } from "./headerLayout";
import { isAnyMark, isLevelHeader } from "./levelVocabulary";
import { isItemHeader, perBallotField } from "./perBallotVocabulary";
import { readColumn, type ReadColumn } from "./readColumn";
import { rowKind } from "./rowKind";
import {
  cellText,
  dropSpaces,
  isBlank,
  normaliseHeader,
  normaliseName,
  normaliseUnit,
  toHalfWidth,
} from "./textNormalise";
import { isRawBookkeepingHeader, rosterField } from "./vocabulary";

/** Fields a per-ballot column may become; an item column is `item:<its name>`. */
export const PER_BALLOT_FIELDS = ["name", "unit", "category", "evaluator", "overall"] as const;

const ITEM_PREFIX = "item:";

function itemField(name: string): string {
  return `${ITEM_PREFIX}${name}`;
}

/** The item an `item:<name>` field names, or null for any other field. */
export function itemOfField(field: string | null): string | null {
  if (field === null || !field.startsWith(ITEM_PREFIX)) return null;
  const name = field.slice(ITEM_PREFIX.length).trim();
  return name === "" ? null : name;
}

export function isPerBallotField(field: string): boolean {
  return (PER_BALLOT_FIELDS as readonly string[]).includes(field) || itemOfField(field) !== null;
}

// Title rows, notes and blanks above a header rarely take more than a handful of rows.
const HEADER_SCAN_ROWS = 30;
// Enough ballots to tell a column of marks from a column of anything else.
const MARK_SAMPLE_ROWS = 200;

/** A column of marks: at least one mark, and marks in at least half of the filled cells. */
function holdsMarks(view: GridView, header: HeaderLayout, c: number): boolean {
  let filled = 0;
  let marks = 0;
  for (let r = header.bottom + 1; r < Math.min(view.rowCount, header.bottom + 1 + MARK_SAMPLE_ROWS); r++) {
    const value = view.own(r, c);
    if (isBlank(value)) continue;
    filled++;
    if (isAnyMark(value)) marks++;
  }
  return marks > 0 && 2 * marks >= filled;
}

/** An item's name as the export wrote it (德, 思想政治建设), spaces and full-width forms dropped. */
function itemName(col: HeaderColumn): string {
  return dropSpaces(toHalfWidth(col.text));
}

/**
 * Maps a per-ballot header: subject, unit, category, evaluator and overall by their names (the
 * first column naming a field wins; an overall column must hold marks), and every other column
 * holding marks as an item. A column a roster would read (职务, 建议等次) is never an item.
 */
export function mapPerBallotColumns(view: GridView, header: HeaderLayout): ReadColumn[] {
  const taken = new Set<string>();
  const mapped = header.columns.map((col) => {
    const match = perBallotField(col.key);
    if (match && !taken.has(match.field) && (match.field !== "overall" || holdsMarks(view, header, col.c))) {
      taken.add(match.field);
      return readColumn(view, col, match.field, match.confidence);
    }
    const other = match !== undefined || rosterField(col.key) !== undefined || isRawBookkeepingHeader(col.key);
    if (other || col.key === "" || !holdsMarks(view, header, col.c)) return readColumn(view, col, null, null);
    return readColumn(view, col, itemField(itemName(col)), "positional");
  });
  return mapped;
}

/** The header repeated below (an export printed in pages): its subject cell says 被考核人 again. */
export function repeatsHeader(view: GridView, r: number, nameCol: ReadColumn): boolean {
  return normaliseHeader(cellText(view.label(r, nameCol.c))) === normaliseHeader(nameCol.header);
}

/** The subject key of a row: name and, where the sheet has one, unit. */
function subjectKey(view: GridView, r: number, nameCol: ReadColumn, unitCol: ReadColumn | undefined): string {
  const name = normaliseName(cellText(view.label(r, nameCol.c)));
  const unit = unitCol ? normaliseUnit(cellText(view.label(r, unitCol.c))) : "";
  return name === "" ? "" : `${name}\u0000${unit}`;
}

/**
 * Whether the subjects repeat down the sheet, as one row per evaluator × subject makes them:
 * at least two rows per subject on average. A roster names each person (each team with its
 * unit) once or twice, never that often.
 */
function subjectsRepeat(view: GridView, header: HeaderLayout, columns: readonly ReadColumn[]): boolean {
  const nameCol = columns.find((col) => col.field === "name");
  if (!nameCol) return false;
  const unitCol = columns.find((col) => col.field === "unit");
  const subjects = new Set<string>();
  let rows = 0;
  for (let r = header.bottom + 1; r < view.rowCount; r++) {
    if (rowKind(view, r, nameCol.c) !== "data" || repeatsHeader(view, r, nameCol)) continue;
    const key = subjectKey(view, r, nameCol, unitCol);
    if (key === "") continue;
    rows++;
    subjects.add(key);
  }
  return rows >= 2 && rows >= 2 * subjects.size;
}

function perBallotAt(view: GridView, layout: HeaderLayout): boolean {
  if (layout.columns.filter((col) => isLevelHeader(col.key)).length >= 2) return false;
  if (!layout.columns.some((col) => perBallotField(col.key)?.field === "name")) return false;
  const columns = mapPerBallotColumns(view, layout);
  const items = columns.filter((col) => itemOfField(col.field) !== null);
  // One column of marks under a name that is neither an overall mark nor an item (考核结果 beside 年度) is a
  // table of results, not ballots.
  const marks =
    columns.some((col) => col.field === "overall") ||
    items.length >= 2 ||
    items.some((col) => isItemHeader(normaliseHeader(col.header)));
  return marks && subjectsRepeat(view, layout, columns);
}

/**
 * The header of a per-ballot sheet: a row naming the subject column, with an overall mark
 * column or item columns, over rows where the subjects repeat. Level headers (优秀, 称职 …) make a tally, not
 * ballots. The first data row may hold level names (优秀 under 整体评价), which a two-row header
 * would take for leaves, so the row is also tried alone.
 */
export function findPerBallotHeader(view: GridView): HeaderLayout | null {
  for (let r = 0; r < Math.min(view.rowCount, HEADER_SCAN_ROWS); r++) {
    let text = false;
    for (let c = 0; c < view.colCount && !text; c++) text = typeof view.own(r, c) === "string";
    if (!text) continue;
    const layout = headerLayoutAt(view, r);
    if (perBallotAt(view, layout)) return layout;
    const single = layout.bottom > layout.top ? singleRowLayout(view, r) : null;
    if (single && perBallotAt(view, single)) return single;
  }
  return null;
}

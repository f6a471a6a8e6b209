import type { Finding } from "../findings/finding";
import type { GridValue } from "../model/sheetGrid";
import { levelsFor, type LevelNames, type TeamLevelSet } from "../rules/levels";
import { categoryCell } from "./categoryCell";
import type { GridView } from "./gridView";
import type { HeaderLayout } from "./headerLayout";
import { readMark } from "./levelVocabulary";
import { namelessRow } from "./namelessRow";
import { itemOfField, repeatsHeader } from "./perBallotLayout";
import { invalidPerBallotMark, itemScale } from "./perBallotMarks";
import { DataRowSpan, type ReadColumn } from "./readColumn";
import { cellFinding } from "./readerFindings";
import { rowKind } from "./rowKind";
import { columnsByField, type LayoutReading, UNNUMBERED } from "./tallyDraft";
import type { TallyRow } from "../model/tally";
import { tallySubject, type TallySubject } from "./tallySubject";
import { cellText, dropSpaces, shownValue } from "./textNormalise";

/** One ballot row: a subject, the evaluator's category, and where the row is. */
interface BallotRow {
  r: number;
  subject: TallySubject;
  key: string;
  category: string;
  categoryCell: string | null;
}

interface Marks {
  counts: [number, number, number, number];
  abstain: number;
  invalid: number;
}

/** The ballots of one subject from one category: how many, and the marks of each mark column. */
interface CategoryBallots {
  category: string;
  categoryCell: string | null;
  ballots: number;
  marks: Map<number, Marks>;
}

interface SubjectBallots {
  subject: TallySubject;
  firstRow: number;
  categories: Map<string, CategoryBallots>;
}

/** A mark column: the overall mark (item null) or one item. */
interface MarkColumn {
  col: ReadColumn;
  item: string | null;
}

/**
 * The per-ballot layout: each row is one ballot of one evaluator for one subject, counted as
 * raw ballots are. Per subject and category: issued = returned = its rows; a recognised
 * overall mark adds to its level, a blank is an abstention, an unrecognised mark is
 * `count_invalid` at its cell and leaves that ballot out of valid. Each item column gives its
 * own tally (item = the column's name) the same way, on the scale the column uses. Without a
 * category column the sheet's name is the category.
 */
export function readPerBallotBallots(
  view: GridView,
  header: HeaderLayout,
  columns: readonly ReadColumn[],
  teamLevelSet: TeamLevelSet,
): LayoutReading {
  const byField = columnsByField(columns);
  const nameCol = byField.get("name");
  const findings: Finding[] = [];
  const span = new DataRowSpan();
  if (!nameCol) return { tallies: [], findings, dataRows: null };
  const overallCol = byField.get("overall");
  const markColumns: MarkColumn[] = [
    ...(overallCol ? [{ col: overallCol, item: null }] : []),
    ...columns.flatMap((col) => {
      const item = itemOfField(col.field);
      return item === null ? [] : [{ col, item }];
    }),
  ];
  if (!overallCol) findings.push(missingOverall(view, header, nameCol));
  const rows = ballotRows(view, header, columns, nameCol, findings);
  const scales = markScales(view, rows, markColumns, teamLevelSet);
  const subjects = new Map<string, SubjectBallots>();
  for (const row of rows) {
    const entry: SubjectBallots = subjects.get(row.key) ?? {
      subject: row.subject,
      firstRow: row.r,
      categories: new Map<string, CategoryBallots>(),
    };
    subjects.set(row.key, entry);
    const ballots: CategoryBallots = entry.categories.get(row.category) ?? {
      category: row.category,
      categoryCell: row.categoryCell,
      ballots: 0,
      marks: new Map<number, Marks>(),
    };
    entry.categories.set(row.category, ballots);
    ballots.ballots++;
    for (const mark of markColumns) {
      const marks = ballots.marks.get(mark.col.c) ?? { counts: [0, 0, 0, 0], abstain: 0, invalid: 0 };
      ballots.marks.set(mark.col.c, marks);
      const levels = scales.get(scaleKey(mark.col, row.subject.isTeam)) ?? levelsOf(row.subject, teamLevelSet);
      const value = view.own(row.r, mark.col.c);
      const reading = readMark(value, levels);
      if (reading === "blank") marks.abstain++;
      else if (reading === "invalid") {
        marks.invalid++;
        const cell = view.fixAddress(row.r, mark.col.c);
        findings.push(invalidPerBallotMark(view, cell, shownValue(value), levels, row.subject, mark.item));
      } else marks.counts[reading] = (marks.counts[reading] ?? 0) + 1;
    }
    span.add(view.sheetRow(row.r));
  }
  const tallies = [...subjects.values()].flatMap((entry) => {
    const applying = markColumns.filter((mark) => mark.item === null || isMarked(entry, mark));
    return [...entry.categories.values()].flatMap((ballots) =>
      applying.map((mark) => perBallotTally(view, columns, entry, ballots, mark)),
    );
  });
  return { tallies, findings, dataRows: span.span };
}

/** The data rows with a subject; a row of values without a name is reported, and a repeated ballot is flagged. */
function ballotRows(
  view: GridView,
  header: HeaderLayout,
  columns: readonly ReadColumn[],
  nameCol: ReadColumn,
  findings: Finding[],
): BallotRow[] {
  const byField = columnsByField(columns);
  const unitCol = byField.get("unit");
  const evaluatorCol = byField.get("evaluator");
  const seen = new Map<string, number>();
  const rows: BallotRow[] = [];
  for (let r = header.bottom + 1; r < view.rowCount; r++) {
    if (rowKind(view, r, nameCol.c) !== "data" || repeatsHeader(view, r, nameCol)) continue;
    const subject = tallySubject(view, r, nameCol, unitCol);
    if (subject.name === "") {
      findings.push(...namelessRow(view, r, nameCol.c));
      continue;
    }
    const categoryCol = byField.get("category");
    const category = categoryCell(view, r, categoryCol);
    if (category.finding) findings.push(category.finding);
    const key = JSON.stringify([subject.name, subject.unit ?? ""]);
    const evaluator = evaluatorCol ? dropSpaces(cellText(view.label(r, evaluatorCol.c))) : "";
    if (evaluatorCol && evaluator !== "") {
      const ballot = JSON.stringify([key, category.category, evaluator]);
      const earlier = seen.get(ballot);
      if (earlier === undefined) seen.set(ballot, r);
      else findings.push(repeatedBallot(view, r, earlier, evaluatorCol, subject));
    }
    rows.push({
      r,
      subject,
      key,
      category: category.category,
      categoryCell: categoryCol ? view.fixAddress(r, categoryCol.c) : null,
    });
  }
  return rows;
}

/**
 * Whether any ballot marked this column for this subject. One export may hold teams and cadres,
 * each with its own items (思想政治建设 … for teams, 德 能 勤 绩 廉 for cadres): an item left
 * blank on every ballot of a subject is not one of its items, rather than all abstentions.
 */
function isMarked(entry: SubjectBallots, mark: MarkColumn): boolean {
  return [...entry.categories.values()].some((ballots) => {
    const marks = ballots.marks.get(mark.col.c);
    return marks !== undefined && (marks.invalid > 0 || marks.counts.some((n) => n > 0));
  });
}

function levelsOf(subject: TallySubject, teamLevelSet: TeamLevelSet): LevelNames {
  return levelsFor(subject.isTeam ? "team" : "cadre", teamLevelSet);
}

function scaleKey(col: ReadColumn, isTeam: boolean): string {
  return `${col.c}:${isTeam ? "team" : "cadre"}`;
}

/**
 * The scale of each mark column for each kind of subject: the overall mark always uses the
 * subject's own levels (teams through the rules' team set); an item the scale it writes.
 */
function markScales(
  view: GridView,
  rows: readonly BallotRow[],
  markColumns: readonly MarkColumn[],
  teamLevelSet: TeamLevelSet,
): Map<string, LevelNames> {
  const scales = new Map<string, LevelNames>();
  for (const mark of markColumns) {
    for (const isTeam of [false, true]) {
      const own = levelsFor(isTeam ? "team" : "cadre", teamLevelSet);
      const values: GridValue[] = rows
        .filter((row) => row.subject.isTeam === isTeam)
        .map((row) => view.own(row.r, mark.col.c));
      scales.set(scaleKey(mark.col, isTeam), mark.item === null ? own : itemScale(values, own));
    }
  }
  return scales;
}

function perBallotTally(
  view: GridView,
  columns: readonly ReadColumn[],
  entry: SubjectBallots,
  ballots: CategoryBallots,
  mark: MarkColumn,
): TallyRow {
  const byField = columnsByField(columns);
  const marks = ballots.marks.get(mark.col.c) ?? { counts: [0, 0, 0, 0], abstain: 0, invalid: 0 };
  const at = mark.col.cell;
  const cells: Record<string, string> = { issued: at, returned: at, valid: at, abstain: at };
  for (let i = 0; i < 4; i++) cells[`level${i}`] = at;
  const nameCol = byField.get("name");
  if (nameCol) cells.name = view.fixAddress(entry.firstRow, nameCol.c);
  const unitCol = byField.get("unit");
  if (unitCol) cells.unit = view.fixAddress(entry.firstRow, unitCol.c);
  if (ballots.categoryCell !== null) cells.category = ballots.categoryCell;
  return {
    id: UNNUMBERED,
    layout: "perballot",
    source: { file: view.file, sheet: view.sheet, row: view.sheetRow(entry.firstRow), cells },
    subjectName: entry.subject.name,
    subjectUnit: entry.subject.unit,
    isTeam: entry.subject.isTeam,
    category: ballots.category,
    item: mark.item,
    expected: null,
    issued: ballots.ballots,
    returned: ballots.ballots,
    valid: ballots.ballots - marks.invalid,
    counts: [...marks.counts],
    abstain: marks.abstain,
    subjectId: null,
  };
}

function missingOverall(view: GridView, header: HeaderLayout, nameCol: ReadColumn): Finding {
  return cellFinding(view, "column_missing", view.address(header.bottom, nameCol.c), {
    zh: "测评明细缺少整体评价列（整体评价、总体评价、综合评价或评价等次），只读取了分项评价，票数不计入总体得票",
    en: "The per-ballot sheet has no overall mark column (整体评价, 总体评价, 综合评价 or 评价等次); only the items were read, and they do not count as the votes",
  });
}

function repeatedBallot(
  view: GridView,
  r: number,
  earlier: number,
  evaluatorCol: ReadColumn,
  subject: TallySubject,
): Finding {
  return cellFinding(
    view,
    "note",
    view.fixAddress(r, evaluatorCol.c),
    {
      zh: `第${view.sheetRow(r)}行与第${view.sheetRow(earlier)}行是同一评价人对“${subject.name}”的两张票，两张都已计入，请核实导出数据`,
      en: `Rows ${view.sheetRow(earlier)} and ${view.sheetRow(r)} are two ballots of one evaluator for ${subject.name}; both were counted, check the export`,
    },
    { severity: "warning", subject: subject.name, subjectUnit: subject.unit },
  );
}

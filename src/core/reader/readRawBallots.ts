import type { Finding } from "../findings/finding";
import { levelsFor, type LevelNames, type TeamLevelSet } from "../rules/levels";
import { categoryCell } from "./categoryCell";
import type { GridView } from "./gridView";
import type { HeaderLayout } from "./headerLayout";
import { readMark } from "./levelVocabulary";
import { readColumn, DataRowSpan, type ReadColumn } from "./readColumn";
import { cellFinding } from "./readerFindings";
import { rawSubject, type RawSubject } from "./rawSubject";
import { rowKind } from "./rowKind";
import type { TallyRow } from "../model/tally";
import { UNNUMBERED, type LayoutReading } from "./tallyDraft";
import { cellText, normaliseName, shownValue } from "./textNormalise";
import { ballotField } from "./vocabulary";

/** Subject columns become the subject's name (as written); a 评价主体 column the category. */
export function mapRawColumns(view: GridView, header: HeaderLayout, markColumns: readonly number[]): ReadColumn[] {
  return header.columns.map((col) => {
    if (markColumns.includes(col.c)) return readColumn(view, col, col.text.trim(), "positional");
    const match = ballotField(col.key);
    return match?.field === "category"
      ? readColumn(view, col, "category", match.confidence)
      : readColumn(view, col, null, null);
  });
}

interface Marks {
  counts: [number, number, number, number];
  abstain: number;
  invalid: number;
}

interface SubjectColumn {
  col: ReadColumn;
  subject: RawSubject;
  levels: LevelNames;
  byCategory: Map<string, Marks>;
}

/**
 * The raw layout: one row per returned paper, one column per subject. A recognised mark adds
 * to its level, a blank is an abstention, an unrecognised mark is `count_invalid` and makes
 * that paper invalid for that subject; so valid = recognised + abstentions, and issued =
 * returned = the papers of the category. One tally per subject and category, at the header.
 */
export function readRawBallots(
  view: GridView,
  header: HeaderLayout,
  columns: readonly ReadColumn[],
  teamLevelSet: TeamLevelSet,
): LayoutReading {
  const categoryCol = columns.find((col) => col.field === "category");
  const subjects: SubjectColumn[] = columns
    .filter((col) => col.field !== null && col.field !== "category" && normaliseName(col.field) !== "")
    .map((col) => {
      const subject = rawSubject(col.field ?? "");
      return {
        col,
        subject,
        levels: levelsFor(subject.isTeam ? "team" : "cadre", teamLevelSet),
        byCategory: new Map(),
      };
    });
  const papers = new Map<string, number>();
  const findings: Finding[] = [];
  const span = new DataRowSpan();
  for (let r = header.bottom + 1; subjects.length > 0 && r < view.rowCount; r++) {
    if (rowKind(view, r, null) !== "data" || repeatsHeader(view, r, subjects)) continue;
    const { category, finding } = categoryCell(view, r, categoryCol);
    if (finding) findings.push(finding);
    papers.set(category, (papers.get(category) ?? 0) + 1);
    for (const s of subjects) {
      const marks = s.byCategory.get(category) ?? { counts: [0, 0, 0, 0], abstain: 0, invalid: 0 };
      s.byCategory.set(category, marks);
      const value = view.own(r, s.col.c);
      const mark = readMark(value, s.levels);
      if (mark === "blank") marks.abstain++;
      else if (mark === "invalid") {
        marks.invalid++;
        findings.push(invalidMark(view, view.address(r, s.col.c), shownValue(value), s));
      } else marks.counts[mark] = (marks.counts[mark] ?? 0) + 1;
    }
    span.add(view.sheetRow(r));
  }
  const tallies = subjects.flatMap((s) =>
    [...papers].map(([category, count]) => rawTally(view, header, s, category, count, categoryCol)),
  );
  return { tallies, findings, dataRows: span.span };
}

function rawTally(
  view: GridView,
  header: HeaderLayout,
  s: SubjectColumn,
  category: string,
  papers: number,
  categoryCol: ReadColumn | undefined,
): TallyRow {
  const marks = s.byCategory.get(category) ?? { counts: [0, 0, 0, 0], abstain: 0, invalid: papers };
  const at = s.col.cell;
  const cells: Record<string, string> = { name: at, issued: at, returned: at, valid: at, abstain: at };
  for (let i = 0; i < 4; i++) cells[`level${i}`] = at;
  if (categoryCol) cells.category = categoryCol.cell;
  return {
    id: UNNUMBERED,
    layout: "raw",
    source: { file: view.file, sheet: view.sheet, row: view.sheetRow(header.top), cells },
    subjectName: s.subject.name,
    subjectUnit: s.subject.unit,
    isTeam: s.subject.isTeam,
    category,
    item: null,
    expected: null,
    issued: papers,
    returned: papers,
    valid: papers - marks.invalid,
    counts: [...marks.counts],
    abstain: marks.abstain,
    subjectId: null,
  };
}

/** A header repeated below (after a page break) names every subject again. */
function repeatsHeader(view: GridView, r: number, subjects: readonly SubjectColumn[]): boolean {
  return subjects.every((s) => normaliseName(cellText(view.own(r, s.col.c))) === normaliseName(s.col.header));
}

function invalidMark(view: GridView, cell: string, shown: string, s: SubjectColumn): Finding {
  const levels = s.levels.join("/");
  const firsts = s.levels.map((level) => level.charAt(0)).join("/");
  return cellFinding(
    view,
    "count_invalid",
    cell,
    {
      zh: `无法识别的测评标记“${shown}”（可填${levels}、${firsts}或A–D，空白为弃权），这张票对“${s.subject.name}”无效`,
      en: `Unrecognised mark "${shown}" (use ${levels}, ${firsts} or A–D; blank is an abstention); this paper is not valid for ${s.subject.name}`,
    },
    { subject: s.subject.name, subjectUnit: s.subject.unit },
  );
}

import type { Finding } from "../findings/finding";
import type { TeamLevelSet } from "../rules/levels";
import { readBallotNotes, type NoteFigures } from "./ballotNote";
import type { GridView } from "./gridView";
import type { HeaderLayout } from "./headerLayout";
import { namelessRow } from "./namelessRow";
import { DataRowSpan, type ReadColumn } from "./readColumn";
import { rowKind } from "./rowKind";
import { ColumnTable } from "./rowSource";
import { TallyCells, anyFigure, settleVotes, type LevelVotes } from "./tallyCells";
import { columnsByField, type LayoutReading, UNNUMBERED } from "./tallyDraft";
import type { TallyRow } from "../model/tally";
import { levelSlots, tallySubject, type TallySubject } from "./tallySubject";
import { dropSpaces, normaliseHeader } from "./textNormalise";

const MEETING_FIELDS = ["expected", "issued", "returned", "valid"] as const;
type MeetingField = (typeof MEETING_FIELDS)[number];

/** One evaluator category of a wide header: its group cell and the leaf columns below it. */
interface CategoryGroup {
  category: string;
  cell: string;
  columns: ReadColumn[];
  note: NoteFigures | undefined;
}

/** A group with what its rows read, chosen once per sheet: level columns by kind, count leaves by field. */
interface PreparedGroup extends CategoryGroup {
  teamSlots: Array<ReadColumn | undefined>;
  cadreSlots: Array<ReadColumn | undefined>;
  leaves: Map<string, ReadColumn>;
  /** The column tables of the group's tally rows (rowSource.ts). */
  sheetTables: ColumnTable;
}

/** A leaf of a category group: a level or count column under a category cell. */
function isGroupLeaf(col: ReadColumn): col is ReadColumn & { groupStart: number; group: string } {
  return (
    col.groupStart !== null && col.group !== null && col.field !== null && col.field !== "name" && col.field !== "unit"
  );
}

function categoryGroups(view: GridView, header: HeaderLayout, columns: readonly ReadColumn[]): CategoryGroup[] {
  const notes = readBallotNotes(view, header);
  const groups = new Map<number, CategoryGroup>();
  for (const col of columns.filter(isGroupLeaf)) {
    const group = groups.get(col.groupStart);
    if (group) {
      group.columns.push(col);
      continue;
    }
    const note = notes.get(normaliseHeader(col.group)) ?? notes.get("");
    groups.set(col.groupStart, {
      category: dropSpaces(col.group),
      cell: col.groupCell ?? col.cell,
      columns: [col],
      note,
    });
  }
  return [...groups.values()];
}

/**
 * The wide layout: one row per subject, a category group of level columns per evaluator
 * category, with 发出/收回/有效 per category in leaf columns or in a note above the table.
 * A category whose cells are all blank in a row did not evaluate that subject: no tally.
 */
export function readWideBallots(
  view: GridView,
  header: HeaderLayout,
  columns: readonly ReadColumn[],
  teamLevelSet: TeamLevelSet,
): LayoutReading {
  const outside = columnsByField(columns.filter((col) => col.field === "name" || col.field === "unit"));
  const nameCol = outside.get("name");
  const groups: PreparedGroup[] = categoryGroups(view, header, columns).map((group) => ({
    ...group,
    teamSlots: levelSlots(group.columns, true, teamLevelSet),
    cadreSlots: levelSlots(group.columns, false, teamLevelSet),
    leaves: columnsByField(group.columns),
    sheetTables: new ColumnTable(),
  }));
  const tallies: TallyRow[] = [];
  const findings: Finding[] = [];
  const span = new DataRowSpan();
  for (let r = header.bottom + 1; nameCol && r < view.rowCount; r++) {
    if (rowKind(view, r, nameCol.c) !== "data") continue;
    const subject = tallySubject(view, r, nameCol, outside.get("unit"));
    if (subject.name === "") {
      findings.push(...namelessRow(view, r, nameCol.c));
      continue;
    }
    for (const group of groups) {
      const read = groupTally(view, r, subject, group, outside);
      if (!read) continue;
      tallies.push(read.tally);
      findings.push(...read.findings);
    }
    span.add(view.sheetRow(r));
  }
  return { tallies, findings, dataRows: span.span };
}

function groupTally(
  view: GridView,
  r: number,
  subject: TallySubject,
  group: PreparedGroup,
  outside: ReadonlyMap<string, ReadColumn>,
): { tally: TallyRow; findings: Finding[] } | null {
  const cells = new TallyCells(view, r, subject.name, subject.unit, group.sheetTables);
  const { leaves, note } = group;
  const slots = subject.isTeam ? group.teamSlots : group.cadreSlots;
  const levels: LevelVotes = [
    cells.vote("level0", slots[0]),
    cells.vote("level1", slots[1]),
    cells.vote("level2", slots[2]),
    cells.vote("level3", slots[3]),
  ];
  const abstain = cells.vote("abstain", leaves.get("abstain"));
  const meeting = (field: MeetingField): number | null => {
    const leaf = leaves.get(field);
    if (leaf) return cells.meeting(field, leaf);
    const fromNote = note?.[field] ?? null;
    return note && fromNote !== null ? cells.given(field, fromNote, note.cell) : null;
  };
  const figures = {
    expected: meeting("expected"),
    issued: meeting("issued"),
    returned: meeting("returned"),
    valid: meeting("valid"),
  };
  const leafFigures = MEETING_FIELDS.some((field) => leaves.has(field) && figures[field] !== null);
  if (!anyFigure(levels, abstain) && !leafFigures && cells.findings.length === 0) return null;
  const votes = settleVotes(levels, abstain);
  cells.where.fixed("name", outside.get("name")?.c ?? 0);
  const unitCol = outside.get("unit");
  if (unitCol) cells.where.fixed("unit", unitCol.c);
  cells.where.at("category", group.cell);
  const tally: TallyRow = {
    id: UNNUMBERED,
    layout: "wide",
    source: cells.where.source(),
    subjectName: subject.name,
    subjectUnit: subject.unit,
    isTeam: subject.isTeam,
    category: group.category,
    item: null,
    ...figures,
    counts: votes.counts,
    abstain: votes.abstain,
    subjectId: null,
  };
  return { tally, findings: cells.findings };
}

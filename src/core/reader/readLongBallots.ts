import type { Finding } from "../findings/finding";
import type { TeamLevelSet } from "../rules/levels";
import { categoryCell } from "./categoryCell";
import type { GridView } from "./gridView";
import type { HeaderLayout } from "./headerLayout";
import { namelessRow } from "./namelessRow";
import { DataRowSpan, type ReadColumn } from "./readColumn";
import { rowKind } from "./rowKind";
import { ColumnTable } from "./rowSource";
import { TallyCells, settleVotes } from "./tallyCells";
import { columnsByField, type LayoutReading, UNNUMBERED } from "./tallyDraft";
import type { TallyRow } from "../model/tally";
import { levelSlots, tallySubject } from "./tallySubject";
import { cellText, dropSpaces } from "./textNormalise";

/**
 * The long layout: one row per subject and evaluator category (and item). Without a category
 * column the sheet's name is the category, as for raw ballots.
 */
export function readLongBallots(
  view: GridView,
  header: HeaderLayout,
  columns: readonly ReadColumn[],
  teamLevelSet: TeamLevelSet,
): LayoutReading {
  const byField = columnsByField(columns);
  // The columns looked up once per sheet, not in every row.
  const nameCol = byField.get("name");
  const unitCol = byField.get("unit");
  const categoryCol = byField.get("category");
  const itemCol = byField.get("item");
  const abstainCol = byField.get("abstain");
  const expectedCol = byField.get("expected");
  const issuedCol = byField.get("issued");
  const returnedCol = byField.get("returned");
  const validCol = byField.get("valid");
  const tallies: TallyRow[] = [];
  const findings: Finding[] = [];
  const span = new DataRowSpan();
  const teamSlots = levelSlots(columns, true, teamLevelSet);
  const cadreSlots = levelSlots(columns, false, teamLevelSet);
  const sheetTables = new ColumnTable();
  for (let r = header.bottom + 1; nameCol && r < view.rowCount; r++) {
    if (rowKind(view, r, nameCol.c) !== "data") continue;
    const subject = tallySubject(view, r, nameCol, unitCol);
    if (subject.name === "") {
      findings.push(...namelessRow(view, r, nameCol.c));
      continue;
    }
    const cells = new TallyCells(view, r, subject.name, subject.unit, sheetTables);
    cells.where.fixed("name", nameCol.c);
    if (unitCol) cells.where.fixed("unit", unitCol.c);
    const category = categoryCell(view, r, categoryCol);
    if (categoryCol) cells.where.fixed("category", categoryCol.c);
    if (category.finding) findings.push(category.finding);
    const item = itemCol ? dropSpaces(cellText(view.label(r, itemCol.c))) : "";
    const slots = subject.isTeam ? teamSlots : cadreSlots;
    const votes = settleVotes(
      [
        cells.vote("level0", slots[0]),
        cells.vote("level1", slots[1]),
        cells.vote("level2", slots[2]),
        cells.vote("level3", slots[3]),
      ],
      cells.vote("abstain", abstainCol),
    );
    const expected = cells.meeting("expected", expectedCol);
    const issued = cells.meeting("issued", issuedCol);
    const returned = cells.meeting("returned", returnedCol);
    const valid = cells.meeting("valid", validCol);
    tallies.push({
      id: UNNUMBERED,
      layout: "long",
      // Made once every cell of the row is recorded.
      source: cells.where.source(),
      subjectName: subject.name,
      subjectUnit: subject.unit,
      isTeam: subject.isTeam,
      category: category.category,
      item: item === "" ? null : item,
      expected,
      issued,
      returned,
      valid,
      counts: votes.counts,
      abstain: votes.abstain,
      subjectId: null,
    });
    // Most rows have no finding: a spread of an empty list still costs a call per row.
    if (cells.findings.length > 0) findings.push(...cells.findings);
    span.add(view.sheetRow(r));
  }
  return { tallies, findings, dataRows: span.span };
}

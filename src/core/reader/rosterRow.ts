import type { Finding } from "../findings/finding";
import { readCombined, type CombinedColumn } from "./combinedColumn";
import type { RosterField, RosterRow } from "../model/roster";
import type { GridView } from "./gridView";
import type { ReadColumn } from "./readColumn";
import { RosterCells } from "./rosterCells";
import type { ColumnTable } from "./rowSource";
import { isTeamName, unitInTeamName } from "./subjectName";
import { cellText, normaliseName, normaliseUnit } from "./textNormalise";

const MAX_DAYS_IN_YEAR = 366;

/** The subject name of a row, normalised; empty when the row names nobody. */
export function rosterName(view: GridView, r: number, nameColumn: ReadColumn): string {
  return normaliseName(cellText(view.label(r, nameColumn.c)));
}

/**
 * One roster row as data. A team is a row named 领导班子 / `<unit>领导班子` or whose 类别 says
 * 班子; a team without a unit takes the one written in its name. A 挂职起止时间 cell fills the
 * start and end that have no column of their own.
 */
export function readRosterRow(
  view: GridView,
  r: number,
  columns: ReadonlyMap<RosterField, ReadColumn>,
  sheetTables: ColumnTable,
  id: string,
  name: string,
  combined: CombinedColumn | null = null,
): { row: RosterRow; findings: Finding[] } {
  const cells = new RosterCells(view, r, columns, sheetTables);
  const nameColumn = columns.get("name");
  if (nameColumn) cells.where.fixed("name", nameColumn.c);
  const unitCell = normaliseUnit(cells.text("unit") ?? "");
  const split = combined ? readCombined(view, r, combined, unitCell, { name }) : null;
  if (combined && split) {
    if (split.unit) cells.where.fixed("unit", combined.column.c);
    if (cells.where.cell("position") === undefined && split.position !== null) {
      cells.where.fixed("position", combined.column.c);
    }
  }
  const writtenUnit = split?.unit ?? unitCell;
  cells.about(name, writtenUnit);
  const written = cells.kind();
  const kind = isTeamName(name) ? "team" : (written ?? "cadre");
  const unit = writtenUnit === "" && kind === "team" ? (unitInTeamName(name) ?? "") : writtenUnit;
  cells.about(name, unit);
  const position = cells.text("position") ?? split?.position ?? null;

  const secondedFrom = cells.date("secondedFrom");
  const secondedUntil = cells.date("secondedUntil");
  const period = cells.period("secondedPeriod");
  const periodColumn = columns.get("secondedPeriod");
  if (period && periodColumn) {
    if (!secondedFrom) cells.where.fixed("secondedFrom", periodColumn.c);
    if (!secondedUntil && period.until) cells.where.fixed("secondedUntil", periodColumn.c);
  }

  // One literal, the source made once every field's cell is recorded: a spread of the fields into
  // the row copied them one by one into properties kept outside the object, for 20,000 rows.
  const idNumber = cells.idNumber();
  const birthDate = cells.date("birthDate");
  const mainPost = cells.mainPost();
  const promotedOn = cells.date("promotedOn");
  const transferredOn = cells.date("transferredOn");
  const transferredFrom = unitOrNull(cells.text("transferredFrom"));
  const secondedTo = unitOrNull(cells.text("secondedTo"));
  // No year has more than 366 days, so no more days of leave can be taken in one.
  const leaveDays = cells.amount("leaveDays", MAX_DAYS_IN_YEAR);
  const retiredOn = cells.date("retiredOn");
  const probationEnds = cells.date("probationEnds");
  const discipline = cells.text("discipline");
  const disciplineDate = cells.date("disciplineDate");
  const proposedGrade = cells.word("proposedGrade");
  const reportChars = cells.amount("reportChars");
  const row: RosterRow = {
    id,
    source: cells.where.source(),
    name,
    unit,
    kind,
    position,
    idNumber,
    birthDate,
    mainPost,
    promotedOn,
    transferredOn,
    transferredFrom,
    secondedTo,
    secondedFrom: secondedFrom ?? period?.from ?? null,
    secondedUntil: secondedUntil ?? period?.until ?? null,
    leaveDays,
    retiredOn,
    probationEnds,
    discipline,
    disciplineDate,
    proposedGrade,
    reportChars,
  };
  return { row, findings: split?.finding ? [...cells.findings, split.finding] : cells.findings };
}

function unitOrNull(text: string | null): string | null {
  return text === null ? null : normaliseUnit(text);
}

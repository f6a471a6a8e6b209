import type { Finding } from "../findings/finding";
import { readCombined, type CombinedColumn } from "./combinedColumn";
import type { RosterField, RosterRow } from "../model/roster";
import type { GridView } from "./gridView";
import type { ReadColumn } from "./readColumn";
import { RosterCells } from "./rosterCells";
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
  id: string,
  name: string,
  combined: CombinedColumn | null = null,
): { row: RosterRow; findings: Finding[] } {
  const cells = new RosterCells(view, r, columns);
  const nameColumn = columns.get("name");
  if (nameColumn) cells.cells.name = view.fixAddress(r, nameColumn.c);
  const unitCell = normaliseUnit(cells.text("unit") ?? "");
  const split = combined ? readCombined(view, r, combined, unitCell, { name }) : null;
  if (split?.unit) cells.cells.unit = split.cell;
  if (split && cells.cells.position === undefined && split.position !== null) cells.cells.position = split.cell;
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
  const periodCell = cells.cells.secondedPeriod;
  if (period && periodCell !== undefined) {
    if (!secondedFrom) cells.cells.secondedFrom = periodCell;
    if (!secondedUntil && period.until) cells.cells.secondedUntil = periodCell;
  }

  const row: RosterRow = {
    id,
    source: { file: view.file, sheet: view.sheet, row: view.sheetRow(r), cells: cells.cells },
    name,
    unit,
    kind,
    position,
    idNumber: cells.idNumber(),
    birthDate: cells.date("birthDate"),
    mainPost: cells.mainPost(),
    promotedOn: cells.date("promotedOn"),
    transferredOn: cells.date("transferredOn"),
    transferredFrom: unitOrNull(cells.text("transferredFrom")),
    secondedTo: unitOrNull(cells.text("secondedTo")),
    secondedFrom: secondedFrom ?? period?.from ?? null,
    secondedUntil: secondedUntil ?? period?.until ?? null,
    // No year has more than 366 days, so no more days of leave can be taken in one.
    leaveDays: cells.amount("leaveDays", MAX_DAYS_IN_YEAR),
    retiredOn: cells.date("retiredOn"),
    probationEnds: cells.date("probationEnds"),
    discipline: cells.text("discipline"),
    disciplineDate: cells.date("disciplineDate"),
    proposedGrade: cells.word("proposedGrade"),
    reportChars: cells.amount("reportChars"),
  };
  return { row, findings: split?.finding ? [...cells.findings, split.finding] : cells.findings };
}

function unitOrNull(text: string | null): string | null {
  return text === null ? null : normaliseUnit(text);
}

import type { Finding } from "../findings/finding";
import type { GridView } from "./gridView";
import type { ReadColumn } from "./readColumn";
import { cellFinding } from "./readerFindings";
import { cellText, normaliseUnit, shownValue } from "./textNormalise";
import { splitUnitPosition } from "./unitPositionSplit";

/** The combined 所在单位及职务 column of a sheet, with the units known across the workbook. */
export interface CombinedColumn {
  readonly column: ReadColumn;
  readonly knownUnits: ReadonlySet<string>;
}

export interface CombinedReading {
  /** The unit the cell names, null when a unit column already gave one or the cell is blank. */
  unit: string | null;
  position: string | null;
  cell: string;
  finding: Finding | null;
}

/**
 * One row's 所在单位及职务 cell. With a unit written in its own column, the cell only gives the
 * position (what follows that unit). Otherwise it is split; an uncertain split is read as
 * proposed and reported at the cell, so that the clerk can check it (never a silent guess).
 */
export function readCombined(
  view: GridView,
  r: number,
  combined: CombinedColumn,
  writtenUnit: string,
  subject: { name: string },
): CombinedReading {
  const cell = view.fixAddress(r, combined.column.c);
  const text = cellText(view.label(r, combined.column.c)).trim();
  if (text === "") return { unit: null, position: null, cell, finding: null };
  const whole = normaliseUnit(text);
  if (writtenUnit !== "" && whole.startsWith(writtenUnit)) {
    const rest = whole.slice(writtenUnit.length);
    return { unit: null, position: rest === "" ? null : rest, cell, finding: null };
  }
  const known = writtenUnit === "" ? combined.knownUnits : new Set([writtenUnit, ...combined.knownUnits]);
  const split = splitUnitPosition(text, known);
  const finding = split.certain
    ? null
    : cellFinding(
        view,
        "combined_split_uncertain",
        cell,
        {
          zh: `“${combined.column.header}”的“${shownValue(text)}”无法确定单位与职务的分界，暂按${
            split.position === null ? `单位“${split.unit}”、无职务` : `单位“${split.unit}”、职务“${split.position}”`
          }读取：请核对，或分列填写单位和职务`,
          en: `Unit and position in "${shownValue(text)}" ("${combined.column.header}") cannot be told apart with certainty; read as unit "${split.unit}" and ${
            split.position === null ? "no position" : `position "${split.position}"`
          }: please check, or write unit and position in columns of their own`,
        },
        { subject: subject.name, subjectUnit: split.unit },
      );
  return { unit: writtenUnit === "" ? split.unit : null, position: split.position, cell, finding };
}

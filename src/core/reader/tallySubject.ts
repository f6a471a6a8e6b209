import type { TeamLevelSet } from "../rules/levels";
import type { GridView } from "./gridView";
import type { LevelSetName } from "./levelVocabulary";
import type { ReadColumn } from "./readColumn";
import { isTeamName, unitInTeamName } from "./subjectName";
import { cellText, normaliseName, normaliseUnit } from "./textNormalise";

export interface TallySubject {
  name: string;
  unit: string | null;
  isTeam: boolean;
}

/** The subject of a long or wide row: name and unit read through merges (a name merged over its categories). */
export function tallySubject(
  view: GridView,
  r: number,
  nameCol: ReadColumn,
  unitCol: ReadColumn | undefined,
): TallySubject {
  const name = normaliseName(cellText(view.label(r, nameCol.c)));
  const isTeam = isTeamName(name);
  const written = unitCol ? normaliseUnit(cellText(view.label(r, unitCol.c))) : "";
  const unit = written !== "" ? written : isTeam ? unitInTeamName(name) : null;
  return { name, unit, isTeam };
}

/**
 * The four level columns a row reads, index 0 the highest. A team row reads the team set's
 * columns, a cadre row the cadre set's; a row whose set has no columns reads the others in
 * order (a team under 优秀/称职/基本称职/不称职 reads them as 好/较好/一般/差). Columns set by
 * the user's correction fill the positions still empty.
 */
export function levelSlots(
  columns: readonly ReadColumn[],
  isTeam: boolean,
  teamLevelSet: TeamLevelSet,
): Array<ReadColumn | undefined> {
  const otherTeamSet: LevelSetName = teamLevelSet === "hao" ? "youxiu" : "hao";
  const preference: LevelSetName[] = isTeam ? [teamLevelSet, otherTeamSet, "cadre"] : ["cadre", "hao", "youxiu"];
  const levelColumns = columns.filter((col) => /^level[0-3]$/.test(col.field ?? ""));
  const chosen = preference.find((set) => levelColumns.some((col) => col.levelSet === set));
  const slots: Array<ReadColumn | undefined> = [undefined, undefined, undefined, undefined];
  for (const col of levelColumns) {
    const index = Number(col.field?.slice(5));
    if (col.levelSet === chosen && chosen !== undefined) slots[index] = col;
  }
  for (const col of levelColumns) {
    const index = Number(col.field?.slice(5));
    if (col.levelSet === null && slots[index] === undefined) slots[index] = col;
  }
  return slots;
}

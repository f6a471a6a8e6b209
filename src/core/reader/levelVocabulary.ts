import { CADRE_LEVELS, TEAM_LEVELS_HAO, TEAM_LEVELS_YOUXIU, type LevelNames } from "../rules/levels";
import type { GridValue } from "../model/sheetGrid";
import { dropSpaces, isBlank, toHalfWidth } from "./textNormalise";

/** The three level sets a header or a mark may use (DOMAIN.md "Subjects"). */
export type LevelSetName = "cadre" | "hao" | "youxiu";

export const LEVEL_SETS: Readonly<Record<LevelSetName, LevelNames>> = {
  cadre: CADRE_LEVELS,
  hao: TEAM_LEVELS_HAO,
  youxiu: TEAM_LEVELS_YOUXIU,
};

const SET_ORDER: readonly LevelSetName[] = ["cadre", "hao", "youxiu"];

/** A level header (`优秀`, `优秀票`, `优秀票数`) reduced to the level's name. */
export function levelKey(headerKey: string): string {
  return headerKey.replace(/(票数|票|人数)$/, "");
}

export function isLevelHeader(headerKey: string): boolean {
  const key = levelKey(headerKey);
  return SET_ORDER.some((set) => LEVEL_SETS[set].includes(key));
}

export interface LevelColumn {
  readonly set: LevelSetName;
  /** Position in the set, 0 = highest: the index of `TallyRow.counts`. */
  readonly index: number;
}

/**
 * Which set each header of one table (or one category group) belongs to. 优秀 and 一般 occur
 * in two sets, so each header goes to the set with the most headers present; ties go to the
 * cadre set, then 好/较好/一般/差.
 */
export function assignLevelColumns(headerKeys: readonly string[]): Array<LevelColumn | null> {
  const keys = headerKeys.map(levelKey);
  const score = (set: LevelSetName): number => keys.filter((k) => LEVEL_SETS[set].includes(k)).length;
  const ranked = [...SET_ORDER].sort((a, b) => score(b) - score(a));
  return keys.map((key) => {
    const set = ranked.find((s) => LEVEL_SETS[s].includes(key));
    return set === undefined ? null : { set, index: LEVEL_SETS[set].indexOf(key) };
  });
}

/** A raw ballot's mark: a level index, an abstention (blank) or something unrecognised. */
export type MarkReading = number | "blank" | "invalid";

const LETTER_MARKS = "ABCD";

/** Reads a mark through one level set: the level's name, its first character, or A–D. */
export function readMark(value: GridValue, levels: LevelNames): MarkReading {
  if (isBlank(value)) return "blank";
  if (typeof value !== "string") return "invalid";
  const key = dropSpaces(toHalfWidth(value)).toUpperCase();
  const byName = levels.indexOf(key);
  if (byName >= 0) return byName;
  if (key.length !== 1) return "invalid";
  const byFirst = levels.findIndex((level) => level.startsWith(key));
  if (byFirst >= 0) return byFirst;
  const byLetter = LETTER_MARKS.indexOf(key);
  return byLetter >= 0 ? byLetter : "invalid";
}

/** Whether a cell holds a mark of any set: how a raw ballot column is recognised. */
export function isAnyMark(value: GridValue): boolean {
  return !isBlank(value) && SET_ORDER.some((set) => typeof readMark(value, LEVEL_SETS[set]) === "number");
}

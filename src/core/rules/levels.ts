/** The grade / level sets, high to low (DOMAIN.md "Subjects"). */
export type SubjectKind = "cadre" | "team";

export const CADRE_LEVELS = ["优秀", "称职", "基本称职", "不称职"] as const;
export const TEAM_LEVELS_HAO = ["好", "较好", "一般", "差"] as const;
export const TEAM_LEVELS_YOUXIU = ["优秀", "良好", "一般", "较差"] as const;

export type TeamLevelSet = "hao" | "youxiu";

/** Four level names, index 0 the highest. Counts everywhere are kept by this index. */
export type LevelNames = readonly [string, string, string, string];

export function levelsFor(kind: SubjectKind, teamLevelSet: TeamLevelSet): LevelNames {
  if (kind === "cadre") return CADRE_LEVELS;
  return teamLevelSet === "hao" ? TEAM_LEVELS_HAO : TEAM_LEVELS_YOUXIU;
}

/** Index of a grade in its kind's set (0 = highest), or -1 when the grade is not in the set. */
export function levelIndex(kind: SubjectKind, teamLevelSet: TeamLevelSet, grade: string): number {
  return (levelsFor(kind, teamLevelSet) as readonly string[]).indexOf(grade);
}

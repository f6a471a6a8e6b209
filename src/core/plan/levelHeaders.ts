import { CADRE_LEVELS, levelsFor, type TeamLevelSet } from "../rules/levels";

/**
 * Vote columns hold both kinds of subject: level i is a cadre's i-th level or a team's, so a
 * header names both (`不称职/差`). Counts are kept by level index everywhere (model/tally.ts).
 */
export function levelHeaders(teamLevelSet: TeamLevelSet): [string, string, string, string] {
  const team = levelsFor("team", teamLevelSet);
  return [0, 1, 2, 3].map((i) => {
    const cadre = CADRE_LEVELS[i] ?? "";
    const teamLevel = team[i] ?? "";
    return cadre === teamLevel ? cadre : `${cadre}/${teamLevel}`;
  }) as [string, string, string, string];
}

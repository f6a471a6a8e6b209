/**
 * How a subject's name tells a team: 领导班子, or `<unit>领导班子` (CONTRACT.md §1).
 * Names are already normalised (no spaces).
 */
const TEAM_SUFFIX = "领导班子";

export function isTeamName(name: string): boolean {
  return name.endsWith(TEAM_SUFFIX);
}

/** The unit written before 领导班子, or null when the name is 领导班子 alone. */
export function unitInTeamName(name: string): string | null {
  if (!isTeamName(name)) return null;
  const unit = name.slice(0, -TEAM_SUFFIX.length);
  return unit === "" ? null : unit;
}

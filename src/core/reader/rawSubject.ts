import { isTeamName, unitInTeamName } from "./subjectName";
import { normaliseName, normaliseUnit } from "./textNormalise";

export interface RawSubject {
  name: string;
  unit: string | null;
  isTeam: boolean;
}

const NAME_WITH_UNIT = /^(.+?)[(（]([^()（）]+)[)）]$/;

/** A raw ballot column's subject: `褚明`, `褚明（区住建局）` or `胜利路街道领导班子`. */
export function rawSubject(header: string): RawSubject {
  const text = normaliseName(header);
  const withUnit = NAME_WITH_UNIT.exec(text);
  const name = withUnit ? (withUnit[1] ?? text) : text;
  const isTeam = isTeamName(name);
  const written = withUnit ? normaliseUnit(withUnit[2] ?? "") : null;
  return { name, unit: written ?? (isTeam ? unitInTeamName(name) : null), isTeam };
}

import { ROSTER_FIELDS } from "../model/roster";
import { CADRE_LEVELS, TEAM_LEVELS_HAO, TEAM_LEVELS_YOUXIU } from "../rules/levels";
import { TALLY_FIELDS } from "./ballotColumns";
import { normaliseHeader } from "./textNormalise";
import { canonicalHeaders } from "./vocabulary";

/**
 * The fields a mapping correction may name (`--map 现职时间=任现职时间`, a 列映射 row): every
 * roster field and every field of a long or wide ballot table. A clerk names a field by any of
 * its vocabulary headers or by its programme name (`promotedOn`); a level column by its level
 * (优秀, 较好…), whose position is the same in every level set.
 */
const LEVEL_SETS = [CADRE_LEVELS, TEAM_LEVELS_HAO, TEAM_LEVELS_YOUXIU] as const;

function mappableFields(): string[] {
  return [...new Set<string>([...ROSTER_FIELDS, ...TALLY_FIELDS])];
}

function levelIndex(field: string): number | null {
  const m = /^level([0-3])$/.exec(field);
  return m ? Number(m[1]) : null;
}

/** Every name a field goes by: its vocabulary headers (the canonical one first), or for a level the level's names. */
function namesOf(field: string): string[] {
  const index = levelIndex(field);
  if (index === null) return canonicalHeaders(field);
  return [...new Set(LEVEL_SETS.map((set) => set[index] ?? ""))].filter((name) => name !== "");
}

/** The name a field is shown by in 列映射 and in messages: its canonical header, or the field itself when it has none. */
export function fieldLabel(field: string): string {
  return namesOf(field)[0] ?? field;
}

/** The labels of every mappable field, in vocabulary order, for the refusal's list and the table's drop-down. */
export function fieldLabels(): string[] {
  return [...new Set(mappableFields().map(fieldLabel))];
}

const BY_NAME: ReadonlyMap<string, string> = (() => {
  const index = new Map<string, string>();
  for (const field of mappableFields()) {
    index.set(field.toLowerCase(), field);
    for (const name of namesOf(field)) if (!index.has(normaliseHeader(name))) index.set(normaliseHeader(name), field);
  }
  return index;
})();

/** The field a clerk's text names (a vocabulary header or a field name), or undefined when it names none. */
export function fieldOfText(text: string): string | undefined {
  const key = normaliseHeader(text);
  return BY_NAME.get(key) ?? BY_NAME.get(key.toLowerCase());
}

/** The word a correction uses for "leave this column unused", written into 列映射 and read back. */
export const UNUSED_LABEL = "不使用";

/**
 * What a 字段 cell or `--map` value means: a field, null for "leave the column unused" (blank or
 * 不使用), or undefined when it names nothing.
 */
export function correctionField(text: string): string | null | undefined {
  const key = normaliseHeader(text);
  if (key === "" || key === UNUSED_LABEL || key === "忽略") return null;
  return fieldOfText(text);
}

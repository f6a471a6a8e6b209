import { makeFinding, type Finding } from "../findings/finding";
import { sourceCell, type RosterRow } from "../model/roster";
import type { TallyRow } from "../model/tally";
import { distinctFindings } from "./readerFindings";
import { normaliseName, normaliseUnit } from "./textNormalise";

type Candidate = Pick<RosterRow, "id" | "name" | "unit" | "kind">;

/** A candidate with its unit's key worked out once: tallies compare it many times over. */
interface Keyed {
  row: Candidate;
  unitKey: string;
}

type Match = { id: string } | { problem: "unknown"; otherUnits: string[] } | { problem: "ambiguous"; units: string[] };

const keyed = (row: Candidate): Keyed => ({ row, unitKey: normaliseUnit(row.unit) });

/**
 * Which roster rows a tally's unit may mean: the same unit, else (when none is) the one unit
 * that contains the other's name (人社局 / 区人社局), if there is exactly one, else the rows of
 * that name when the roster gives them no unit. `sameUnit` is the candidates of each unit key,
 * in roster order: a team tally's candidates are every team, and filtering them per tally grew
 * with teams × tallies.
 */
function byUnit(candidates: readonly Keyed[], sameUnit: ReadonlyMap<string, Keyed[]> | null, unit: string): Keyed[] {
  const key = normaliseUnit(unit);
  const same = sameUnit === null ? candidates.filter((c) => c.unitKey === key) : (sameUnit.get(key) ?? []);
  if (same.length > 0) return same;
  const close = candidates.filter((c) => c.unitKey !== "" && (c.unitKey.includes(key) || key.includes(c.unitKey)));
  if (close.length === 1) return close;
  // A roster without units (its column_missing already reported) still matches a unique name;
  // several rows of that name are ambiguous rather than unknown.
  return candidates.every((c) => c.unitKey === "") ? [...candidates] : [];
}

interface Candidates {
  byName: ReadonlyMap<string, Keyed[]>;
  teams: readonly Keyed[];
  teamsByUnit: ReadonlyMap<string, Keyed[]>;
}

function matchOne(tally: TallyRow, { byName, teams, teamsByUnit }: Candidates): Match {
  const candidates = tally.isTeam
    ? teams
    : (byName.get(normaliseName(tally.subjectName)) ?? []).filter((c) => c.row.kind === "cadre");
  const pool =
    tally.subjectUnit === null ? candidates : byUnit(candidates, tally.isTeam ? teamsByUnit : null, tally.subjectUnit);
  const only = pool[0];
  if (pool.length === 1 && only) return { id: only.row.id };
  if (pool.length > 1) return { problem: "ambiguous", units: pool.map((c) => c.row.unit) };
  return { problem: "unknown", otherUnits: candidates.map((c) => c.row.unit) };
}

/** The answers of one written name: its first unit's, and any other unit's once one is asked. */
interface NameAnswers {
  unit: string | null;
  match: Match;
  others: Map<string | null, Match> | null;
}

/**
 * Each question answered once: a subject's rows (one per evaluator category, five in a district)
 * name the same person and unit, and a match by name and unit depends on nothing else. A name
 * is nearly always written with one unit, so its answer is kept without a map of its own: a map
 * for each of a district's 20,000 names lived until the last tally was matched.
 */
class MatchAnswers {
  /** By written name. */
  private readonly cadres = new Map<string, NameAnswers>();
  private readonly teams = new Map<string, NameAnswers>();

  constructor(private readonly candidates: Candidates) {}

  of(tally: TallyRow): Match {
    const byName = tally.isTeam ? this.teams : this.cadres;
    const answers = byName.get(tally.subjectName);
    if (answers === undefined) {
      const match = matchOne(tally, this.candidates);
      byName.set(tally.subjectName, { unit: tally.subjectUnit, match, others: null });
      return match;
    }
    if (answers.unit === tally.subjectUnit) return answers.match;
    answers.others ??= new Map();
    let match = answers.others.get(tally.subjectUnit);
    if (match === undefined) {
      match = matchOne(tally, this.candidates);
      answers.others.set(tally.subjectUnit, match);
    }
    return match;
  }
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  // Pushed, not copied: a roster of thousands of rows with one name must not take quadratic time.
  const values = map.get(key);
  if (values === undefined) map.set(key, [value]);
  else values.push(value);
}

/**
 * Matches each tally to its roster subject by normalised name and unit: a name that is unique
 * in the roster matches without a unit; a team matches the team row of its unit. A tally that
 * fits no row is `subject_unknown`, one that fits several is `subject_ambiguous`; neither is
 * guessed, and their `subjectId` is null. `subjectId` is set on the rows themselves, which are
 * returned: a copy of every row would be a second 100,000 objects alive through the review.
 */
export function matchSubjects(roster: RosterRow[], tallies: TallyRow[]): { tallies: TallyRow[]; findings: Finding[] } {
  const byName = new Map<string, Keyed[]>();
  const teams: Keyed[] = [];
  const teamsByUnit = new Map<string, Keyed[]>();
  // Index loops: an array iterator makes a result object per row until the loop is optimised.
  for (let i = 0; i < roster.length; i++) {
    const row = roster[i] as RosterRow;
    const candidate = keyed(row);
    pushTo(byName, normaliseName(row.name), candidate);
    if (row.kind !== "team") continue;
    teams.push(candidate);
    pushTo(teamsByUnit, candidate.unitKey, candidate);
  }
  const findings: Finding[] = [];
  const answers = new MatchAnswers({ byName, teams, teamsByUnit });
  for (let i = 0; i < tallies.length; i++) {
    const tally = tallies[i] as TallyRow;
    const match = answers.of(tally);
    if ("id" in match) {
      tally.subjectId = match.id;
      continue;
    }
    findings.push(matchFinding(tally, match));
    tally.subjectId = null;
  }
  // A raw sheet gives one tally per category, all at the same header cell: one finding is enough.
  return { tallies, findings: distinctFindings(findings) };
}

function matchFinding(tally: TallyRow, match: Exclude<Match, { id: string }>): Finding {
  const where = {
    file: tally.source.file,
    sheet: tally.source.sheet,
    cell: sourceCell(tally.source, "name"),
    subject: tally.subjectName,
    subjectUnit: tally.subjectUnit ?? undefined,
  };
  const who = tally.subjectUnit ? `${tally.subjectUnit}的“${tally.subjectName}”` : `“${tally.subjectName}”`;
  const whoEn = tally.subjectUnit ? `"${tally.subjectName}" of ${tally.subjectUnit}` : `"${tally.subjectName}"`;
  if (match.problem === "ambiguous") {
    const units = match.units.join("、");
    return makeFinding("subject_ambiguous", where, {
      zh: `名册中有多个${who}（${units}），无法确定是哪一位：请在测评表中填写单位`,
      en: `The roster has several ${whoEn} (${match.units.join(", ")}); add the unit to the ballot row`,
    });
  }
  const elsewhere = match.otherUnits.length > 0 ? `；名册中同名的在：${match.otherUnits.join("、")}` : "";
  const elsewhereEn =
    match.otherUnits.length > 0 ? `; the roster has this name in: ${match.otherUnits.join(", ")}` : "";
  return makeFinding("subject_unknown", where, {
    zh: `名册中没有${who}${elsewhere}`,
    en: `${whoEn} is not in the roster${elsewhereEn}`,
  });
}

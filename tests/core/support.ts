import { assess } from "../../src/core/assess/assess";
import type { Assessment, SubjectResult } from "../../src/core/assess/assessment";
import type { CalDate } from "../../src/core/model/calendarDate";
import { blankRosterRow, type RosterRow } from "../../src/core/model/roster";
import type { TallyRow } from "../../src/core/model/tally";
import { RulesSchema, type Rules, type RulesInput } from "../../src/core/rules/rules";
import { sampleRosterCells } from "../fixtures/sampleRosterColumns";

/**
 * Readable fixtures for the assessment core: rows built as a clerk would type them, with the
 * cells of the sample roster's columns, so findings can be checked down to their A1 address.
 */

/** `2020-07-02` or `2020-07` (a month alone). */
export function date(text: string): CalDate {
  const [y, m, d] = text.split("-").map(Number);
  return { y: y ?? 0, m: m ?? 0, d: d ?? null };
}

export function cadre(row: number, name: string, unit: string, fields: Partial<RosterRow> = {}): RosterRow {
  const base = blankRosterRow(`R${row}`, name, unit, "cadre");
  return { ...base, source: { ...base.source, row, cells: sampleRosterCells(row) }, ...fields };
}

export function team(row: number, unit: string, fields: Partial<RosterRow> = {}): RosterRow {
  const base = blankRosterRow(`R${row}`, "领导班子", unit, "team");
  return { ...base, source: { ...base.source, row, cells: sampleRosterCells(row) }, ...fields };
}

let tallyCount = 0;

/** A long-layout tally row on sheet 测评 at row `row`, levels in G..J as in the long sample. */
export function tally(
  subject: RosterRow | null,
  row: number,
  counts: [number | null, number | null, number | null, number | null],
  fields: Partial<TallyRow> = {},
): TallyRow {
  tallyCount += 1;
  const cells: Record<string, string> = {
    name: `A${row}`,
    category: `C${row}`,
    issued: `D${row}`,
    returned: `E${row}`,
    valid: `F${row}`,
    level0: `G${row}`,
    level1: `H${row}`,
    level2: `I${row}`,
    level3: `J${row}`,
    abstain: `K${row}`,
    expected: `L${row}`,
  };
  const sum = counts.reduce<number>((s, n) => s + (n ?? 0), 0);
  return {
    id: `T${tallyCount}`,
    layout: "long",
    source: { file: "ballots.xlsx", sheet: "测评", row, cells },
    subjectName: subject?.name ?? "无名氏",
    subjectUnit: subject?.unit ?? null,
    isTeam: subject?.kind === "team",
    category: "干部职工代表",
    item: null,
    expected: null,
    issued: sum,
    returned: sum,
    valid: sum,
    counts,
    abstain: 0,
    subjectId: subject?.id ?? null,
    ...fields,
  };
}

export function rules(year = 2020, overrides: Partial<RulesInput> = {}): Rules {
  return RulesSchema.parse({ ...overrides, year });
}

export function run(roster: RosterRow[], tallies: TallyRow[] = [], ruleSet: Rules = rules()): Assessment {
  return assess({ roster, tallies, rules: ruleSet });
}

/** The result of one row, assessed alone. */
export function one(row: RosterRow, ruleSet: Rules = rules()): SubjectResult {
  const result = run([row], [], ruleSet).subjects[0];
  if (result === undefined) throw new Error("no subject");
  return result;
}

export function codes(assessment: Assessment): string[] {
  return assessment.findings.map((f) => f.code);
}

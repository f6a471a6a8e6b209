import type { Assessment, SubjectResult, TallyCheck } from "../../src/core/assess/assessment";
import type { PlanContext } from "../../src/core/plan/planContext";
import { blankRosterRow, type RosterRow } from "../../src/core/model/roster";
import type { TallyRow } from "../../src/core/model/tally";
import { defaultRules } from "../../src/core/rules/rules";

/**
 * Hand-made assessments, independent of assess(), for tests of the plan's shape: what a sheet
 * holds, how text is written, where colours and links go.
 */
export function subject(
  id: number,
  fields: Partial<RosterRow> = {},
  result: Partial<SubjectResult> = {},
): SubjectResult {
  const base = blankRosterRow(`R${id}`, `干部${id}`, "孟轲乡");
  const row: RosterRow = {
    ...base,
    source: {
      file: "roster.xlsx",
      sheet: "名册",
      row: id + 2,
      cells: { name: `B${id + 2}`, proposedGrade: `S${id + 2}` },
    },
    ...fields,
  };
  return {
    row,
    kind: row.kind,
    status: "graded",
    clauses: [],
    hits: [],
    cap: null,
    receivesGrade: true,
    derived: {
      daysInYear: 366,
      leaveDays: null,
      workedDays: null,
      hostDays: null,
      assessingUnit: null,
      mainPost: null,
      personRows: 1,
      effect: null,
      effectRecord: null,
      probationDue: false,
    },
    explanation: "按规定参加年度考核",
    explanationEn: "Assessed as usual",
    votes: null,
    specialReport: false,
    reviewTriggers: [],
    proposedGrade: row.proposedGrade,
    gradeProblem: null,
    ...result,
  };
}

export function tallyCheck(id: number, subjectId: string | null, fields: Partial<TallyRow> = {}): TallyCheck {
  const tally: TallyRow = {
    id: `T${id}`,
    layout: "long",
    source: { file: "ballots.xlsx", sheet: "测评", row: id + 1, cells: { name: `B${id + 1}` } },
    subjectName: "干部1",
    subjectUnit: "孟轲乡",
    isTeam: false,
    category: "班子成员",
    item: null,
    expected: null,
    issued: 10,
    returned: 10,
    valid: 10,
    counts: [4, 4, 2, 0],
    abstain: 0,
    subjectId,
    ...fields,
  };
  return { tally, included: true, problems: [] };
}

export function assessmentOf(subjects: SubjectResult[], tallies: TallyCheck[] = []): Assessment {
  const rules = defaultRules(2020);
  return {
    rules,
    year: 2020,
    daysInYear: 366,
    subjects,
    tallies,
    units: [],
    teams: { graded: 0, theoretical: 0, goodQuota: 0, goodProposed: 0, over: false },
    findings: [],
  };
}

export const CONTEXT: PlanContext = { findings: [], rosterFile: "roster.xlsx", keptSheets: ["名册"], date1904: false };

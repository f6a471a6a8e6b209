import type { Assessment, SubjectResult } from "../assess/assessment";
import type { Finding } from "../findings/finding";
import { levelsFor, type LevelNames } from "../rules/levels";
import { REPORT_SCHEMA, type Report, type ReportSubject } from "./reportSchema";

/**
 * The JSON report from the core's decisions, the same decisions the reviewed workbook shows.
 * `findings` defaults to the core's; the pipeline passes every finding (reader, core, output).
 */
export function buildReport(assessment: Assessment, findings: readonly Finding[] = assessment.findings): Report {
  const { teamLevelSet } = assessment.rules;
  return {
    schema: REPORT_SCHEMA,
    year: assessment.year,
    subjects: assessment.subjects.map((s) => reportSubject(s, teamLevelSet)),
    units: assessment.units.map((u) => ({
      unit: u.unit,
      graded: u.graded,
      theoretical: u.theoretical,
      excellentQuota: u.excellentQuota,
      excellentProposed: u.excellentProposed,
    })),
    teams: {
      graded: assessment.teams.graded,
      theoretical: assessment.teams.theoretical,
      goodQuota: assessment.teams.goodQuota,
      goodProposed: assessment.teams.goodProposed,
    },
    findings: findings.map((f) => ({ ...f })),
  };
}

function reportSubject(s: SubjectResult, teamLevelSet: Assessment["rules"]["teamLevelSet"]): ReportSubject {
  return {
    id: s.row.id,
    name: s.row.name,
    unit: s.row.unit,
    kind: s.kind,
    status: s.status,
    clauses: [...s.clauses],
    cap: s.cap,
    probationDue: s.derived.probationDue,
    votes:
      s.votes === null
        ? null
        : {
            valid: s.votes.valid,
            abstain: s.votes.abstain,
            counts: countsByLevel(levelsFor(s.kind, teamLevelSet), s.votes.counts),
          },
    specialReport: s.specialReport,
    proposedGrade: s.proposedGrade,
    effect: s.derived.effect,
    source: { file: s.row.source.file, sheet: s.row.source.sheet, row: s.row.source.row },
    receivesGrade: s.receivesGrade,
    explanation: s.explanation,
  };
}

/**
 * The counts by level name, high to low, in one literal: entries made into an object were four
 * pairs and a list per subject, thrown away at once.
 */
function countsByLevel(levels: LevelNames, counts: readonly [number, number, number, number]): Record<string, number> {
  return { [levels[0]]: counts[0], [levels[1]]: counts[1], [levels[2]]: counts[2], [levels[3]]: counts[3] };
}

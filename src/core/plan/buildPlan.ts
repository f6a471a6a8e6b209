import type { Assessment } from "../assess/assessment";
import { findingsSheet } from "./findingsSheet";
import { findingTargets } from "./findingTargets";
import { FIRST_DATA_ROW, lastDataRow, TITLE_ROW } from "./kaoheSheets";
import type { PlanContext } from "./planContext";
import { withPrint } from "./printSetup";
import { quotaSheet, quotaUnitRanges } from "./quotaSheet";
import { buildRulesSheet, SCHEMA_VERSION } from "./rulesSheet";
import { subjectColumns } from "./subjectColumns";
import { subjectLines, subjectsSheet } from "./subjectsSheet";
import { summarySheet } from "./summarySheet";
import { sourceLines, talliesSheet } from "./talliesSheet";
import { tallyColumns } from "./tallyColumns";
import type { WritePlan } from "./writePlan";

export type { PlanContext } from "./planContext";

/**
 * The reviewed workbook as a write plan: Kaohe's six sheets, the rules' defined names and the
 * marker names. Pure data; the same assessment and context always give the same plan, which is
 * what makes a re-run replace the sheets with identical ones.
 */
export function buildPlan(assessment: Assessment, context: PlanContext): WritePlan {
  const { teamLevelSet } = assessment.rules;
  const { year } = assessment;
  const rules = buildRulesSheet(assessment.rules, context.date1904, context.columnMap);
  const tallyCols = tallyColumns(teamLevelSet);
  const subjectCols = subjectColumns(teamLevelSet);
  const tallyRanges = { cols: tallyCols, lastRow: lastDataRow(assessment.tallies.length) };
  const subjectRanges = { cols: subjectCols, lastRow: lastDataRow(assessment.subjects.length) };
  const targets = findingTargets(
    assessment,
    context,
    subjectCols.letter("grade"),
    FIRST_DATA_ROW + assessment.units.length,
    {
      subjects: subjectCols.range("id", subjectRanges.lastRow),
      quotas: quotaUnitRanges(assessment).keys,
      tallies: tallyCols.range("id", tallyRanges.lastRow),
    },
  );
  const subjects = subjectsSheet(assessment, context, tallyRanges);
  const quotas = quotaSheet(assessment, subjectRanges);
  const findings = findingsSheet(context.findings, targets, year);
  const summary = summarySheet({
    assessment,
    subjects: { sheet: subjects, ...subjectRanges },
    quotas: { sheet: quotas },
    findings: { sheet: findings, lastRow: lastDataRow(context.findings.length) },
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    // The order of KAOHE_SHEET_NAMES: what a leader reads first comes first.
    // Every sheet prints alike; 考核对象 prints up to the leader's columns (printSetup.ts).
    sheets: [
      withPrint(summary.sheet, year, { repeatRow: TITLE_ROW, together: summary.together }),
      withPrint(subjects, year, {
        lastCol: subjectCols.col("receives"),
        lines: subjectLines(assessment.subjects, subjectCols),
      }),
      withPrint(quotas, year),
      withPrint(findings, year),
      withPrint(talliesSheet(assessment.tallies, teamLevelSet), year, {
        lines: [sourceLines(assessment.tallies, tallyCols)],
      }),
      withPrint(rules.sheet, year),
    ],
    names: rules.names,
  };
}

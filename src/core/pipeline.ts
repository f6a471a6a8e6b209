import { assess } from "./assess/assess";
import type { Assessment } from "./assess/assessment";
import { compareFindings, makeFinding, type Finding } from "./findings/finding";
import type { SheetGrid } from "./model/sheetGrid";
import { buildPlan } from "./plan/buildPlan";
import { appliedOverrides, columnMapOutcome, resolveColumnMap } from "./plan/columnMapResolve";
import { relocateGradeFindings, withEditedGrades } from "./plan/editedGrades";
import { KAOHE_SHEET_KINDS, KIND_SHEET_NAME, kindOfGrid } from "./plan/kaoheSheetContent";
import { renamePlanSheets } from "./plan/renamePlanSheets";
import { resolveRules, type RulesOverride, type RulesRefusal } from "./plan/resolveRules";
import { sortRosterSheets } from "./plan/rosterSheets";
import type { WritePlan } from "./plan/writePlan";
import type { MappingOverride } from "./reader/columnMapping";
import type { HeaderOverride } from "./reader/headerOverrides";
import { matchSubjects } from "./reader/matchSubjects";
import { readBallots, type BallotReading } from "./reader/readBallots";
import { readRoster, rosterRefusal, type RosterReading } from "./reader/readRoster";
import { buildReport } from "./report/buildReport";
import type { Report } from "./report/reportSchema";

/**
 * The facade every host calls: grids in, the reviewed workbook's plan and the report out.
 * It reads what a clerk may have edited in an earlier reviewed workbook (the rules, the grades)
 * before reading the roster and ballots again, so a re-run keeps the clerk's decisions.
 */
export interface ReviewInput {
  /** Every sheet of the roster workbook, Kaohe's own sheets included when it was reviewed before. */
  rosterGrids: SheetGrid[];
  ballotGrids: SheetGrid[];
  /** `--rules`: overrides the workbook's 考核规则; may leave out the year. */
  rulesOverride?: RulesOverride;
  year?: number;
  overrides?: MappingOverride[];
  /** `--map`: corrections by header; each replaces the 列映射 row of its header. */
  headerOverrides?: HeaderOverride[];
  /** What the host found in the roster workbook that the output cannot carry (charts, images…). */
  notKept?: string[];
  /**
   * The sheet names the roster workbook's marker (the name `KAOHE_SHEETS`) lists, when the host
   * read one: Kaohe's current sheets among those whose content is Kaohe's (rosterSheets.ts).
   */
  markedSheets?: string[];
  /**
   * Every sheet name of the workbook the plan is written into, when it holds sheets not among
   * `rosterGrids` (in Excel, a sheet the task pane did not read or read as ballots): Kaohe's
   * sheets are named around them as around the roster's (a user's 汇总 stays, Kaohe writes
   * `汇总（考核助手）`).
   */
  workbookSheets?: string[];
}

export interface ReviewResult {
  roster: RosterReading;
  /** The tally rows as read, matched in place: the same objects the assessment's tally checks hold. */
  ballots: BallotReading;
  assessment: Assessment;
  plan: WritePlan;
  report: Report;
  findings: Finding[];
}

export type ReviewOutcome =
  { ok: true; result: ReviewResult } | { ok: false; message: string; messageEn: string; code?: RulesRefusal };

/** The steps of a review in order, reported to a host that shows progress (the task pane runs review() in a worker). */
export const REVIEW_STEPS = ["roster", "ballots", "assess", "plan", "report"] as const;
export type ReviewStep = (typeof REVIEW_STEPS)[number];

export function review(input: ReviewInput, onStep?: (step: ReviewStep) => void): ReviewOutcome {
  onStep?.("roster");
  const rosterFile = input.rosterGrids[0]?.file ?? "";
  const sheets = sortRosterSheets(input.rosterGrids, rosterFile, input.markedSheets ?? null, input.workbookSheets);
  const kaoheGrids = [...sheets.current.values()];
  const sourceGrids = sheets.sources;
  const columnMap = resolveColumnMap({ kaoheGrids, commandLine: input.headerOverrides ?? [] });
  const corrections = {
    headerOverrides: appliedOverrides(columnMap.entries),
    ...(input.overrides ? { overrides: input.overrides } : {}),
  };
  const roster = readRoster(sourceGrids, corrections);
  if (!roster.mappings.some((m) => m.role === "roster")) {
    const refusal = rosterRefusal(rosterFile, sourceGrids);
    return { ok: false, message: refusal.zh, messageEn: refusal.en };
  }
  const resolved = resolveRules({
    kaoheGrids,
    rulesOverride: input.rulesOverride,
    year: input.year,
    yearHint: roster.yearHint,
  });
  if (!resolved.ok) return resolved;
  const { rules } = resolved;
  const edited = withEditedGrades(roster.rows, kaoheGrids);
  onStep?.("ballots");
  const ballots = readBallots(input.ballotGrids, {
    teamLevelSet: rules.teamLevelSet,
    ...corrections,
  });
  const mapped = columnMapOutcome(
    columnMap.entries,
    input.overrides ?? [],
    [...roster.mappings, ...ballots.mappings],
    rosterFile,
  );
  const matched = matchSubjects(edited.rows, ballots.tallies);
  onStep?.("assess");
  const assessment = assess({ roster: edited.rows, tallies: matched.tallies, rules });
  const findings = [
    ...sheets.findings,
    ...resolved.findings,
    ...columnMap.findings,
    ...mapped.findings,
    ...roster.findings,
    ...ballots.findings,
    ...matched.findings,
    ...relocateGradeFindings(assessedFindings(assessment, input), assessment, edited.editedIds, {
      file: rosterFile,
      sheet: sheets.names.subjects,
    }),
    ...ballotsNotGiven(rosterFile, input),
    ...notKeptFindings(rosterFile, input.notKept ?? []),
  ].sort(compareFindings);
  onStep?.("plan");
  const built = buildPlan(assessment, {
    findings,
    rosterFile,
    keptSheets: keptSheets(input, rosterFile),
    date1904: input.rosterGrids[0]?.date1904 ?? false,
    columnMap: mapped.rows,
  });
  const plan = renamePlanSheets(built, new Map(KAOHE_SHEET_KINDS.map((k) => [KIND_SHEET_NAME[k], sheets.names[k]])));
  onStep?.("report");
  return {
    ok: true,
    result: { roster, ballots, assessment, plan, report: buildReport(assessment, findings), findings },
  };
}

/**
 * The source sheets the reviewed workbook carries, so findings on them link inside it: the
 * roster workbook's own sheets, and ballot sheets that live in the same workbook (in Excel,
 * clerks copy ballot sheets next to the roster).
 */
function keptSheets(input: ReviewInput, rosterFile: string): string[] {
  const grids = [...input.rosterGrids, ...input.ballotGrids].filter(
    (g) => g.file === rosterFile && kindOfGrid(g) === null,
  );
  return [...new Set(grids.map((g) => g.sheet))];
}

function notKeptFindings(file: string, notKept: readonly string[]): Finding[] {
  if (notKept.length === 0) return [];
  return [
    makeFinding(
      "content_not_kept",
      { file },
      {
        zh: `名册工作簿中的${notKept.join("、")}无法保留在审核后的工作簿中，请在原工作簿中查看`,
        en: `The roster workbook's ${notKept.join(", ")} cannot be kept in the reviewed workbook: see the original`,
      },
    ),
  ];
}

/**
 * A roster-only run (no `--ballots`, CONTRACT.md §2) checks the roster before the ballots
 * arrive: one information finding says so, instead of a `ballots_missing` for every subject.
 */
function assessedFindings(assessment: Assessment, input: ReviewInput): Finding[] {
  if (input.ballotGrids.length > 0) return assessment.findings;
  return assessment.findings.filter((f) => f.code !== "ballots_missing");
}

function ballotsNotGiven(file: string, input: ReviewInput): Finding[] {
  if (input.ballotGrids.length > 0) return [];
  return [
    makeFinding(
      "ballots_not_given",
      { file },
      {
        zh: "未提供民主测评表：本次只审核名册（资格、名额和等次），不含测评结果",
        en: "No ballots were given: this run reviews the roster only (eligibility, quotas and grades), without ballot results",
      },
    ),
  ];
}

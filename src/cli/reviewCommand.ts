import { stat } from "node:fs/promises";
import { review, type ReviewInput, type ReviewResult } from "../core/pipeline";
import type { WritePlan } from "../core/plan/writePlan";
import type { RulesRefusal } from "../core/plan/resolveRules";
import { ProtectedSheetError, SheetNotKaoheError } from "../hosts/exceljs/applyPlanErrors";
import type { OpenedWorkbook } from "../hosts/exceljs/readWorkbook";
import {
  FileNotReadableError,
  NoSheetsError,
  NotAWorkbookError,
  ProtectedWorkbookError,
  WorkbookFileMissingError,
  WorkbookTooLargeError,
} from "../hosts/exceljs/readWorkbookErrors";
import { UnreadableFileError } from "../hosts/sheetjs/readErrors";
import { HeapPolicy } from "./heapPolicy";
import { checkDraftsDir, draftsLine, writeDrafts } from "./draftFiles";
import { EXIT_CANNOT_PROCESS, EXIT_OK, EXIT_STRICT } from "./exitCodes";
import { InputError } from "./inputError";
import { parseMapOptions } from "./mapOption";
import { checkOutputPath } from "./outputFile";
import { Progress } from "./progress";
import {
  parseYear,
  readBallotWorkbook,
  readRosterWorkbook,
  readRulesFile,
  reportText,
  writeReport,
  writeReviewedWorkbook,
  writeTarget,
  type WriteTarget,
} from "./reviewFiles";
import { summaryLines } from "./summary";
import { gridCellText } from "../hosts/xlsx/reviewedPackage";

/**
 * `kaohe review` (CONTRACT.md §2): exit 0 when the workbooks were processed whatever they
 * contain, 1 with --strict when a finding is an error, 2 with one Chinese line on stderr when
 * they cannot be processed.
 */
export interface ReviewOptions {
  roster: string;
  ballots: string[];
  rules?: string | undefined;
  year?: string | undefined;
  /** `--map HEADER=FIELD`, repeatable. */
  map?: string[] | undefined;
  strict?: boolean | undefined;
  out: string;
  json?: string | undefined;
  /** `--docx DIR`: the Word drafts. */
  docx?: string | undefined;
}

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

/** Failures that mean the workbooks cannot be processed; each carries one Chinese line. */
const CANNOT_PROCESS = [
  InputError,
  WorkbookFileMissingError,
  FileNotReadableError,
  NotAWorkbookError,
  NoSheetsError,
  UnreadableFileError,
  WorkbookTooLargeError,
  ProtectedWorkbookError,
  SheetNotKaoheError,
  ProtectedSheetError,
];

/** How the command line fixes what the core refuses, in its own options. */
const CLI_HINT: Record<RulesRefusal, string> = {
  year_unknown: "，请用 --year 指定，例如 --year 2020",
  rules_invalid: "，请检查规则文件（--rules）、工作簿的“考核规则”表或 --year",
};

export async function runReview(options: ReviewOptions, io: CliOutput): Promise<number> {
  try {
    return await reviewFiles(options, io);
  } catch (error) {
    if (error instanceof Error && CANNOT_PROCESS.some((kind) => error instanceof kind)) {
      io.err(error.message);
      return EXIT_CANNOT_PROCESS;
    }
    throw error;
  }
}

async function reviewFiles(options: ReviewOptions, io: CliOutput): Promise<number> {
  const year = parseYear(options.year);
  const headerOverrides = parseMapOptions(options.map ?? []);
  await checkOutputs(options);
  const rulesOverride = options.rules === undefined ? undefined : await readRulesFile(options.rules);
  const progress = new Progress((line) => io.err(line));
  const heap = new HeapPolicy(await inputBytes([options.roster, ...options.ballots]));
  const done = await reviewInputs(options, progress, {
    ...(rulesOverride === undefined ? {} : { rulesOverride }),
    ...(year === undefined ? {} : { year }),
    ...(headerOverrides.length === 0 ? {} : { headerOverrides }),
  });
  heap.beforeWrite();
  progress.step(`正在写入 ${options.out}…`);
  await writeReviewedWorkbook(done.target, done.plan, options.out);
  if (options.json !== undefined) await writeReport(done.report, options.json);
  const drafts = done.drafts === null ? null : await writeDrafts(done.drafts.result, done.drafts.dir, new Date());
  for (const line of done.summary) io.out(line);
  if (drafts !== null) io.out(draftsLine(drafts));
  return options.strict === true && done.hasError ? EXIT_STRICT : EXIT_OK;
}

/**
 * What a review leaves for writing: the plan and what is printed and reported, made before any
 * output is written, so that the grids, rows and assessment (most of the memory of a district's
 * review) can go while the workbook is written. Only `--docx` keeps the whole review.
 */
interface Reviewed {
  target: WriteTarget;
  plan: WritePlan;
  report: string;
  summary: string[];
  /** `--docx DIR`: the drafts are written from the whole review. */
  drafts: { result: ReviewResult; dir: string } | null;
  hasError: boolean;
}

/** The input files' sizes in all; a file that cannot be read counts nothing here (its reader says why). */
async function inputBytes(paths: readonly string[]): Promise<number> {
  const sizes = await Promise.all(
    paths.map((path) =>
      stat(path).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

async function reviewInputs(
  options: ReviewOptions,
  progress: Progress,
  settings: Pick<ReviewInput, "rulesOverride" | "year" | "headerOverrides">,
): Promise<Reviewed> {
  const readOptions = (file: string) => ({ onOpened: (opened: OpenedWorkbook) => progress.opened(file, opened) });
  const roster = await readRosterWorkbook(options.roster, readOptions(options.roster));
  progress.read(options.roster, roster.grids);
  const ballots = [];
  for (const path of options.ballots) {
    const ballot = await readBallotWorkbook(path, readOptions(path));
    progress.read(path, ballot);
    ballots.push(ballot);
  }
  progress.step("正在审核…");
  const outcome = review({
    rosterGrids: roster.grids.grids,
    ballotGrids: ballots.flatMap((b) => b.grids),
    notKept: roster.grids.notKept,
    ...(roster.pack === null ? {} : { markedSheets: roster.pack.markedSheets(gridCellText(roster.grids.grids)) }),
    ...settings,
  });
  if (!outcome.ok)
    throw new InputError(`${outcome.message}${outcome.code === undefined ? "" : CLI_HINT[outcome.code]}`);
  const { result } = outcome;
  return {
    target: writeTarget(roster),
    plan: result.plan,
    report: options.json === undefined ? "" : reportText(result.report),
    summary: summaryLines(result, { out: options.out, json: options.json }),
    drafts: options.docx === undefined ? null : { result, dir: options.docx },
    hasError: result.findings.some((f) => f.severity === "error"),
  };
}

/** Before any work: outputs that replace an input, or each other, or cannot be written, stop the run. */
async function checkOutputs(options: ReviewOptions): Promise<void> {
  const inputs = [options.roster, ...options.ballots, ...(options.rules === undefined ? [] : [options.rules])];
  await checkOutputPath(options.out, inputs);
  if (options.json !== undefined) await checkOutputPath(options.json, [...inputs, options.out]);
  if (options.docx !== undefined) await checkDraftsDir(options.docx);
}

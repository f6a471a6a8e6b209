import { review } from "../core/pipeline";
import { applyPlanToWorkbook } from "../hosts/exceljs/applyPlan";
import { readWorkbookFile } from "../hosts/exceljs/readWorkbook";
import { NotAWorkbookError, WorkbookFileMissingError } from "../hosts/exceljs/readWorkbookErrors";
import { InputError, parseYear, readRosterWorkbook, readRulesFile, writeReport, writeWorkbook } from "./reviewFiles";
import { summaryLines } from "./summary";

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
  strict?: boolean | undefined;
  out: string;
  json?: string | undefined;
}

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

export const EXIT_OK = 0;
export const EXIT_STRICT = 1;
export const EXIT_CANNOT_PROCESS = 2;

export async function runReview(options: ReviewOptions, io: CliOutput): Promise<number> {
  try {
    return await reviewFiles(options, io);
  } catch (error) {
    if (
      error instanceof InputError ||
      error instanceof WorkbookFileMissingError ||
      error instanceof NotAWorkbookError
    ) {
      io.err(error.message);
      return EXIT_CANNOT_PROCESS;
    }
    throw error;
  }
}

async function reviewFiles(options: ReviewOptions, io: CliOutput): Promise<number> {
  if (options.ballots.length === 0) throw new InputError("缺少 --ballots：请至少给出一个民主测评工作簿");
  const year = parseYear(options.year);
  const rulesOverride = options.rules === undefined ? undefined : await readRulesFile(options.rules);
  const roster = await readRosterWorkbook(options.roster);
  const ballots = [];
  for (const path of options.ballots) ballots.push(await readWorkbookFile(path));
  const outcome = review({
    rosterGrids: roster.grids.grids,
    ballotGrids: ballots.flatMap((b) => b.grids),
    notKept: roster.grids.notKept,
    ...(rulesOverride === undefined ? {} : { rulesOverride }),
    ...(year === undefined ? {} : { year }),
  });
  if (!outcome.ok) throw new InputError(outcome.message);
  const { result } = outcome;
  applyPlanToWorkbook(roster.workbook, result.plan);
  await writeWorkbook(roster.workbook, options.out);
  if (options.json !== undefined) await writeReport(result.report, options.json);
  for (const line of summaryLines(result, { out: options.out, json: options.json })) io.out(line);
  const hasError = result.findings.some((f) => f.severity === "error");
  return options.strict === true && hasError ? EXIT_STRICT : EXIT_OK;
}

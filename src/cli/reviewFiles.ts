import { readFile, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import type { RulesOverride } from "../core/plan/resolveRules";
import { issueText } from "../core/rules/issueText";
import { RulesSchema } from "../core/rules/rules";
import type { Report } from "../core/report/reportSchema";
import type { ReadOptions, WorkbookGrids } from "../hosts/exceljs/readWorkbook";
import { readWorkbookStreaming } from "../hosts/exceljs/streamWorkbookNode";
import { inputFileError, ProtectedWorkbookError, WorkbookFileMissingError } from "../hosts/exceljs/readWorkbookErrors";
import type { WritePlan } from "../core/plan/writePlan";
import { refusedForLimits } from "../hosts/exceljs/partCounter";
import { RosterPackage, writeCellText, type CellText } from "../hosts/xlsx/reviewedPackage";
import { nodeZipCodec } from "../hosts/xlsx/nodeZipCodec";
import { UnusualPackageError } from "../hosts/xlsx/unusualPackage";
import { fileFormat } from "../hosts/sheetjs/fileFormat";
import { InputError } from "./inputError";
import { writeFileAtomically } from "./outputFile";

/**
 * The command line's files: the roster workbook (as grids for the core, and as the package the
 * reviewed workbook is written into), the rules file, and the outputs with their folders.
 */
export interface RosterWorkbook {
  grids: WorkbookGrids;
  /**
   * Its package, edited as text: every part of the roster kept byte for byte. Null for the rare
   * package that cannot be (UnusualPackageError): the roster is then loaded into ExcelJS and
   * written back by it, which keeps cells but not charts or pictures (`content_not_kept`).
   */
  pack: RosterPackage | null;
  bytes: Uint8Array;
}

/** The reviewed workbook is the roster's with sheets added: a roster whose structure is protected cannot become one. */
export async function readRosterWorkbook(path: string, options: ReadOptions = {}): Promise<RosterWorkbook> {
  const bytes = await readBytes(path);
  const format = fileFormat(bytes, basename(path));
  if (format !== "xlsx") {
    // .xls, .ods, .csv: the reviewed workbook is a new .xlsx written from the roster's sheets.
    // SheetJS and ExcelJS's document model are loaded only for such a file (most of a second's start-up).
    const [{ readOtherWorkbookChecked }, { convertedWorkbook }] = await Promise.all([
      import("../hosts/sheetjs/readOtherWorkbook"),
      import("../hosts/sheetjs/convertedWorkbook"),
    ]);
    const other = await readOtherWorkbookChecked(bytes, basename(path), format);
    const xlsx = await convertedWorkbook(other);
    return { grids: other.grids, pack: new RosterPackage(xlsx, nodeZipCodec), bytes: xlsx };
  }
  const grids = await readWorkbookStreaming(bytes, basename(path), options);
  if (grids.structureLocked) throw new ProtectedWorkbookError(grids.file);
  let pack: RosterPackage | null = null;
  try {
    pack = new RosterPackage(bytes, nodeZipCodec);
  } catch (error) {
    if (!(error instanceof UnusualPackageError)) throw refusedForLimits(error, grids.file);
  }
  return { grids: pack === null ? grids : { ...grids, notKept: [] }, pack, bytes };
}

/** A ballot workbook, read a row at a time: it is never written back, so no document of it is built. */
export async function readBallotWorkbook(path: string, options: ReadOptions = {}): Promise<WorkbookGrids> {
  const bytes = await readBytes(path);
  const format = fileFormat(bytes, basename(path));
  if (format !== "xlsx") {
    const { readOtherWorkbookChecked } = await import("../hosts/sheetjs/readOtherWorkbook");
    return (await readOtherWorkbookChecked(bytes, basename(path), format)).grids;
  }
  return readWorkbookStreaming(bytes, basename(path), options);
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw inputFileError(path, error);
  }
}

/** `--rules RULES.json`: any subset of the rules, checked field by field. */
export async function readRulesFile(path: string): Promise<RulesOverride> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const reason = inputFileError(path, error);
    throw new InputError(reason instanceof WorkbookFileMissingError ? `找不到规则文件：${path}` : reason.message);
  }
  let json: unknown;
  try {
    // Notepad saves UTF-8 with a byte-order mark, which JSON.parse refuses.
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new InputError(`规则文件不是有效的 JSON：${path}`);
  }
  const parsed = RulesSchema.partial().strict().safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") || "（整个文件）";
    throw new InputError(`规则文件 ${path} 中“${where}”无效：${issue === undefined ? "" : issueText(issue).zh}`);
  }
  return parsed.data;
}

export function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text.trim()))
    throw new InputError(`--year 应为四位数字的年份，例如 --year 2020（收到：${text}）`);
  return Number(text.trim());
}

/**
 * What writing the reviewed workbook needs of the roster workbook, without its grids: the package,
 * the bytes (for the rare package ExcelJS writes) and the few cells the write reads (writeCellText).
 */
export interface WriteTarget {
  file: string;
  pack: RosterPackage | null;
  bytes: Uint8Array;
  cellText: CellText;
}

export function writeTarget(roster: RosterWorkbook): WriteTarget {
  const { grids, pack, bytes } = roster;
  const cellText = writeCellText(grids.grids, pack?.markerRange() ?? null);
  return { file: grids.file, pack, bytes, cellText };
}

/**
 * The roster with the plan's sheets, written to `path` (throws SheetNotKaoheError or
 * ProtectedSheetError before writing). The plan's table rows are let go as each sheet is written:
 * the plan is of no use after this.
 */
export async function writeReviewedWorkbook(roster: WriteTarget, plan: WritePlan, path: string): Promise<void> {
  if (roster.pack !== null) {
    const pieces = await roster.pack
      .writePieces(plan, roster.cellText, { releaseRows: true })
      .catch((error: unknown) => {
        throw refusedForLimits(error, roster.file);
      });
    await writeFileAtomically(path, (temporary) => writeFile(temporary, pieces));
    return;
  }
  // ExcelJS's document model is loaded only for the rare package written through it.
  const [{ default: ExcelJS }, { applyPlanToWorkbook }] = await Promise.all([
    import("exceljs"),
    import("../hosts/exceljs/applyPlan"),
  ]);
  const workbook = new ExcelJS.Workbook();
  // The grids were read from the same bytes, so this load cannot fail differently.
  await workbook.xlsx.load(roster.bytes.slice().buffer);
  // Written straight to a file: formulas filled down a column go out once, as shared formulas.
  applyPlanToWorkbook(workbook, plan, { sharedFormulas: true });
  await writeFileAtomically(path, (temporary) => workbook.xlsx.writeFile(temporary));
}

/** The JSON report as written: made before the workbook is written, so that the review's data can go first. */
export function reportText(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export async function writeReport(text: string, path: string): Promise<void> {
  await writeFileAtomically(path, (temporary) => writeFile(temporary, text, "utf8"));
}

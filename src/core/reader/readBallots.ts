import type { Finding } from "../findings/finding";
import type { SheetGrid } from "../model/sheetGrid";
import type { TallyRow } from "../model/tally";
import type { TeamLevelSet } from "../rules/levels";
import { isTallyField, mapLongColumns, mapWideColumns } from "./ballotColumns";
import type { ColumnMapping, MappingOverride } from "./columnMapping";
import type { HeaderLayout } from "./headerLayout";
import { headerColumnOverrides, type HeaderOverride } from "./headerOverrides";
import { applyOverrides, columnMapping, type ReadColumn } from "./readColumn";
import { cellFinding, distinctFindings } from "./readerFindings";
import { isPerBallotField, mapPerBallotColumns } from "./perBallotLayout";
import { mapRawColumns, readRawBallots } from "./readRawBallots";
import { readLongBallots } from "./readLongBallots";
import { readPerBallotBallots } from "./readPerBallotBallots";
import { readWideBallots } from "./readWideBallots";
import { analyseSheet, type SheetAnalysis } from "./sheetAnalysis";
import { sheetNotes } from "./sheetNotes";
import type { LayoutReading } from "./tallyDraft";
import { unreadableWorkbooks } from "./unreadable";
import { canonicalHeaders } from "./vocabulary";
import { ballotRowText } from "./closestRow";
import { unusedColumns } from "./unusedColumns";

export interface BallotReading {
  tallies: TallyRow[];
  mappings: ColumnMapping[];
  findings: Finding[];
}

export interface BallotOptions {
  /** The team level set the rules name: raw marks of a team are read through it. */
  teamLevelSet: TeamLevelSet;
  overrides?: MappingOverride[];
  /** Corrections by header text (`--map`, 列映射); those by column number win over them. */
  headerOverrides?: HeaderOverride[];
}

const BALLOTS_WANTED = {
  zh: "民主测评表头（含“姓名”和等次列的一行，或每列一个测评对象的原始票）",
  en: "ballot header (a row with 姓名 and level columns, or raw ballots with one column per subject)",
};

/**
 * Reads every ballot sheet (long, wide, raw or per-ballot layout) into tally rows `T1…Tn` in reading
 * order, not yet matched to the roster. Roster sheets and Kaohe's own sheets are passed over;
 * a workbook without any ballot sheet gets a `header_not_found` error.
 */
export function readBallots(grids: SheetGrid[], options: BallotOptions): BallotReading {
  const sheetTallies: TallyRow[][] = [];
  const mappings: ColumnMapping[] = [];
  const findings: Finding[] = [];
  const analyses = grids.map(analyseSheet);
  for (const analysis of analyses) {
    if (!analysis.header || !analysis.role.startsWith("ballots-")) continue;
    const sheet = readBallotSheet(analysis, analysis.header, options);
    sheetTallies.push(sheet.reading.tallies);
    mappings.push(sheet.mapping);
    findings.push(...sheet.findings, ...sheet.reading.findings);
  }
  // One list made at its full length, not grown row by row: a district has over 100,000 rows.
  const tallies = ([] as TallyRow[]).concat(...sheetTallies);
  // An index loop: an array iterator makes a result object per row until the loop is optimised.
  for (let i = 0; i < tallies.length; i++) (tallies[i] as TallyRow).id = `T${i + 1}`;
  findings.push(...unreadableWorkbooks(analyses, (role) => role.startsWith("ballots-"), BALLOTS_WANTED, ballotRowText));
  return { tallies, mappings, findings: distinctFindings(findings) };
}

function readBallotSheet(
  analysis: SheetAnalysis,
  header: HeaderLayout,
  options: BallotOptions,
): { reading: LayoutReading; mapping: ColumnMapping; findings: Finding[] } {
  const { view, role } = analysis;
  const raw = role === "ballots-raw";
  const perBallot = role === "ballots-perballot";
  const mapped =
    role === "ballots-wide"
      ? mapWideColumns(view, header)
      : raw
        ? mapRawColumns(view, header, analysis.markColumns)
        : perBallot
          ? mapPerBallotColumns(view, header)
          : mapLongColumns(view, header);
  // A raw sheet's columns are subjects, so any name is a field there.
  const isKnownField = raw ? (field: string) => field.trim() !== "" : perBallot ? isPerBallotField : isTallyField;
  // A raw sheet's column becomes a subject by its own header, never by a field's name.
  const byHeader = headerColumnOverrides(view, header, options.headerOverrides ?? [], (field) =>
    raw ? field === "category" : perBallot ? isPerBallotField(field) : isTallyField(field),
  );
  const overrides = [...byHeader, ...(options.overrides ?? [])];
  const corrected = applyOverrides(view, header, mapped, overrides, isKnownField);
  const findings = [...sheetNotes(view, header, corrected.columns), ...corrected.findings];
  if (!raw) findings.push(...missingName(analysis, corrected.columns), ...unusedColumns(view, corrected.columns));
  const read = raw
    ? readRawBallots
    : perBallot
      ? readPerBallotBallots
      : role === "ballots-wide"
        ? readWideBallots
        : readLongBallots;
  const reading = read(view, header, corrected.columns, options.teamLevelSet);
  return { reading, mapping: columnMapping(view, role, header, reading.dataRows, corrected.columns), findings };
}

/** Only a correction can take the name column away (the header was found by it). */
function missingName(analysis: SheetAnalysis, columns: readonly ReadColumn[]): Finding[] {
  if (columns.some((col) => col.field === "name")) return [];
  const { view } = analysis;
  const usual = canonicalHeaders("name");
  const cell = columns[0]?.cell ?? view.address(0, 0);
  return [
    cellFinding(view, "column_missing", cell, {
      zh: `测评表缺少必需的“姓名”列（可用列名：${usual.join("、")}）`,
      en: `The ballot sheet has no name column (accepted headers: ${usual.join(", ")})`,
    }),
  ];
}

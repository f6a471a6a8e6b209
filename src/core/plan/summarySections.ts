import { STATUS_ORDER, type Assessment } from "../assess/assessment";
import { columnLetters } from "../model/address";
import type { Severity } from "../findings/finding";
import { CADRE_LEVELS, levelsFor } from "../rules/levels";
import type { TableColumns } from "./columns";
import { FINDING_COLUMNS } from "./findingsSheet";
import { FIRST_DATA_ROW, HEADER_FILL, SUBJECTS_SHEET } from "./kaoheSheets";
import { KIND_LABEL, SEVERITY_LABEL, STATUS_LABEL, YES } from "./labels";
import { levelHeaders } from "./levelHeaders";
import { formulaCell, textCell } from "./planCells";
import type { SubjectColumn } from "./subjectColumns";
import { CachedTable } from "./summaryCounts";
import type { RowSpan } from "./pageBreaks";
import { keyedLinkCell, keyedRow, type KeyedRow } from "./keyedLink";
import type { PlanCell, PlanLooseCell, PlanSheetContent } from "./writePlan";

/** The sheets 汇总 sums, as the plan has built them (their caches are 汇总's caches). */
export interface SummaryInputs {
  assessment: Assessment;
  subjects: { sheet: PlanSheetContent; cols: TableColumns<SubjectColumn>; lastRow: number };
  quotas: { sheet: PlanSheetContent };
  findings: { sheet: PlanSheetContent; lastRow: number };
}

/** The rows of the special-report list (first and last, inclusive), for the vote-rate chart. */
export interface SpecialRows {
  first: number;
  last: number;
  /** The first of the four rate columns (1-based), one per level. */
  rateCol: number;
}

export interface Sections {
  cells: PlanLooseCell[];
  specialRows: SpecialRows | null;
  /** The first free row below the sections, where the charts go. */
  chartsRow: number;
  /** Each block's rows, its title to its last line, to be printed on one page (pageBreaks.ts). */
  blocks: RowSpan[];
}

const PERCENT = "0.00%";

/**
 * The blocks below 汇总's unit table, one under the other from `top` so the sheet prints one
 * page wide: counts by status, counts by proposed grade, the special-report subjects, findings
 * by severity. Each block is a bold title, a header row and formula rows.
 */
export function summarySections(inputs: SummaryInputs, top: number, cached: CachedTable<SubjectColumn>): Sections {
  const out = new Block(top);
  statusBlock(out, inputs, cached);
  gradeBlock(out, inputs, cached);
  const specialRows = specialBlock(out, inputs, cached);
  severityBlock(out, inputs);
  return { cells: out.cells, specialRows, chartsRow: out.row, blocks: out.blocks };
}

/**
 * Writes rows downwards; a block starts with its title and ends with one blank row. Its header
 * and line cells wrap within their columns (rowHeights.ts gives their rows the height): a label
 * wider than its column would be cut on paper by the filled cell beside it.
 */
class Block {
  readonly cells: PlanLooseCell[] = [];
  readonly blocks: RowSpan[] = [];
  private first = 0;
  constructor(public row: number) {}

  title(text: string): void {
    this.first = this.row;
    this.cells.push({ row: this.row++, col: 1, value: text, bold: true });
  }

  /** The header row; the columns from `counts` (0-based) on hold numbers, their headers set over them at the right. */
  header(labels: readonly string[], counts: number): void {
    labels.forEach((value, i) =>
      this.cells.push({
        row: this.row,
        col: i + 1,
        value,
        bold: true,
        fill: HEADER_FILL.formula,
        wrap: true,
        ...(i >= counts ? { horizontal: "right" as const } : {}),
      }),
    );
    this.row++;
  }

  /**
   * A row of cells from column A; `null` leaves a column empty. A row that does not wrap holds a
   * note that may run on over the empty cells right of it.
   */
  line(cells: readonly (PlanCell | null)[], wrap = true): void {
    cells.forEach((cell, i) => {
      if (cell !== null) this.cells.push({ ...cell, row: this.row, col: i + 1, ...(wrap ? { wrap } : {}) });
    });
    this.row++;
  }

  end(): void {
    this.blocks.push({ first: this.first, last: this.row - 1 });
    this.row++;
  }
}

function statusBlock(out: Block, { subjects }: SummaryInputs, cached: CachedTable<SubjectColumn>): void {
  const S = (key: SubjectColumn) => subjects.cols.range(key, subjects.lastRow);
  out.title("按考核状态统计");
  out.header(["考核状态", KIND_LABEL.cadre, KIND_LABEL.team, "合计"], 1);
  for (const status of STATUS_ORDER) {
    const label = STATUS_LABEL[status];
    const count = (kind: string) =>
      formulaCell(`COUNTIFS(${S("status")},"${label}",${S("kind")},"${kind}")`, cached.count({ status: label, kind }));
    const cadres = cached.count({ status: label, kind: KIND_LABEL.cadre });
    const teams = cached.count({ status: label, kind: KIND_LABEL.team });
    const r = out.row;
    out.line([
      textCell(label),
      count(KIND_LABEL.cadre),
      count(KIND_LABEL.team),
      formulaCell(`B${r}+C${r}`, cadres + teams),
    ]);
  }
  out.end();
}

function gradeBlock(out: Block, { assessment, subjects }: SummaryInputs, cached: CachedTable<SubjectColumn>): void {
  const S = (key: SubjectColumn) => subjects.cols.range(key, subjects.lastRow);
  const teamLevels = levelsFor("team", assessment.rules.teamLevelSet);
  out.title("按建议等次统计");
  // The labels first, then the counts: a count beside the next level's label read as one ("3 好").
  out.header(["档次", "领导干部等次", "领导班子等次", "领导干部人数", "领导班子个数"], 3);
  const count = (kind: string, criterion: string, where: Record<string, string>) =>
    formulaCell(`COUNTIFS(${S("kind")},"${kind}",${criterion})`, cached.count({ kind, ...where }));
  for (let i = 0; i < 4; i++) {
    const cadre = CADRE_LEVELS[i] ?? "";
    const team = teamLevels[i] ?? "";
    // By level (等次位次), not by the name beside it: a grade is compared exactly, never as a pattern.
    out.line([
      textCell(`第${i + 1}档`),
      textCell(cadre),
      textCell(team),
      count(KIND_LABEL.cadre, `${S("gradeRank")},${i + 1}`, { grade: cadre }),
      count(KIND_LABEL.team, `${S("gradeRank")},${i + 1}`, { grade: team }),
    ]);
  }
  const missing = `${S("receives")},"${YES}",${S("grade")},""`;
  // The row says what it counts once, in the wide first column; the level columns stay empty.
  out.line([
    textCell("参加定等但未提建议"),
    null,
    null,
    count(KIND_LABEL.cadre, missing, { receives: YES, grade: "" }),
    count(KIND_LABEL.team, missing, { receives: YES, grade: "" }),
  ]);
  out.end();
}

/**
 * The special-report subjects as the run found them: each row links to the subject's row of
 * 考核对象 and reads its votes from there, so the rates follow an edited vote; who is on the list
 * changes only on a re-run (a fixed-size INDEX/SMALL(IF…) list is not safe in every program). The
 * live count above the list and the live 需专题报告 column show when the list is out of date.
 *
 * The row is found by the subject's ID, never by its address: a clerk sorting 考核对象 moves its
 * rows, and a sort does not update other sheets' references to the cells it moves, so a fixed
 * address would show another subject's votes beside this one's name (keyedLink.ts).
 */
function specialBlock(
  out: Block,
  { assessment, subjects }: SummaryInputs,
  cached: CachedTable<SubjectColumn>,
): SpecialRows | null {
  const cols = subjects.cols;
  const levels = levelHeaders(assessment.rules.teamLevelSet);
  out.title("需专题报告的考核对象（第四档票超过有效票三分之一，三.五）");
  const flagged = assessment.subjects.flatMap((s, i) => (cached.value(i, "special") === YES ? [{ s, i }] : []));
  // The note a column away from the count, which sits at its cell's right edge ("2 名单列出2人").
  out.line(
    [
      textCell("现有人数"),
      formulaCell(`COUNTIF(${cols.range("special", subjects.lastRow)},"${YES}")`, flagged.length),
      null,
      textCell(`名单列出${flagged.length}人`),
    ],
    false,
  );
  // 需专题报告 (是) among the texts, before the numbers: after the last rate it read as one with it ("36.96% 是").
  const header = ["姓名", "单位", "类别", "需专题报告", "有效票", `${levels[3]}票`, ...levels.map((l) => `${l}率`)];
  const validAt = (row: number) => `${columnLetters(header.indexOf("有效票") + 1)}${row}`;
  // The subject's row in 考核对象, found by its ID once per row for the row's other cells.
  out.header([...header, "考核对象行"], header.indexOf("有效票"));
  const placeCol = columnLetters(header.length + 1);
  if (flagged.length === 0) {
    out.line([textCell("无")]);
    out.end();
    return null;
  }
  const first = out.row;
  const keys = cols.range("id", subjects.lastRow);
  for (const { s, i } of flagged) {
    const row = out.row;
    const place: KeyedRow = {
      sheet: SUBJECTS_SHEET,
      column: cols.letter("name"),
      keys,
      key: s.row.id,
      row: FIRST_DATA_ROW + i,
    };
    const rowAt = `$${placeCol}${row}`;
    const ref = (key: SubjectColumn) => `INDEX(${cols.range(key, subjects.lastRow)},${rowAt}-${FIRST_DATA_ROW - 1})`;
    // 考核对象's columns read here are formulas, blank as "": INDEX passes that on as it is.
    const carry = (key: SubjectColumn) => formulaCell(ref(key), cached.value(i, key) ?? "");
    const valid = cached.value(i, "valid");
    const validCell = validAt(row);
    const rate = (l: 0 | 1 | 2 | 3): PlanCell => {
      const votes = cached.value(i, `level${l}`);
      const value = typeof valid === "number" && valid > 0 && typeof votes === "number" ? votes / valid : "";
      const formula = `IF(N(${validCell})>0,N(${ref(`level${l}`)})/${validCell},"")`;
      return { ...formulaCell(formula, value), numFmt: PERCENT };
    };
    out.line([
      keyedLinkCell(place, s.row.name, rowAt),
      textCell(s.row.unit),
      textCell(KIND_LABEL[s.kind]),
      carry("special"),
      carry("valid"),
      carry("level3"),
      rate(0),
      rate(1),
      rate(2),
      rate(3),
      { ...formulaCell(keyedRow(place), FIRST_DATA_ROW + i), numFmt: "0" },
    ]);
  }
  const last = out.row - 1;
  out.end();
  return { first, last, rateCol: header.indexOf(`${levels[0]}率`) + 1 };
}

function severityBlock(out: Block, { findings }: SummaryInputs): void {
  const range = FINDING_COLUMNS.range("severity", findings.lastRow);
  const cached = new CachedTable(findings.sheet, FINDING_COLUMNS);
  out.title("问题清单按级别统计");
  out.header(["级别", "条数"], 1);
  for (const severity of ["error", "warning", "info"] as const satisfies readonly Severity[]) {
    const label = SEVERITY_LABEL[severity];
    out.line([textCell(label), formulaCell(`COUNTIF(${range},"${label}")`, cached.count({ severity: label }))]);
  }
  out.end();
}

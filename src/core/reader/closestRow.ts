import type { GridView } from "./gridView";
import { SCORE_OR_RANK } from "./headerVocabulary";
import { isLevelHeader } from "./levelVocabulary";
import { cellText, normaliseHeader } from "./textNormalise";
import { ballotField, rosterField } from "./vocabulary";

/**
 * The row that came closest to a header when none could be read, so that a refusal names it:
 * its sheet and row, the columns recognised in it, and the score or rank columns that make a
 * result table rather than ballots (CONTRACT.md §1–§2).
 */
export interface ClosestRow {
  readonly sheet: string;
  readonly row: number;
  /** Header texts recognised as roster or ballot fields or levels, as written. */
  readonly recognised: readonly string[];
  readonly fields: ReadonlySet<string>;
  /** Header texts naming scores or ranks (测评分数, 排名). */
  readonly scores: readonly string[];
}

// Title rows, notes and blanks above a header rarely take more than a handful of rows.
const SCAN_ROWS = 30;
const HEADER_MAX_LENGTH = 14;

function rowReading(view: GridView, r: number): ClosestRow {
  const recognised: string[] = [];
  const fields = new Set<string>();
  const scores: string[] = [];
  for (let c = 0; c < view.colCount; c++) {
    const text = cellText(view.own(r, c)).trim();
    const key = normaliseHeader(text);
    if (key === "" || key.length > HEADER_MAX_LENGTH) continue;
    const field = rosterField(key)?.field ?? ballotField(key)?.field ?? (isLevelHeader(key) ? "level" : undefined);
    if (field !== undefined) {
      recognised.push(text);
      fields.add(field);
    } else if (SCORE_OR_RANK.test(key)) scores.push(text);
  }
  return { sheet: view.sheet, row: view.sheetRow(r), recognised, fields, scores };
}

export function closestRow(views: readonly GridView[]): ClosestRow | null {
  let best: ClosestRow | null = null;
  let bestCount = 0;
  for (const view of views) {
    for (let r = 0; r < Math.min(view.rowCount, SCAN_ROWS); r++) {
      const reading = rowReading(view, r);
      const count = reading.recognised.length + reading.scores.length;
      if (count > bestCount) {
        best = reading;
        bestCount = count;
      }
    }
  }
  return best;
}

const quoted = (texts: readonly string[]) => texts.map((t) => `“${t}”`).join("");

/** What the closest row holds, for a roster refusal: where it is, what was recognised, what is missing. */
export function rosterRowText(row: ClosestRow | null): { zh: string; en: string } {
  if (!row)
    return { zh: "：各工作表的前30行中没有可识别的列名", en: ": no known header in the first 30 rows of any sheet" };
  const missing = [...(row.fields.has("name") ? [] : ["姓名"]), ...(row.fields.has("unit") ? [] : ["单位"])];
  const recognised = [...row.recognised, ...row.scores];
  return {
    zh: `：最接近的是工作表“${row.sheet}”第${row.row}行，识别出${quoted(recognised)}，缺少${quoted(missing)}列`,
    en: `: the closest is row ${row.row} of sheet "${row.sheet}", with ${recognised.join(", ")}, lacking ${missing.join(", ")}`,
  };
}

/** What the closest row holds, for a ballot refusal: a table of scores or ranks is named as such. */
export function ballotRowText(row: ClosestRow | null): { zh: string; en: string } {
  if (!row) return { zh: "", en: "" };
  const columns = [...row.recognised, ...row.scores];
  if (row.scores.length > 0) {
    return {
      zh: `。工作表“${row.sheet}”第${row.row}行是测评得分或排名表（列：${columns.join("、")}），不是测评票数：缺少各等次的票数列（如优秀、称职、基本称职、不称职）`,
      en: `. Row ${row.row} of sheet "${row.sheet}" heads a table of scores or ranks (${columns.join(", ")}), not votes: the vote columns per level (优秀, 称职, 基本称职, 不称职) are missing`,
    };
  }
  return {
    zh: `。最接近的是工作表“${row.sheet}”第${row.row}行（识别出${quoted(columns)}），缺少各等次的票数列（如优秀、称职、基本称职、不称职）`,
    en: `. The closest is row ${row.row} of sheet "${row.sheet}" (with ${columns.join(", ")}), lacking the vote columns per level (优秀, 称职, 基本称职, 不称职)`,
  };
}

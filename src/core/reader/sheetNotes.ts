import type { Finding } from "../findings/finding";
import type { GridView } from "./gridView";
import type { HeaderLayout } from "./headerLayout";
import type { ReadColumn } from "./readColumn";
import { perBallotCanonical } from "./perBallotVocabulary";
import { cellFinding } from "./readerFindings";
import { textsAbove } from "./sheetAnalysis";
import { canonicalHeaders } from "./vocabulary";
import { toHalfWidth } from "./textNormalise";

/**
 * The information findings of a sheet, at most two, so that they never drown the problems:
 * where the header was found when rows came before it, and which columns were matched by a
 * synonym or a keyword rule rather than their usual header.
 */
export function sheetNotes(view: GridView, header: HeaderLayout, columns: readonly ReadColumn[]): Finding[] {
  const notes: Finding[] = [];
  const first = columns[0];
  if (header.top > 0 && first) {
    const row = view.sheetRow(header.top);
    notes.push(
      cellFinding(view, "header_found", view.address(header.top, first.c), {
        zh: `表头在第${row}行，上方的标题、说明和空行不作为数据读取`,
        en: `Header found on row ${row}; the title, note and blank rows above it are not read as data`,
      }),
    );
  }
  const synonyms = columns.filter(
    (col) => (col.confidence === "synonym" || col.confidence === "keyword") && col.field !== null,
  );
  const firstSynonym = synonyms[0];
  if (firstSynonym) {
    // Wide layouts repeat 发出 / 收回 / 有效 under every category: each synonym is listed once.
    const headers = [...new Set(synonyms.map((col) => col.header))];
    const pairs = headers.map((header) => {
      const field = synonyms.find((col) => col.header === header)?.field ?? "";
      const byKeyword = synonyms.some((col) => col.header === header && col.confidence === "keyword");
      const usual = canonicalHeaders(field)[0] ?? perBallotCanonical(field) ?? field;
      return { header, usual: usual + (byKeyword ? "（按关键词）" : "") };
    });
    notes.push(
      cellFinding(view, "column_synonym", firstSynonym.cell, {
        zh: `按同义列名读取：${pairs.map((p) => `“${p.header}”作“${p.usual}”`).join("，")}`,
        en: `Columns read by synonym: ${pairs.map((p) => `"${p.header}" as "${p.usual}"`).join(", ")}`,
      }),
    );
  }
  return notes;
}

const YEAR_OF_ASSESSMENT = /(\d{4})\s*年度/;

/** The year named by a `YYYY年度` in the title rows above the header (CONTRACT.md §2), if any. */
export function titleYear(view: GridView, header: HeaderLayout): number | null {
  for (const { text } of textsAbove(view, header)) {
    const match = YEAR_OF_ASSESSMENT.exec(toHalfWidth(text));
    const year = Number(match?.[1]);
    if (match && year >= 1950 && year <= 2200) return year;
  }
  return null;
}

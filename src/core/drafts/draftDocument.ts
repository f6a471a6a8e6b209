/**
 * A Word draft as plain data: what a report says, in order, without any knowledge of Word.
 * The core decides every word and number; a host (src/hosts/docx) only lays the blocks out in
 * the official-document style (公文格式). Heading numbers (一、（一）1.) are part of the text, so
 * every host shows the same numbering.
 */
export type DraftKind = "special_report" | "assessment_report";

export interface DraftDocument {
  kind: DraftKind;
  /** A file name that is safe on Windows, macOS and Linux and unique among the drafts of one review. */
  fileName: string;
  /** 标题, e.g. 关于李娜同志2020年度考核的专题考察报告. */
  title: string;
  year: number;
  blocks: DraftBlock[];
}

export type DraftBlock =
  | { type: "subtitle"; text: string }
  | { type: "heading"; level: HeadingLevel; text: string }
  | { type: "paragraph"; text: string; label?: string }
  | { type: "quote"; text: string; source: string }
  | { type: "table"; table: DraftTable }
  | { type: "fill"; prompt: string; lines: number }
  | { type: "signature"; lines: string[] };

/** 1: 一、 (黑体); 2: （一） (楷体); 3: 1. (仿宋, bold). */
export type HeadingLevel = 1 | 2 | 3;

export interface DraftColumn {
  header: string;
  /** Relative width: the host shares the text width out in these proportions. */
  weight: number;
  align: "left" | "center" | "right";
}

export interface DraftRow {
  cells: string[];
  /** A total (合计) row, set off from the others. */
  total?: boolean;
}

export interface DraftTable {
  /** 表1 followed by an ideographic space and the caption, shown above the table. */
  caption: string;
  columns: DraftColumn[];
  /** false for a form of label and value cells (基本情况): the column headers are not shown. */
  header: boolean;
  rows: DraftRow[];
}

/**
 * What the reader decided about a sheet's header, in a form the task pane can show and the
 * user can correct before anything is written.
 */
export type SheetRole =
  "roster" | "ballots-long" | "ballots-wide" | "ballots-raw" | "ballots-perballot" | "kaohe" | "unknown";

/** How a column was matched: its usual header, a synonym, a keyword rule, the user's correction, or its position. */
export type MatchConfidence = "exact" | "synonym" | "keyword" | "override" | "positional";

export interface MappedColumn {
  /** 1-based sheet column. */
  col: number;
  /** A1 address of the header cell (the leaf cell of a two-row header). */
  cell: string;
  /** The header text as written. */
  header: string;
  /** The group header above it, for two-row headers (e.g. 班子成员 over 优秀). */
  group: string | null;
  /**
   * The field it became (roster field, tally field such as `issued` or `level0`, a subject name
   * for raw ballots, `overall` / `evaluator` / `item:<name>` for per-ballot sheets), or null if ignored.
   */
  field: string | null;
  confidence: MatchConfidence | null;
}

export interface ColumnMapping {
  file: string;
  sheet: string;
  role: SheetRole;
  /** 1-based sheet rows of the header (two rows for a merged two-row header). */
  headerRows: number[];
  /** First and last 1-based data rows considered. */
  dataRows: [number, number] | null;
  columns: MappedColumn[];
}

/** A user's correction: in this sheet, this column is this field (or null to ignore it). */
export interface MappingOverride {
  file: string;
  sheet: string;
  col: number;
  field: string | null;
}

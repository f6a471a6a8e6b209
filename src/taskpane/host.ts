import type { SheetGrid } from "../core/model/sheetGrid";
import type { DraftsDownload } from "../hosts/docx/draftFiles";
import type { PlanInput } from "./review/planSource";

/**
 * What the task pane asks of the workbook it works on. Excel (Office.js) and the browser
 * preview (ExcelJS) each implement it; the components receive it as a prop and never touch
 * Office or ExcelJS themselves, so one set of components serves both.
 */

/** One sheet the user may take as roster or ballots. */
export interface SheetSource {
  /** Stable key: file and sheet. */
  id: string;
  file: string;
  sheet: string;
  /** The sheet's used range, e.g. `A1:P120`, or null when the sheet is empty. */
  usedRange: string | null;
  /** What the host knows of the sheet's role: the preview knows each file's upload slot; Excel does not ("auto"). */
  suggestedRole: SourceRole;
}

/** "auto": the reader decides from the sheet's header (roster, ballots, Kaohe's own, or nothing). */
export type SourceRole = "auto" | "roster" | "ballots" | "skip";

/** A sheet to read, whole (its used range) or only `range`. */
export interface GridRequest {
  id: string;
  range: string | null;
}

/** A grid as read, with the source it came from. */
export interface SourceGrid {
  id: string;
  grid: SheetGrid;
}

export interface GridsRead {
  grids: SourceGrid[];
  /** Things the host could not read faithfully (merged areas on an old Excel). */
  warnings: HostMessage[];
  /** What the roster workbook holds that the reviewed workbook cannot carry (charts, images…); none in Excel. */
  notKept: string[]; /**
   * The workbook the plan is written into, as the core must know it to name Kaohe's sheets
   * around the user's (ReviewInput.workbookSheets, markedSheets): every sheet's name, read or
   * not, and the names its marker (`KAOHE_SHEETS`) lists, null when it has none.
   */
  workbook?: WorkbookSheets;
}

export interface WorkbookSheets {
  sheets: string[];
  marked: string[] | null;
}

export interface HostMessage {
  zh: string;
  en: string;
}

export interface ApplyProgress {
  /** Work done and total, in the host's own unit (request bytes for Excel). */
  done: number;
  total: number;
}

/** Cells read so far and in all. */
export interface ReadProgress {
  done: number;
  total: number;
}

export interface ApplyOutcome {
  sheets: string[];
  /** Round trips to Excel (Office.js syncs); 0 for the preview. */
  syncs: number;
}

/** A place in a workbook, as findings and roster rows give it. */
export interface CellTarget {
  file?: string | undefined;
  sheet?: string | undefined;
  cell?: string | undefined;
}

/** Rows the user edited in a watched grid, already re-read by the host. */
export interface GridEdit {
  /** The watched grid with the edited rows replaced. */
  source: SourceGrid;
  /** 1-based sheet rows edited. */
  firstRow: number;
  lastRow: number;
}

export interface KaoheHost {
  readonly kind: "excel" | "wps" | "preview";
  /** What this host cannot do that others can, shown in the pane (never a silent no-op). */
  readonly limits?: HostMessage[];
  /** The sheets available, with the host's suggestions. */
  listSources(): Promise<SheetSource[]>;
  /**
   * Reads sheets (or ranges) as grids, in as few round trips as the host allows; a host that
   * reads in steps (Excel, by blocks of cells) reports each, for the progress bar.
   */
  readGrids(requests: GridRequest[], options?: { onProgress?: (p: ReadProgress) => void }): Promise<GridsRead>;
  /** The address of the current selection, to take as a range of `sheet` (refused on another sheet). */
  selectedRange?(sheet?: string): Promise<string | null>;
  /**
   * Writes the plan (a plan in hand, or one pulled block by block from where the review is
   * kept); reports progress; stops at the next safe point when `signal` aborts.
   */
  applyPlan(
    plan: PlanInput,
    options: { onProgress: (p: ApplyProgress) => void; signal: AbortSignal },
  ): Promise<ApplyOutcome>;
  /** Shows a cell to the user. */
  selectCell(target: CellTarget): Promise<void>;
  /**
   * Calls `onEdit` whenever the user edits cells of the given grids, with only the edited rows
   * re-read, one edit after the other; `onError` hears a failure to read an edit back. Resolves to
   * a function that stops watching. Absent where cells cannot be edited.
   */
  watchEdits?(
    grids: SourceGrid[],
    onEdit: (edit: GridEdit) => void,
    onError?: (error: HostError) => void,
  ): Promise<() => Promise<void>>;
  /**
   * Offers the review's Word drafts (专题考察报告, 考核情况报告), made where the review is kept,
   * as a download; resolves to the number of .docx files. Absent where the host cannot save a file.
   */
  downloadDrafts?(download: DraftsDownload): Promise<{ files: number }>;
}

/** A failure a user can act on, with its message in both languages. */
export class HostError extends Error {
  readonly zh: string;
  readonly en: string;
  readonly reason: HostErrorReason;
  constructor(reason: HostErrorReason, text: HostMessage) {
    super(text.en);
    this.name = "HostError";
    this.reason = reason;
    this.zh = text.zh;
    this.en = text.en;
  }
}

export type HostErrorReason =
  | "cell_edit_mode"
  | "sheet_protected"
  | "request_too_large"
  | "name_taken"
  | "not_found"
  | "cancelled"
  | "not_a_workbook"
  | "unexpected";

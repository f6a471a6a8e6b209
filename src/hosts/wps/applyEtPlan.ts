import { KAOHE_HEAD_COLS, KAOHE_HEAD_ROWS } from "../../core/plan/kaoheSheetContent";
import {
  foreignKaoheSheet,
  kaoheMarkedSheets,
  markedSheetNames,
  markerRange,
  ownedSheetNames,
  sameSheetName,
  sheetOfReference,
} from "../../core/plan/ownedSheets";
import { ownedSheetsMarker } from "../../core/plan/planMarker";
import { isKaoheName } from "../../core/plan/rulesNames";
import { OWNED_SHEETS_NAME, type WritePlan } from "../../core/plan/writePlan";
import { HostError, type ApplyOutcome, type ApplyProgress } from "../../taskpane/host";
import type { EtBook } from "./etFacade";
import { entryOf } from "./planEntries";
import { nextTurn } from "./readEtGrids";
import { writeSheet } from "./writeSheet";

export interface EtApplyOptions {
  onProgress?: (p: ApplyProgress) => void;
  signal?: AbortSignal;
}

/**
 * Writes a plan into the open workbook. Kaohe's sheets and names of an earlier run (the marker
 * name's sheets, those the plan writes, Kaohe's names) are removed first; no other sheet is
 * touched, and a sheet with a Kaohe name that no run marked is refused before anything changes.
 * The new sheets are added with the marker in the same step, so a run stopped halfway leaves
 * sheets the next run knows as Kaohe's. Stopped or failed, it removes what it added.
 */
export async function applyEtPlan(book: EtBook, plan: WritePlan, options: EtApplyOptions = {}): Promise<ApplyOutcome> {
  const sheets = book.sheetNames();
  const names = book.names();
  const marked = markedSheets(book, names);
  checkWritable(book, plan, sheets, marked);
  const owned = ownedSheetNames(marked, plan);
  const total = plan.sheets.reduce((n, s) => n + s.table.rows.length * s.table.columns.length, 0);
  let done = 0;
  const added: { sheets: string[]; names: string[] } = { sheets: [], names: [] };
  const step = async (cells: number) => {
    done += cells;
    options.onProgress?.({ done, total });
    await nextTurn();
    if (options.signal?.aborted === true) {
      throw new HostError("cancelled", {
        zh: "已取消：未留下写了一半的工作表。",
        en: "Cancelled: no half-written sheet is left.",
      });
    }
  };
  return book.withoutRedraw(async () => {
    try {
      for (const { name, refersTo } of names) {
        if (isKaoheName(name) || owned.has(sheetOfReference(refersTo))) book.deleteName(name);
      }
      for (const name of sheets.filter((s) => owned.has(s))) book.deleteSheet(name);
      for (const sheet of plan.sheets) {
        book.addSheet(sheet.name, sheet.tabColor);
        added.sheets.push(sheet.name);
      }
      const marker = ownedSheetsMarker(plan);
      if (marker !== null) {
        const entries = [marker.values.map((value) => entryOf({ value }))];
        book.writeEntries(
          marker.sheet,
          { top: marker.row, left: marker.col, rows: 1, cols: marker.values.length },
          entries,
        );
      }
      for (const { name, refersTo } of plan.names) {
        book.addName(name, refersTo);
        added.names.push(name);
      }
      for (const sheet of plan.sheets) await writeSheet(book, sheet, step);
      options.onProgress?.({ done: total, total });
      return { sheets: plan.sheets.map((s) => s.name), syncs: 0 };
    } catch (error) {
      removeAdded(book, added);
      throw error;
    }
  });
}

/**
 * The sheet names the marker name lists, read from its cells in one call, as they are (the core
 * and `markedSheets` check them); null when the workbook has no marker.
 */
export function markerListed(book: EtBook, names = book.names()): string[] | null {
  const refersTo = names.find((n) => n.name === OWNED_SHEETS_NAME)?.refersTo;
  const range = refersTo === undefined ? null : markerRange(refersTo);
  if (range === null || !book.sheetNames().includes(range.sheet)) return null;
  const block = {
    top: range.top,
    left: range.left,
    rows: range.bottom - range.top + 1,
    cols: range.right - range.left + 1,
  };
  const values = book.values(range.sheet, block);
  return markedSheetNames(range, (_, row, col) => values[row - range.top]?.[col - range.left]);
}

/** The sheets an earlier run listed in the marker name whose content is Kaohe's. */
function markedSheets(book: EtBook, names: { name: string; refersTo: string }[]): string[] {
  const listed = markerListed(book, names) ?? [];
  // Only sheets whose content is Kaohe's are replaced, whatever the marker lists: one call reads each one's head.
  const head = { top: 1, left: 1, rows: KAOHE_HEAD_ROWS, cols: KAOHE_HEAD_COLS };
  const sheets = book.sheetNames();
  const heads = new Map(listed.filter((s) => sheets.includes(s)).map((s) => [s, book.values(s, head)]));
  return kaoheMarkedSheets(listed, (sheet, row, col) => heads.get(sheet)?.[row - 1]?.[col - 1]);
}

function checkWritable(book: EtBook, plan: WritePlan, sheets: string[], marked: string[]): void {
  if (book.structureProtected()) {
    throw new HostError("sheet_protected", {
      zh: "工作簿结构受保护，无法添加工作表。请在“审阅 › 撤销工作簿保护”后再试。",
      en: "The workbook structure is protected, so no sheet can be added. Unprotect it (Review › Unprotect Workbook), then try again.",
    });
  }
  const foreign = foreignKaoheSheet(sheets, marked, plan);
  if (foreign !== null) {
    throw new HostError("name_taken", {
      // The review names Kaohe's sheets around every sheet it was told of: this one came after it.
      zh: `工作簿中已有名为“${foreign}”的工作表，但它不是考核助手生成的（可能是在“读取并识别”之后添加的）。为免覆盖您的数据，未作任何改动：请重新“读取并识别”，考核助手会把自己的工作表写在它旁边。`,
      en: `The workbook has a sheet named "${foreign}" that Kaohe did not write (perhaps added after the workbook was read). Nothing was changed, so as not to overwrite it: click “Read and detect” again, and Kaohe writes its own sheet beside it.`,
    });
  }
  const owned = ownedSheetNames(marked, plan);
  const locked = sheets.find((s) => owned.has(s) && book.isProtected(s));
  if (locked !== undefined) {
    throw new HostError("sheet_protected", {
      zh: `工作表“${locked}”受保护，无法替换。请在“审阅 › 撤销工作表保护”后再试。`,
      en: `The sheet "${locked}" is protected and cannot be replaced. Unprotect it (Review › Unprotect Sheet), then try again.`,
    });
  }
  const clash = sheets.find((s) => !owned.has(s) && plan.sheets.some((p) => sameSheetName(p.name, s)));
  if (clash !== undefined) {
    throw new HostError("name_taken", {
      zh: `工作簿中已有工作表“${clash}”，与考核助手要写的工作表重名。请先将其改名后再试。`,
      en: `The workbook already has a sheet "${clash}" with the name of a sheet Kaohe writes. Rename it, then try again.`,
    });
  }
}

/** Removes what this run added; when even that fails, the marker lets the next run replace it. */
function removeAdded(book: EtBook, added: { sheets: string[]; names: string[] }): void {
  try {
    const sheets = book.sheetNames();
    for (const name of added.sheets.filter((s) => sheets.includes(s))) book.deleteSheet(name);
    const names = book.names().map((n) => n.name);
    for (const name of added.names.filter((n) => names.includes(n))) book.deleteName(name);
  } catch {
    // The user sees the first failure; a re-run repairs what is left.
  }
}

import ExcelJS from "exceljs";
import { a1 } from "../core/model/address";
import type { SheetGrid } from "../core/model/sheetGrid";
import type { WritePlan } from "../core/plan/writePlan";
import { applyPlanToWorkbook } from "../hosts/exceljs/applyPlan";
import { ProtectedSheetError, SheetNotKaoheError } from "../hosts/exceljs/applyPlanErrors";
import { browserZipCodec } from "../hosts/xlsx/browserZipCodec";
import { gridCellText, RosterPackage } from "../hosts/xlsx/reviewedPackage";
import { UnusualPackageError } from "../hosts/xlsx/unusualPackage";
import { saveDownload } from "../hosts/docx/saveDownload";
import {
  HostError,
  type ApplyOutcome,
  type ApplyProgress,
  type GridRequest,
  type GridsRead,
  type KaoheHost,
  type SheetSource,
  type SourceGrid,
  type WorkbookSheets,
} from "../taskpane/host";
import { wholePlan, type PlanInput } from "../taskpane/review/planSource";
import { cropGrid } from "./gridCrop";
import type { PreviewStore, UploadedFile } from "./previewStore";
import { reviewedGrids } from "./reviewedGrids";

/** A sheet's id in the preview: the file's place in the upload list and the sheet's name. */
export function sourceId(fileIndex: number, sheet: string): string {
  return `${fileIndex}\u0001${sheet}`;
}

/**
 * The task pane's host in a browser without Excel: the sources are the uploaded workbooks, and
 * the plan is written into the roster's own package by the command line's package writer (with
 * the browser's zip codec): the roster's parts byte for byte, Kaohe's sheets with 汇总's charts.
 * The page shows Kaohe's sheets from the plan and offers the written workbook.
 */
export function createPreviewHost(store: PreviewStore): KaoheHost {
  return {
    kind: "preview",

    listSources: () =>
      Promise.resolve(
        store.state.files.flatMap((file, i) =>
          file.grids.map((grid): SheetSource => ({
            id: sourceId(i, grid.sheet),
            file: file.name,
            sheet: grid.sheet,
            usedRange: grid.values.length === 0 ? null : usedRange(grid),
            suggestedRole: file.slot,
          })),
        ),
      ),

    readGrids: (requests: GridRequest[]): Promise<GridsRead> => {
      const grids: SourceGrid[] = [];
      for (const request of requests) {
        const found = findGrid(store, request.id);
        if (found === null) continue;
        const grid = request.range === null ? found : cropGrid(found, request.range);
        if (grid === null) {
          return Promise.reject(
            new HostError("not_found", {
              zh: `“${request.range}”不是“${found.sheet}”中的有效区域。`,
              en: `"${request.range}" is not a range of "${found.sheet}".`,
            }),
          );
        }
        grids.push({ id: request.id, grid });
      }
      const roster = store.state.files.find((f) => f.slot === "roster");
      return Promise.resolve({
        grids,
        warnings: [],
        notKept: roster?.notKept ?? [],
        ...(roster === undefined ? {} : { workbook: rosterSheets(roster) }),
      });
    },

    applyPlan: async (input: PlanInput, options: { onProgress: (p: ApplyProgress) => void; signal: AbortSignal }) => {
      const roster = store.state.files.find((f) => f.slot === "roster");
      if (roster === undefined) {
        throw new HostError("not_found", { zh: "请先上传干部名册工作簿。", en: "Upload the roster workbook first." });
      }
      const step = (done: number) => {
        if (options.signal.aborted) throw new HostError("cancelled", { zh: "已取消。", en: "Cancelled." });
        options.onProgress({ done, total: 2 });
      };
      step(0);
      const plan = await wholePlan(input);
      const data = await writeReviewed(roster, plan);
      step(1);
      const fileName = reviewedName(roster.name);
      const grids = reviewedGrids(plan, fileName, roster.grids[0]?.date1904 ?? false);
      store.update({ reviewed: { fileName, data, grids, plan }, selection: null });
      step(2);
      const outcome: ApplyOutcome = { sheets: plan.sheets.map((s) => s.name), syncs: 0 };
      return outcome;
    },

    selectCell: (target) => {
      store.update({ selection: target });
      return Promise.resolve();
    },

    // The drafts are made by the review worker; the page only saves them.
    downloadDrafts: saveDownload,
  };
}

/**
 * The reviewed workbook's bytes, written as the command line writes them: into the roster's own
 * package; a package the writer cannot edit as text (macro-enabled, no styles part) through
 * ExcelJS, which keeps cells but not charts or pictures (the upload listed them in `notKept`).
 */
async function writeReviewed(roster: UploadedFile, plan: WritePlan): Promise<Uint8Array> {
  try {
    return await refusing(() =>
      new RosterPackage(roster.data, browserZipCodec).write(plan, gridCellText(roster.grids)),
    );
  } catch (error) {
    if (!(error instanceof UnusualPackageError)) throw error;
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(roster.data.slice().buffer);
  await refusing(() => Promise.resolve(applyPlanToWorkbook(workbook, plan)));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The writers' refusals as the task pane's host errors, worded as Excel's own. */
async function refusing<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof SheetNotKaoheError)
      throw new HostError("name_taken", { zh: error.message, en: error.messageEn });
    if (error instanceof ProtectedSheetError)
      throw new HostError("sheet_protected", { zh: error.message, en: error.messageEn });
    throw error;
  }
}

/**
 * The roster workbook's sheets, read or not, and what its marker lists, as the command line hands
 * them to the core: Kaohe's sheets are named around the user's even when one was left unread.
 */
function rosterSheets(roster: UploadedFile): WorkbookSheets {
  let marked: string[] | null = null;
  try {
    marked = new RosterPackage(roster.data, browserZipCodec).markedSheets(gridCellText(roster.grids));
  } catch (error) {
    // Written through ExcelJS (applyPlan.ts), which finds the marker itself.
    if (!(error instanceof UnusualPackageError)) throw error;
  }
  return { sheets: roster.grids.map((g) => g.sheet), marked };
}

function findGrid(store: PreviewStore, id: string): SheetGrid | null {
  for (const [i, file] of store.state.files.entries()) {
    for (const grid of file.grids) if (sourceId(i, grid.sheet) === id) return grid;
  }
  return null;
}

function usedRange(grid: SheetGrid): string {
  const width = Math.max(1, ...grid.values.map((r) => r.length));
  const last = grid.originRow + grid.values.length - 1;
  return `${a1(grid.originRow, grid.originCol)}:${a1(last, grid.originCol + width - 1)}`;
}

/** `名册.xlsx` → `名册（已审阅）.xlsx`; a roster of another format (`名册.xls`) gives an .xlsx of the same name. */
export function reviewedName(fileName: string): string {
  const base = fileName.replace(/\.(xlsx|xlsm|xls|ods|csv)$/i, "");
  return `${base}（已审阅）.xlsx`;
}

import ExcelJS from "exceljs";
import { a1 } from "../core/model/address";
import type { SheetGrid } from "../core/model/sheetGrid";
import type { WritePlan } from "../core/plan/writePlan";
import { applyPlanToWorkbook } from "../hosts/exceljs/applyPlan";
import { ProtectedSheetError, SheetNotKaoheError } from "../hosts/exceljs/applyPlanErrors";
import { saveDownload } from "../hosts/docx/saveDownload";
import { readWorkbookBuffer } from "../hosts/exceljs/readWorkbook";
import {
  HostError,
  type ApplyOutcome,
  type ApplyProgress,
  type GridRequest,
  type GridsRead,
  type KaoheHost,
  type SheetSource,
  type SourceGrid,
} from "../taskpane/host";
import { wholePlan, type PlanInput } from "../taskpane/review/planSource";
import { cropGrid } from "./gridCrop";
import type { PreviewStore } from "./previewStore";

/** A sheet's id in the preview: the file's place in the upload list and the sheet's name. */
export function sourceId(fileIndex: number, sheet: string): string {
  return `${fileIndex}\u0001${sheet}`;
}

/**
 * The task pane's host in a browser without Excel: the sources are the uploaded workbooks, and
 * the plan is applied with the ExcelJS host to a copy of the roster workbook, exactly as the
 * command line does; the page shows and offers that workbook.
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
      return Promise.resolve({ grids, warnings: [], notKept: roster?.notKept ?? [] });
    },

    applyPlan: async (input: PlanInput, options: { onProgress: (p: ApplyProgress) => void; signal: AbortSignal }) => {
      const roster = store.state.files.find((f) => f.slot === "roster");
      if (roster === undefined) {
        throw new HostError("not_found", { zh: "请先上传干部名册工作簿。", en: "Upload the roster workbook first." });
      }
      const step = (done: number) => {
        if (options.signal.aborted) throw new HostError("cancelled", { zh: "已取消。", en: "Cancelled." });
        options.onProgress({ done, total: 4 });
      };
      step(0);
      const plan = await wholePlan(input);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(roster.data.slice().buffer);
      step(1);
      applyOrRefuse(workbook, plan);
      step(2);
      const data = new Uint8Array(await workbook.xlsx.writeBuffer());
      step(3);
      const fileName = reviewedName(roster.name);
      const read = await readWorkbookBuffer(data, fileName);
      store.update({ reviewed: { fileName, data, grids: read.grids, plan }, selection: null });
      step(4);
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

/** The ExcelJS host's refusals as the task pane's host errors, worded as Excel's own. */
function applyOrRefuse(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  try {
    applyPlanToWorkbook(workbook, plan);
  } catch (error) {
    if (error instanceof SheetNotKaoheError)
      throw new HostError("name_taken", { zh: error.message, en: error.messageEn });
    if (error instanceof ProtectedSheetError)
      throw new HostError("sheet_protected", { zh: error.message, en: error.messageEn });
    throw error;
  }
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

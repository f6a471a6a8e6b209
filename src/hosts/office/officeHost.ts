import {
  HostError,
  type ApplyOutcome,
  type ApplyProgress,
  type CellTarget,
  type GridRequest,
  type GridsRead,
  type HostMessage,
  type KaoheHost,
  type SheetSource,
} from "../../taskpane/host";
import type { PlanInput } from "../../taskpane/review/planSource";
import { saveDownload } from "../docx/saveDownload";
import { applyPlanToExcel } from "./applyPlan";
import type { ExcelFeatures } from "./features";
import { watchEdits } from "./liveEdits";
import { toHostError } from "./officeErrors";
import type { OfficeRun } from "./officeRun";
import { bareAddress, readGrids } from "./readGrids";
import { checkedSelection } from "./selection";
import { queueWorkbookSheets } from "./workbookSheets";

export interface OfficeHostOptions {
  run: OfficeRun;
  features: ExcelFeatures;
  /** Said with the first read: what this Excel and this Office.js library cannot do (see features.ts). */
  notices?: HostMessage[];
}

/**
 * The task pane's host inside Excel: the open workbook's sheets are the sources (a sheet's id
 * is its name), and the plan is written into the same workbook.
 */
export function createOfficeHost({ run, features, notices = [] }: OfficeHostOptions): KaoheHost {
  let fileName = "";
  let noticesSaid = false;
  const guard = async <T>(action: () => Promise<T>): Promise<T> => {
    try {
      return await action();
    } catch (error) {
      throw toHostError(error);
    }
  };

  return {
    kind: "excel",

    listSources: () =>
      guard(() =>
        run(async (context) => {
          const workbook = context.workbook;
          workbook.load("name");
          const sheets = workbook.worksheets;
          sheets.load("items/name");
          await context.sync();
          fileName = workbook.name;
          const used = sheets.items.map((ws) => {
            const range = ws.getUsedRangeOrNullObject(true);
            range.load("address");
            return { name: ws.name, range };
          });
          await context.sync();
          return used.map(({ name, range }): SheetSource => ({
            id: name,
            file: fileName,
            sheet: name,
            usedRange: range.isNullObject ? null : bareAddress(range.address),
            suggestedRole: "auto",
          }));
        }),
      ),

    readGrids: (requests: GridRequest[], options) =>
      guard(async (): Promise<GridsRead> => {
        const { read, workbook } = await run(async (context) => {
          const sheetsRead = queueWorkbookSheets(context);
          const grids = await readGrids(
            context,
            requests.map((r) => ({ file: fileName, sheet: r.id, range: r.range })),
            features,
            options?.onProgress,
          );
          return { read: grids, workbook: await sheetsRead() };
        });
        const said = noticesSaid ? [] : notices;
        noticesSaid = true;
        return {
          grids: read.grids.map((grid, i) => ({ id: requests[i]?.id ?? grid.sheet, grid })),
          warnings: [...said, ...read.warnings],
          // Kaohe writes into the open workbook: nothing of it is lost.
          notKept: [],
          workbook,
        };
      }),

    selectedRange: (sheet?: string) =>
      guard(() =>
        run(async (context) => {
          // getSelectedRange fails on a selection of several areas; getSelectedRanges says how many.
          const ranges = context.workbook.getSelectedRanges();
          ranges.load("address,areaCount");
          ranges.worksheet.load("name");
          await context.sync();
          return checkedSelection(ranges.address, ranges.areaCount, ranges.worksheet.name, sheet);
        }),
      ),

    applyPlan: (plan: PlanInput, options: { onProgress: (p: ApplyProgress) => void; signal: AbortSignal }) =>
      guard((): Promise<ApplyOutcome> =>
        run((context) => applyPlanToExcel(context, plan, { features, ...options }), {
          // One undo group where Excel has it (ExcelApi 1.20); elsewhere each sync is its own.
          mergeUndoGroup: features.mergeUndo,
          // Wait for the user to leave a cell rather than fail.
          delayForCellEdit: true,
        }),
      ),

    selectCell: (target: CellTarget) =>
      guard(async () => {
        if (target.sheet === undefined) return;
        if (target.file !== undefined && fileName !== "" && target.file !== fileName) {
          throw new HostError("not_found", {
            zh: `该单元格在另一个工作簿“${target.file}”中，请打开那个工作簿查看。`,
            en: `That cell is in another workbook, "${target.file}": open it to see the cell.`,
          });
        }
        const sheet = target.sheet;
        await run(async (context) => {
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.activate();
          if (target.cell !== undefined) ws.getRange(target.cell).select();
          await context.sync();
        });
      }),

    watchEdits: (grids, onEdit, onError) =>
      guard(() => watchEdits(run, features, grids, { onEdit, onError: onError ?? (() => undefined) })),

    // The task pane's page saves the drafts, made by the review worker, as a browser download.
    downloadDrafts: saveDownload,
  };
}

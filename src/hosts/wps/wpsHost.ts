import {
  HostError,
  type ApplyOutcome,
  type CellTarget,
  type GridsRead,
  type HostMessage,
  type KaoheHost,
  type SheetSource,
} from "../../taskpane/host";
import { wholePlan } from "../../taskpane/review/planSource";
import { applyEtPlan, markerListed } from "./applyEtPlan";
import { EtBook, blockAddress } from "./etFacade";
import type { EtApplication } from "./etTypes";
import { watchEtEdits } from "./etLiveEdits";
import { readEtGrids } from "./readEtGrids";

/**
 * What the task pane cannot do in WPS that it does in Excel, said in the pane rather than left
 * for the user to discover (KaoheHost.limits).
 */
export const WPS_LIMITS: HostMessage[] = [
  {
    zh: "在 WPS 中，“生成审阅工作簿”不能用撤销（Ctrl+Z）一步还原：如需还原，请删除考核助手生成的工作表，或重新生成。",
    en: "In WPS, writing the reviewed workbook cannot be undone in one step (Ctrl+Z): delete the sheets Kaohe wrote, or write them again.",
  },
  {
    zh: "在 WPS 中，边改边查只对手工编辑生效；由公式重算或其他加载项改变的单元格不会触发复查。",
    en: "In WPS, live checking follows edits made by hand; cells changed by recalculation or other add-ins do not trigger it.",
  },
];

/**
 * The task pane's host inside WPS 表格: the open workbook's sheets are the sources (a sheet's id
 * is its name) and the plan is written into the same workbook, through one EtBook per operation.
 */
export function createWpsHost(app: EtApplication): KaoheHost {
  const book = () => new EtBook(app);
  const guard = async <T>(action: () => T | Promise<T>): Promise<T> => {
    try {
      return await action();
    } catch (error) {
      throw toHostError(error);
    }
  };
  let fileName = "";

  return {
    kind: "wps",
    limits: WPS_LIMITS,

    listSources: () =>
      guard(() => {
        const b = book();
        fileName = b.fileName();
        return b.sheetNames().map((name): SheetSource => {
          const used = b.usedBlock(name);
          return {
            id: name,
            file: fileName,
            sheet: name,
            usedRange: used === null ? null : blockAddress(used),
            suggestedRole: "auto",
          };
        });
      }),

    readGrids: (requests, options) =>
      guard(async (): Promise<GridsRead> => {
        const b = book();
        const grids = await readEtGrids(
          b,
          requests.map((r) => ({ sheet: r.id, range: r.range })),
          options?.onProgress,
        );
        return {
          grids: grids.map((grid, i) => ({ id: requests[i]?.id ?? grid.sheet, grid })),
          warnings: [],
          notKept: [],
          // The core names Kaohe's sheets around every sheet of the workbook, read or not.
          workbook: { sheets: b.sheetNames(), marked: markerListed(b) },
        };
      }),

    selectedRange: () => guard(() => book().selectedAddress()),

    applyPlan: (plan, options) =>
      guard(async (): Promise<ApplyOutcome> => applyEtPlan(book(), await wholePlan(plan), options)),

    selectCell: (target: CellTarget) =>
      guard(() => {
        if (target.sheet === undefined) return;
        if (target.file !== undefined && fileName !== "" && target.file !== fileName) {
          throw new HostError("not_found", {
            zh: `该单元格在另一个工作簿“${target.file}”中，请打开那个工作簿查看。`,
            en: `That cell is in another workbook, "${target.file}": open it to see the cell.`,
          });
        }
        book().select(target.sheet, target.cell ?? "A1");
      }),

    watchEdits: (grids, onEdit) =>
      guard(() => {
        const stop = watchEtEdits(book, grids, onEdit);
        return () => Promise.resolve(stop());
      }),
  };
}

/** What ET throws (an Error with WPS's own message) as a message the pane can show. */
function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new HostError("unexpected", {
    zh: `WPS 报告了一个错误：${message}。请检查工作簿（是否在编辑单元格、是否受保护）后重试。`,
    en: `WPS reported an error: ${message}. Check the workbook (a cell being edited, protection), then try again.`,
  });
}

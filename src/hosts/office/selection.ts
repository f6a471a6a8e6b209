import { sameSheetName } from "../../core/plan/ownedSheets";
import { HostError } from "../../taskpane/host";
import { bareAddress } from "./readGrids";

/**
 * The user's selection as a sheet's range to read: one rectangle, on the sheet it is meant for.
 * A selection of several areas, or on another sheet than the one being set up, would be read as
 * something the user did not mean, so it is explained instead.
 */
export function checkedSelection(address: string, areas: number, selectedSheet: string, forSheet?: string): string {
  if (areas > 1) {
    throw new HostError("not_found", {
      zh: "当前选择了多个不相连的区域。请只选择一个连续区域（含表头）后再点“用当前选区”。",
      en: "Several separate areas are selected. Select one block of cells (header included), then use the selection again.",
    });
  }
  if (forSheet !== undefined && !sameSheetName(selectedSheet, forSheet)) {
    throw new HostError("not_found", {
      zh: `所选区域在工作表“${selectedSheet}”上，不在“${forSheet}”上。请先切换到“${forSheet}”，选择区域后再试。`,
      en: `The selection is on the sheet "${selectedSheet}", not on "${forSheet}". Go to "${forSheet}", select the cells, then try again.`,
    });
  }
  return bareAddress(address);
}

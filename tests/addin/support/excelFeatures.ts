import type { ExcelFeatures } from "../../../src/hosts/office/features";

/** An Excel of ExcelApi 1.13 to 1.17: screen updating, merged areas and print setup, but no notes (1.18) and no one-step undo (1.20). */
export const EXCEL_1_13: ExcelFeatures = {
  screenUpdating: true,
  mergedAreas: true,
  notes: false,
  mergeUndo: false,
  pageLayout: true,
};

/** An Excel of ExcelApi 1.20 or later (Microsoft 365 today): every feature Kaohe uses. */
export const EXCEL_1_20: ExcelFeatures = {
  screenUpdating: true,
  mergedAreas: true,
  notes: true,
  mergeUndo: true,
  pageLayout: true,
};

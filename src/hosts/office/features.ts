/**
 * Excel API features used only where the host has them. The manifest asks for ExcelApi 1.8,
 * the highest set the add-in cannot do without (data validation); each newer one is checked
 * at run time and the add-in does without it, saying so where it matters.
 */
export interface ExcelFeatures {
  /** ExcelApi 1.9: `suspendScreenUpdatingUntilNextSync`. */
  screenUpdating: boolean;
  /** ExcelApi 1.13: `getMergedAreasOrNullObject`, for two-row headers. */
  mergedAreas: boolean;
  /** ExcelApi 1.18: header notes (`worksheet.notes`). */
  notes: boolean;
  /** ExcelApi 1.20: all syncs of one `Excel.run` in one undo group. */
  mergeUndo: boolean;
  /** ExcelApi 1.9: `worksheet.pageLayout`, the print setup; without it the sheets print with Excel's defaults. */
  pageLayout: boolean;
}

export type SetSupported = (name: string, version: string) => boolean;

export function detectFeatures(isSetSupported: SetSupported): ExcelFeatures {
  return {
    screenUpdating: isSetSupported("ExcelApi", "1.9"),
    mergedAreas: isSetSupported("ExcelApi", "1.13"),
    notes: isSetSupported("ExcelApi", "1.18"),
    mergeUndo: isSetSupported("ExcelApi", "1.20"),
    pageLayout: isSetSupported("ExcelApi", "1.9"),
  };
}

export const MANIFEST_EXCEL_API = "1.8";

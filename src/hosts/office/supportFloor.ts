/**
 * Which Excel the add-in asks for, and which it needs. The manifest's floor is ExcelApi 1.1:
 * every Excel with the Excel JavaScript API (2016 and later) lists the add-in and opens its
 * pane, so volume-licensed Excel 2016 (ExcelApi 1.1) and 2019 (1.7), whose panes are Internet
 * Explorer 11, show webviewCheck.js's message instead of never listing the add-in. The pane
 * itself needs ExcelApi 1.9 and says so where Excel reports less: list data validation (1.8),
 * and `Range.copyFrom` and `getSelectedRanges` (1.9), with which a re-run replaces an earlier
 * review in place and a selection of several areas is told apart. 汇总's charts (sheetCharts.ts)
 * use members of ExcelApi 1.1–1.8, all under this floor.
 */
export const MANIFEST_EXCEL_API = "1.1";
export const REQUIRED_EXCEL_API = "1.9";

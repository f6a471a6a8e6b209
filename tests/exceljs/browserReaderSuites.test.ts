// Slow: the streaming reader's suites again with the preview's pieces, each workbook read by both readers.
/**
 * The preview's .xlsx reader (the command line's streaming reader with the browser's pieces:
 * fflate, and ExcelJS's workbook class from its browser bundle) held to every test the command
 * line's reader passes: the suites below run again here with readWorkbookInBrowser in place of
 * readWorkbookStreaming, each comparison against the document reader (readWorkbookBuffer) as
 * there. They cover the samples and reader fixtures, reviewed workbooks (tables, shared formulas,
 * notes), the hardening generators' and mutated workbooks, a generated district, damaged zips and
 * parts, the limits, and hand-written packages (inline and rich text, shared strings, cached
 * formula results of every type, dates in both systems, merges, hidden and reordered sheets).
 * The properties over intact zips try a third of their cases here (support/propertyRuns.ts).
 */
import "./support/useBrowserReader";
import "./streamWorkbook.test";
import "./streamWorkbookXml.test";
import "../reader/formulaResults.test";
import "../reader/date1904Declared.test";

import { readWorkbookStreaming } from "../../src/hosts/exceljs/streamWorkbookNode";
import { readWorkbookInBrowser } from "../../src/hosts/exceljs/streamWorkbookBrowser";
import { intactZipRuns } from "./support/propertyRuns";

test("the suites above read through the browser's pieces, their properties over intact zips with a third of the cases", () => {
  expect(readWorkbookStreaming).toBe(readWorkbookInBrowser);
  expect(intactZipRuns(150)).toBe(50);
  expect(intactZipRuns(300)).toBe(100);
});

import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { convertInOffice } from "./office";

/**
 * LibreOffice as an independent spreadsheet program: it opens reviewed workbooks, recalculates
 * every formula (a profile of the test run's own with OOXMLRecalcMode 0, "always", per
 * TOOLCHAIN.md) and saves them again, so their cells hold LibreOffice's own results. One
 * LibreOffice serves the whole test run (office.ts).
 */
const SOFFICE = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"];

export function sofficePath(): string {
  const found = SOFFICE.find((p) => existsSync(p));
  if (found === undefined) {
    throw new Error(
      "LibreOffice is not installed (soffice not found): apt-get install -y --no-install-recommends libreoffice-calc-nogui",
    );
  }
  return found;
}

/** Opens, recalculates and saves each file; returns the recalculated copies, in order. */
export function recalculate(files: string[]): string[] {
  return convert(files, "xlsx");
}

/**
 * Each file printed to PDF by LibreOffice — a workbook with its sheets' own print setup, a .docx
 * through Writer (`libreoffice-writer-nogui`: Calc alone cannot open one); the PDFs, in order.
 */
export function convertToPdf(files: string[]): string[] {
  return convert(files, "pdf");
}

function convert(files: string[], format: "xlsx" | "pdf"): string[] {
  const out = join(mkdtempSync(join(tmpdir(), "kaohe-lo-")), "out");
  convertInOffice(sofficePath(), files, format, out);
  return files.map((f) => {
    const converted = join(out, basename(f).replace(/\.[^.]+$/, `.${format}`));
    if (!existsSync(converted)) {
      throw new Error(`LibreOffice did not convert ${basename(f)} (a .docx needs libreoffice-writer-nogui)`);
    }
    return converted;
  });
}

export interface FormulaResult {
  sheet: string;
  address: string;
  formula: string;
  result: unknown;
}

/** Every formula cell of the named sheets with its stored result (`result`, which ExcelJS keeps even when 0). */
export async function formulaResults(file: string, sheets: readonly string[]): Promise<Map<string, FormulaResult>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const results = new Map<string, FormulaResult>();
  for (const name of sheets) {
    wb.getWorksheet(name)?.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        results.set(`${name}!${cell.address}`, {
          sheet: name,
          address: cell.address,
          formula: cell.formula,
          result: cell.result,
        });
      }),
    );
  }
  return results;
}

/**
 * The same result as written by two programs. Text is compared exactly (an empty text result is
 * stored as no value), integers exactly, dates by their day, and other numbers to the 15
 * significant digits LibreOffice writes into a file: it computes in doubles like Excel, but its
 * file format rounds a ratio such as 5/72 to 0.0694444444444445, one unit in the 15th digit.
 */
export function sameResult(ours: unknown, theirs: unknown): boolean {
  const norm = (v: unknown) => (v instanceof Date ? v.getTime() : v === undefined || v === null ? "" : v);
  const a = norm(ours);
  const b = norm(theirs);
  if (typeof a === "number" && typeof b === "number" && !Number.isInteger(a))
    return Math.abs(a - b) <= Math.abs(a) * 1e-14;
  return a === b;
}

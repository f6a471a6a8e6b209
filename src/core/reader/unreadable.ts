import type { Finding } from "../findings/finding";
import type { SheetRole } from "./columnMapping";
import { closestRow, type ClosestRow } from "./closestRow";
import { cellFinding } from "./readerFindings";
import { hasContent, type SheetAnalysis } from "./sheetAnalysis";

/**
 * `header_not_found` per workbook when none of its sheets could be read as wanted, naming the
 * row that came closest; otherwise a `sheet_skipped` information finding for each sheet with
 * content that was passed over, so the clerk can see which sheets were not read. Kaohe's own
 * sheets are never reported.
 */
export function unreadableWorkbooks(
  analyses: readonly SheetAnalysis[],
  isWanted: (role: SheetRole) => boolean,
  wanted: { zh: string; en: string },
  describe: (row: ClosestRow | null) => { zh: string; en: string },
): Finding[] {
  const files = [...new Set(analyses.map((a) => a.view.file))];
  return files.flatMap((file) => {
    const inFile = analyses.filter((a) => a.view.file === file);
    const sheets = inFile.filter((a) => a.role !== "kaohe");
    const first = sheets[0] ?? inFile[0];
    if (!sheets.some((a) => isWanted(a.role))) {
      if (!first) return [];
      const names = sheets.map((a) => `“${a.view.sheet}”`).join("、");
      const closest = describe(closestRow(sheets.map((a) => a.view)));
      return [
        cellFinding(first.view, "header_not_found", first.view.address(0, 0), {
          zh: `${file}的工作表${names}中都没有找到${wanted.zh}，无法读取${closest.zh}`,
          en: `No ${wanted.en} was found in any sheet of ${file}; it cannot be read${closest.en}`,
        }),
      ];
    }
    return sheets
      .filter((a) => a.role === "unknown" && hasContent(a.view))
      .map((a) =>
        cellFinding(a.view, "sheet_skipped", a.view.address(0, 0), {
          zh: `工作表“${a.view.sheet}”中没有找到可识别的表头，未读取`,
          en: `No header that can be read was found in sheet "${a.view.sheet}"; it was not read`,
        }),
      );
  });
}

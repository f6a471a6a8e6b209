import type { Finding } from "../findings/finding";
import type { SheetRole } from "./columnMapping";
import { cellFinding } from "./readerFindings";
import { hasContent, type SheetAnalysis } from "./sheetAnalysis";

/**
 * `header_not_found` per workbook: an error when none of its sheets could be read as wanted,
 * otherwise an information finding for each sheet with content that was passed over, so the
 * clerk can see which sheets were not read. Kaohe's own sheets are never reported.
 */
export function unreadableWorkbooks(
  analyses: readonly SheetAnalysis[],
  isWanted: (role: SheetRole) => boolean,
  wanted: { zh: string; en: string },
): Finding[] {
  const files = [...new Set(analyses.map((a) => a.view.file))];
  return files.flatMap((file) => {
    const inFile = analyses.filter((a) => a.view.file === file);
    const sheets = inFile.filter((a) => a.role !== "kaohe");
    const first = sheets[0] ?? inFile[0];
    if (!sheets.some((a) => isWanted(a.role))) {
      if (!first) return [];
      const names = sheets.map((a) => `“${a.view.sheet}”`).join("、");
      return [
        cellFinding(first.view, "header_not_found", first.view.address(0, 0), {
          zh: `${file}的工作表${names}中都没有找到${wanted.zh}，无法读取`,
          en: `No ${wanted.en} was found in any sheet of ${file}; it cannot be read`,
        }),
      ];
    }
    return sheets
      .filter((a) => a.role === "unknown" && hasContent(a.view))
      .map((a) =>
        cellFinding(
          a.view,
          "header_not_found",
          a.view.address(0, 0),
          {
            zh: `工作表“${a.view.sheet}”中没有找到可识别的表头，未读取`,
            en: `No header that can be read was found in sheet "${a.view.sheet}"; it was not read`,
          },
          { severity: "info" },
        ),
      );
  });
}

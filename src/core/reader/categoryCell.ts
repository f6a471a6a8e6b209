import type { Finding } from "../findings/finding";
import type { GridView } from "./gridView";
import type { ReadColumn } from "./readColumn";
import { cellFinding } from "./readerFindings";
import { cellText, dropSpaces } from "./textNormalise";

/**
 * A row's evaluator category. Without a category column the sheet's name is the category
 * (a sheet named 服务对象); a blank cell in a category column is read the same way and reported,
 * since the clerk may have meant "as above". The cell's address is made only for the finding:
 * every row of a long sheet reads its category.
 */
export function categoryCell(
  view: GridView,
  r: number,
  categoryCol: ReadColumn | undefined,
): { category: string; finding: Finding | null } {
  if (!categoryCol) return { category: view.sheet, finding: null };
  const category = dropSpaces(cellText(view.label(r, categoryCol.c)));
  if (category !== "") return { category, finding: null };
  const finding = cellFinding(
    view,
    "note",
    view.fixAddress(r, categoryCol.c),
    {
      zh: `“${categoryCol.header}”为空，已按工作表名“${view.sheet}”作为评价主体`,
      en: `"${categoryCol.header}" is empty; the sheet name "${view.sheet}" was used as the evaluator category`,
    },
    { severity: "warning" },
  );
  return { category: view.sheet, finding };
}

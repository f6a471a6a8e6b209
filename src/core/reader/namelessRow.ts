import type { Finding } from "../findings/finding";
import type { GridView } from "./gridView";
import { cellFinding } from "./readerFindings";
import { isBlank } from "./textNormalise";

/**
 * A data row with no name. A section heading (一、乡镇街道) has one cell and is passed over;
 * a row with several values is reported, because its data would otherwise be lost unseen.
 */
export function namelessRow(view: GridView, r: number, nameCol: number): Finding[] {
  let filled = 0;
  for (let c = 0; c < view.colCount; c++) if (!isBlank(view.own(r, c))) filled++;
  if (filled < 2) return [];
  return [
    cellFinding(
      view,
      "note",
      view.fixAddress(r, nameCol),
      {
        zh: `第${view.sheetRow(r)}行有内容但没有姓名，未读取`,
        en: `Row ${view.sheetRow(r)} has content but no name and was not read`,
      },
      { severity: "warning" },
    ),
  ];
}

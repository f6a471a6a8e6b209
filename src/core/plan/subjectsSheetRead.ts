import type { RosterRow } from "../model/roster";
import type { SheetGrid } from "../model/sheetGrid";
import { cellText, findGridTable, gridAddress, gridCell } from "./gridCells";

/**
 * The proposed grades a clerk edited in an earlier reviewed workbook's 考核对象 sheet. They
 * replace the roster's 建议等次 on a re-run (DOMAIN.md §Grades): a blank cell is a grade the
 * clerk removed. A row is recognised by its ID when name and unit still agree, else by a name
 * and unit that only one row has, so an edited roster does not move a grade to someone else.
 */
export interface EditedGrade {
  id: string;
  name: string;
  unit: string;
  grade: string | null;
  /** A1 of the 建议等次 cell it was read from. */
  cell: string;
}

export function readEditedGrades(grid: SheetGrid): EditedGrade[] | null {
  const table = findGridTable(grid, ["ID", "姓名", "单位", "建议等次"]);
  if (table === null) return null;
  const col = (h: string) => table.columns.get(h) ?? -1;
  const grades: EditedGrade[] = [];
  for (let r = table.headerIndex + 1; r < grid.values.length; r++) {
    const id = cellText(gridCell(grid, r, col("ID")));
    if (id === "") continue;
    const grade = cellText(gridCell(grid, r, col("建议等次"))).replace(/[\s\u3000]/g, "");
    grades.push({
      id,
      name: cellText(gridCell(grid, r, col("姓名"))),
      unit: cellText(gridCell(grid, r, col("单位"))),
      grade: grade === "" ? null : grade,
      cell: gridAddress(grid, r, col("建议等次")),
    });
  }
  return grades;
}

/** The edited grade of each roster row that has one, by roster row id. */
export function matchEditedGrades(
  rows: readonly RosterRow[],
  edited: readonly EditedGrade[],
): Map<string, EditedGrade> {
  const byId = new Map(edited.map((e) => [e.id, e]));
  const byPerson = new Map<string, EditedGrade[]>();
  for (const e of edited) {
    const key = JSON.stringify([e.name, e.unit]);
    byPerson.set(key, [...(byPerson.get(key) ?? []), e]);
  }
  const rowsPerPerson = new Map<string, number>();
  for (const row of rows) {
    const key = JSON.stringify([row.name, row.unit]);
    rowsPerPerson.set(key, (rowsPerPerson.get(key) ?? 0) + 1);
  }
  const matched = new Map<string, EditedGrade>();
  for (const row of rows) {
    const key = JSON.stringify([row.name, row.unit]);
    const same = byId.get(row.id);
    if (same !== undefined && same.name === row.name && same.unit === row.unit) {
      matched.set(row.id, same);
      continue;
    }
    const candidates = byPerson.get(key) ?? [];
    const only = candidates[0];
    if (candidates.length === 1 && only !== undefined && rowsPerPerson.get(key) === 1) matched.set(row.id, only);
  }
  return matched;
}

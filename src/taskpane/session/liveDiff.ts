import { parseA1 } from "../../core/model/address";
import type { Finding } from "../../core/findings/finding";
import { findingKey } from "./findingsView";

export interface LiveChange {
  added: Finding[];
  resolved: Finding[];
}

/**
 * What an edit of rows first…last of a sheet changed: the findings at those rows that are new,
 * and those that are gone. Findings elsewhere (a unit's quota, say) are updated in the list but
 * not counted here, so the count speaks of the rows the user touched.
 */
export function liveChange(
  before: readonly Finding[],
  after: readonly Finding[],
  where: { file: string; sheet: string; firstRow: number; lastRow: number },
): LiveChange {
  const inRows = (f: Finding): boolean => {
    if (f.file !== where.file || f.sheet !== where.sheet || f.cell === undefined) return false;
    const row = parseA1(f.cell)?.row;
    return row !== undefined && row >= where.firstRow && row <= where.lastRow;
  };
  const beforeKeys = new Set(before.filter(inRows).map(findingKey));
  const afterKeys = new Set(after.filter(inRows).map(findingKey));
  return {
    added: after.filter((f) => inRows(f) && !beforeKeys.has(findingKey(f))),
    resolved: before.filter((f) => inRows(f) && !afterKeys.has(findingKey(f))),
  };
}

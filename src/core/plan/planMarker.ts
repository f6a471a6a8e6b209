import { markerRange } from "./ownedSheets";
import type { PlanLayout } from "./planOutline";
import { OWNED_SHEETS_NAME, type PlanValue } from "./writePlan";

/**
 * The cells that mark which sheets are Kaohe's (those the name KAOHE_SHEETS refers to) with the
 * values the plan writes there. A host writes them together with the new sheets, before their
 * content: should the run stop halfway, the next one then knows the half-written sheets as
 * Kaohe's and replaces them, instead of refusing to touch sheets it cannot tell from the user's.
 */
export interface PlanMarker {
  sheet: string;
  /** 1-based top-left cell of the marker row. */
  row: number;
  col: number;
  values: PlanValue[];
}

export function ownedSheetsMarker(plan: PlanLayout): PlanMarker | null {
  const refersTo = plan.names.find((n) => n.name === OWNED_SHEETS_NAME)?.refersTo;
  const range = refersTo === undefined ? null : markerRange(refersTo);
  if (range === null || range.top !== range.bottom) return null;
  const { sheet, top: row, left, right } = range;
  const planSheet = plan.sheets.find((s) => s.name === sheet);
  if (planSheet === undefined) return null;
  const values: PlanValue[] = [];
  for (let col = left; col <= right; col++) {
    values.push(planSheet.loose.find((c) => c.row === row && c.col === col)?.value ?? null);
  }
  return { sheet, row, col: left, values };
}

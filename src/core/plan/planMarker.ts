import { parseA1 } from "../model/address";
import { OWNED_SHEETS_NAME, type PlanValue, type WritePlan } from "./writePlan";

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

export function ownedSheetsMarker(plan: WritePlan): PlanMarker | null {
  const refersTo = plan.names.find((n) => n.name === OWNED_SHEETS_NAME)?.refersTo;
  const match = refersTo === undefined ? null : /^'((?:[^']|'')+)'!([$A-Z0-9]+):([$A-Z0-9]+)$/.exec(refersTo);
  if (match === null || match[1] === undefined || match[2] === undefined || match[3] === undefined) return null;
  const sheet = match[1].replace(/''/g, "'");
  const from = parseA1(match[2]);
  const to = parseA1(match[3]);
  const planSheet = plan.sheets.find((s) => s.name === sheet);
  if (from === null || to === null || from.row !== to.row || planSheet === undefined) return null;
  const values: PlanValue[] = [];
  for (let col = from.col; col <= to.col; col++) {
    values.push(planSheet.loose.find((c) => c.row === from.row && c.col === col)?.value ?? null);
  }
  return { sheet, row: from.row, col: from.col, values };
}

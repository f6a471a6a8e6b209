import { classifySheet } from "../../core/reader";
import type { SheetGrid } from "../../core/model/sheetGrid";
import type { SourceRole } from "../host";

/** Where a grid goes in the review: the roster's grids (with Kaohe's own sheets), the ballots', or nowhere. */
export type Destination = "roster" | "ballots" | "skip";

/**
 * The user's choice, or for "auto" the reader's own classification of the sheet's header.
 * Kaohe's sheets of an earlier run go with the roster: the reader reads the rules and the
 * proposed grades back from them.
 */
export function destinationOf(role: SourceRole, grid: SheetGrid): Destination {
  if (role !== "auto") return role;
  const detected = classifySheet(grid);
  if (detected === "roster" || detected === "kaohe") return "roster";
  if (detected === "unknown") return "skip";
  return "ballots";
}

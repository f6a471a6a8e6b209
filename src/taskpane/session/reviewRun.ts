import type { SheetGrid } from "../../core/model/sheetGrid";
import { review, type ReviewOutcome, type ReviewStep } from "../../core/pipeline";
import type { MappingOverride } from "../../core/reader/columnMapping";
import type { RulesInput } from "../../core/rules/rules";
import type { SourceGrid, WorkbookSheets } from "../host";
import type { Destination } from "./sourceRoles";

/** Everything a review is computed from; the task pane keeps it and computes again on every change. */
export interface ReviewBasis {
  grids: SourceGrid[];
  destinations: Readonly<Record<string, Destination>>;
  overrides: MappingOverride[];
  rules: RulesInput | null;
  year: number | null;
  /** From the host: content of the roster workbook the output cannot carry. */
  notKept: string[];
  /** From the host: the sheets of the workbook written into, and what its marker lists. */
  workbook?: WorkbookSheets;
}

/**
 * The one call into the core: the task pane decides nothing itself. It runs where a Reviewer
 * puts it (src/taskpane/review): in a Web Worker in the pages, in the test's own thread in jest.
 */
export function runReview(basis: ReviewBasis, onStep?: (step: ReviewStep) => void): ReviewOutcome {
  const pick = (d: Destination): SheetGrid[] =>
    basis.grids.filter((g) => basis.destinations[g.id] === d).map((g) => g.grid);
  const marked = basis.workbook?.marked ?? null;
  return review(
    {
      rosterGrids: pick("roster"),
      ballotGrids: pick("ballots"),
      ...(basis.rules === null ? {} : { rulesOverride: basis.rules }),
      ...(basis.year === null ? {} : { year: basis.year }),
      ...(basis.overrides.length === 0 ? {} : { overrides: basis.overrides }),
      ...(basis.notKept.length === 0 ? {} : { notKept: basis.notKept }),
      ...(basis.workbook === undefined ? {} : { workbookSheets: basis.workbook.sheets }),
      ...(marked === null ? {} : { markedSheets: marked }),
    },
    onStep,
  );
}

/** The basis with one grid replaced (an edit re-read by the host). */
export function withGrid(basis: ReviewBasis, source: SourceGrid): ReviewBasis {
  return { ...basis, grids: basis.grids.map((g) => (g.id === source.id ? source : g)) };
}

/** The basis with the override for that column replaced. */
export function withOverride(basis: ReviewBasis, override: MappingOverride): ReviewBasis {
  const others = basis.overrides.filter(
    (o) => !(o.file === override.file && o.sheet === override.sheet && o.col === override.col),
  );
  return { ...basis, overrides: [...others, override] };
}

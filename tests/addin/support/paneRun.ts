import type { ReviewResult } from "../../../src/core/pipeline";
import type { KaoheHost, SourceRole } from "../../../src/taskpane/host";
import { runReview, type ReviewBasis } from "../../../src/taskpane/session/reviewRun";
import { destinationOf, type Destination } from "../../../src/taskpane/session/sourceRoles";

/**
 * The task pane's session without its page (useSession.ts): every sheet the host lists read with
 * the role the host suggests or `roles` gives by sheet name (a "skip" is not read), the review
 * computed from what the host returned, then 计算与标注.
 */
export async function paneRun(
  host: KaoheHost,
  roles: Readonly<Record<string, SourceRole>> = {},
): Promise<ReviewResult> {
  const sources = await host.listSources();
  const role = new Map(sources.map((s) => [s.id, roles[s.sheet] ?? s.suggestedRole]));
  const wanted = sources.filter((s) => role.get(s.id) !== "skip");
  const read = await host.readGrids(wanted.map((s) => ({ id: s.id, range: null })));
  const destinations: Record<string, Destination> = {};
  for (const g of read.grids) destinations[g.id] = destinationOf(role.get(g.id) ?? "auto", g.grid);
  const basis: ReviewBasis = {
    grids: read.grids,
    destinations,
    overrides: [],
    rules: null,
    year: null,
    notKept: read.notKept,
    ...(read.workbook === undefined ? {} : { workbook: read.workbook }),
  };
  const outcome = runReview(basis);
  if (!outcome.ok) throw new Error(outcome.messageEn);
  await host.applyPlan(outcome.result.plan, { onProgress: () => undefined, signal: new AbortController().signal });
  return outcome.result;
}

/** What a review decided, whatever the sheets are called. */
export function reviewOutcome(result: ReviewResult) {
  return {
    subjects: result.report.subjects.map((s) => [s.name, s.unit, s.status, s.cap, s.votes, s.specialReport]),
    units: result.report.units,
  };
}

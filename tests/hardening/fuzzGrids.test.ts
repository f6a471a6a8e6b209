import fc from "fast-check";
import { review } from "../../src/core/pipeline";
import { FuzzTally } from "./support/fuzzTally";
import { reviewInputArb } from "./support/gridArbitraries";
import { checkFindings, checkPlan, checkRefusal } from "./support/outcomeChecks";

/**
 * The whole review on workbooks generated from scratch: rosters and tallies in every layout
 * with bad values mixed in, noise sheets, odd sheet names, any year. No input makes it throw;
 * it either refuses in one clear sentence or returns findings and a plan that are well formed
 * and write no formula from cell text.
 */
const tally = new FuzzTally("generated-grids");
afterAll(() => tally.write());

test("generated workbooks never make the review throw; every result is well formed", () => {
  fc.assert(
    fc.property(reviewInputArb, ({ roster, ballots, year }) => {
      const rosterGrids = [roster[0], ...roster[1]];
      const outcome = review({ rosterGrids, ballotGrids: ballots, ...(year === undefined ? {} : { year }) });
      tally.record(outcome);
      if (!outcome.ok) {
        checkRefusal(outcome);
        return;
      }
      checkFindings(outcome.result.findings, [...rosterGrids, ...ballots], "名册.xlsx");
      checkPlan(outcome.result.plan);
    }),
    { numRuns: 300 },
  );
});

test("most generated workbooks are reviewed, not refused: the generators reach the deep paths", () => {
  expect(tally.cases).toBeGreaterThan(0);
  expect(tally.refusals / tally.cases).toBeLessThan(0.5);
  expect(Object.keys(tally.findings).length).toBeGreaterThan(12);
});

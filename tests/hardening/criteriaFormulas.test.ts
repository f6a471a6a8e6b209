import fc from "fast-check";
import { review } from "../../src/core/pipeline";
import type { WritePlan } from "../../src/core/plan/writePlan";
import { recompute } from "../plan/recompute";
import { reviewSamples } from "../plan/samples";
import { CRITERIA_TEXT } from "./support/cellValues";
import { calls, checkCriteria } from "./support/criteriaChecks";
import { criteriaInputArb } from "./support/gridArbitraries";
import { checkFindings, checkPlan } from "./support/outcomeChecks";

/**
 * Criteria-like and look-alike text (`胜利路街道*`, `=1+1`, `优?`, `ABC局`/`abc局`, full-width
 * and trailing-space twins) in every text column: no formula of the plan takes such text as a
 * COUNTIFS/SUMIF/MATCH pattern, and the formulas, recomputed by another engine (HyperFormula,
 * which reads criteria as Excel does: wildcards, operators, either case), give exactly the
 * values Kaohe cached. LibreOffice does the same for a sample in tests/libreoffice.
 */
function withFormula(plan: WritePlan, sheet: string, formula: string): WritePlan {
  return {
    ...plan,
    sheets: plan.sheets.map((s) =>
      s.name === sheet ? { ...s, loose: [...s.loose, { row: 999, col: 1, value: 0, formula }] } : s,
    ),
  };
}

test("the structural check finds every criterion and refuses text a person typed", async () => {
  const { plan } = await reviewSamples();
  expect(checkCriteria(plan)).toBeGreaterThan(100);
  expect(calls(`IF(COUNTIFS('a,b'!A1:A3,"x,(y",B2,1)=0,"",1)`)).toEqual([
    { name: "COUNTIFS", args: ["'a,b'!A1:A3", '"x,(y"', "B2", "1"] },
    { name: "IF", args: [`COUNTIFS('a,b'!A1:A3,"x,(y",B2,1)=0`, '""', "1"] },
  ]);
  // The shapes Kaohe wrote before: a unit cell, a grade cell, a typed name, a rules cell as criteria.
  const refused = [
    ["单位名额", "COUNTIFS('考核对象'!$C$5:$C$20,A5,'考核对象'!$D$5:$D$20,\"领导干部\")"],
    ["考核对象", "MATCH(J5,KH_CADRE_GRADES,0)"],
    ["单位名额", "SUMIF(KH_ALLOC_UNITS,A5,KH_ALLOC_QUOTAS)"],
    ["汇总", "COUNTIF('考核对象'!$C$5:$C$20,\"胜利路街道*\")"],
    ["汇总", "COUNTIFS('考核对象'!$J$5:$J$20,INDEX(KH_TEAM_GRADES,1))"],
  ] as const;
  for (const [sheet, formula] of refused)
    expect(() => checkCriteria(withFormula(plan, sheet, formula))).toThrow(/criterion/);
});

test("criteria-like texts in every text column: no pattern in any formula, and every formula recomputes to the cached value", () => {
  let subjects = 0;
  let units = 0;
  fc.assert(
    fc.property(criteriaInputArb, ({ roster, ballots }) => {
      const outcome = review({ rosterGrids: [roster], ballotGrids: [ballots], year: 2020 });
      if (!outcome.ok) throw new Error(outcome.message);
      const { plan, findings, assessment } = outcome.result;
      checkFindings(findings, [roster, ballots], "名册.xlsx");
      checkPlan(plan);
      const { mismatches } = recompute(plan);
      expect(mismatches.slice(0, 3)).toEqual([]);
      subjects += assessment.subjects.length;
      units += assessment.units.length;
    }),
    { numRuns: 40 },
  );
  // The generator reaches districts: many subjects, units that only a pattern would merge.
  expect(subjects).toBeGreaterThan(100);
  expect(units).toBeGreaterThan(60);
  expect(CRITERIA_TEXT.length).toBeGreaterThan(20);
}, 240_000);

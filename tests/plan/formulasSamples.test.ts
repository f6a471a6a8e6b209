import { STATUS_LABEL } from "../../src/core/plan/labels";
import { SUBJECTS_SHEET } from "../../src/core/plan/kaoheSheets";
import type { WritePlan } from "../../src/core/plan/writePlan";
import { recompute } from "./recompute";
import { subjectColumns } from "../../src/core/plan/subjectColumns";
const SUBJECT_COLS = subjectColumns("hao");
import { reviewSamples } from "./samples";
import { listedPlan } from "../../src/core/plan/planRows";

/**
 * The formulas written for the sample workbooks, recomputed by HyperFormula, give exactly the
 * values the plan caches, which are the core's decisions.
 */
test("every formula of the sample review recomputes to the core's value", async () => {
  const { plan, assessment } = await reviewSamples();
  const { checked, mismatches } = recompute(plan);
  expect(mismatches).toEqual([]);
  expect(checked).toBeGreaterThan(assessment.subjects.length * 18);
});

test("the recomputation notices a cached value that differs from its formula", async () => {
  const { plan } = await reviewSamples();
  const tampered: WritePlan = structuredClone(listedPlan(plan));
  const subjects = tampered.sheets.find((s) => s.name === SUBJECTS_SHEET);
  const status = subjects?.table.rows.at(0)?.[SUBJECT_COLS.col("status") - 1];
  if (status?.value !== STATUS_LABEL.graded) throw new Error("the first subject of the sample is graded");
  status.value = STATUS_LABEL.review;
  const { mismatches } = recompute(tampered);
  expect(mismatches).toHaveLength(1);
  expect(mismatches[0]).toMatchObject({
    sheet: SUBJECTS_SHEET,
    cell: `${SUBJECT_COLS.letter("status")}5`,
    cached: STATUS_LABEL.review,
    computed: STATUS_LABEL.graded,
  });
});

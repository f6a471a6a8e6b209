import ExcelJS from "exceljs";
import { assess } from "../../src/core/assess/assess";
import { buildPlan } from "../../src/core/plan/buildPlan";
import type { WritePlan } from "../../src/core/plan/writePlan";
import { Random, generateRoster, generateRules } from "./generate";
import { generateTallies } from "./generateTallies";

/** A generated district's write plan, as the command line would make it for `roster.xlsx` with one sheet 名册. */
export function generatedPlan(seed: number, cadres: number): WritePlan {
  const r = new Random(seed);
  const rules = generateRules(r);
  const roster = generateRoster(r, cadres, rules);
  const assessment = assess({ roster, tallies: generateTallies(r, roster, rules), rules });
  return buildPlan(assessment, {
    findings: assessment.findings,
    rosterFile: "roster.xlsx",
    keptSheets: ["名册"],
    date1904: false,
  });
}

/** The roster workbook that plan belongs to: one sheet 名册 with its title. */
export async function titleOnlyRoster(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("名册").getCell("A1").value = "干部名册";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

import { mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { review } from "../../src/core/pipeline";
import type { PlanSheet } from "../../src/core/plan/writePlan";
import { applyPlanToWorkbook } from "../../src/hosts/exceljs/applyPlan";
import { tableValues } from "../../src/hosts/exceljs/applyPlanSheet";
import { districtShape } from "../district/shape";
import { districtGrids, writeDistrict } from "../district/writeDistrict";
import { reportStage, settledRssMb, timed } from "../harness/stageResult";

/**
 * What would beat ExcelJS's writer on the reviewed workbook (`npx tsx --expose-gc
 * bench/experiments/writeVariants.ts CADRES VARIANT DIR`). Variants:
 *   plain          the host as it is: every formula written out in full
 *   shared         formulas filled down a column written as shared formulas
 *   shared-inline  shared, and text written inline instead of through the shared-string table
 *   shared-styles  shared, and cells of the same look given one style object, which ExcelJS
 *                  then turns into a style id once instead of once per cell
 *   stream         ExcelJS's streaming writer, cells only: no table, highlight or drop-down,
 *                  which it cannot write; the lower bound of what streaming could give
 */
type Variant = "plain" | "shared" | "shared-inline" | "shared-styles" | "stream";

async function main(cadres: number, variant: Variant, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const shape = districtShape(cadres);
  const files = await writeDistrict(dir, shape);
  const grids = districtGrids(shape);
  const outcome = review({ rosterGrids: [grids.roster], ballotGrids: [grids.ballots] });
  if (!outcome.ok) throw new Error(outcome.messageEn);
  const { plan } = outcome.result;
  const out = join(dir, `write-${variant}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(files.roster);
  const baseMb = settledRssMb();
  let applyMs = 0;
  let writeMs = 0;
  if (variant === "stream") {
    writeMs = (await timed(() => writeStreamed(workbook, plan.sheets, out))).ms;
  } else {
    const sharedFormulas = variant !== "plain";
    applyMs = (await timed(() => applyPlanToWorkbook(workbook, plan, { sharedFormulas }))).ms;
    if (variant === "shared-styles") applyMs += (await timed(() => shareStyles(workbook, plan.sheets))).ms;
    const options = variant === "shared-inline" ? { useSharedStrings: false } : {};
    writeMs = (await timed(() => workbook.xlsx.writeFile(out, options))).ms;
  }
  reportStage({ baseMb, applyMs, writeMs, outBytes: (await stat(out)).size });
}

/** Every cell of the plan's tables given the one style object of its look. */
function shareStyles(workbook: ExcelJS.Workbook, sheets: readonly PlanSheet[]): void {
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (const sheet of sheets) {
    const ws = workbook.getWorksheet(sheet.name);
    const { anchorRow, anchorCol, columns, rows } = sheet.table;
    for (let r = anchorRow; r <= anchorRow + rows.length; r++) {
      for (let c = anchorCol; c < anchorCol + columns.length; c++) {
        const cell = ws?.getCell(r, c);
        if (cell === undefined) continue;
        const key = JSON.stringify(cell.style);
        const style = styles.get(key) ?? cell.style;
        styles.set(key, style);
        cell.style = style;
      }
    }
  }
}

/** The roster's own sheets copied cell by cell, then the plan's table cells, through the streaming writer. */
async function writeStreamed(source: ExcelJS.Workbook, sheets: readonly PlanSheet[], out: string): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: true, useStyles: true });
  for (const ws of source.worksheets) {
    const copy = writer.addWorksheet(ws.name);
    ws.eachRow((row, r) => {
      const target = copy.getRow(r);
      row.eachCell((cell, c) => {
        target.getCell(c).value = cell.value;
        target.getCell(c).style = cell.style;
      });
      target.commit();
    });
    copy.commit();
  }
  for (const sheet of sheets) {
    const ws = writer.addWorksheet(sheet.name);
    const { anchorCol, columns } = sheet.table;
    const values = tableValues(sheet.table, true);
    ws.getRow(sheet.table.anchorRow).values = [
      ...new Array<null>(anchorCol - 1).fill(null),
      ...columns.map((c) => c.header),
    ];
    values.forEach((row, i) => {
      const target = ws.getRow(sheet.table.anchorRow + 1 + i);
      row.forEach((value, j) => (target.getCell(anchorCol + j).value = value));
      target.commit();
    });
    ws.commit();
  }
  await writer.commit();
}

const [cadres = "2000", variant = "plain", dir = "/tmp/kaohe-write-variants"] = process.argv.slice(2);
void main(Number(cadres), variant as Variant, dir);

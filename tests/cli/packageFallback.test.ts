import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { KAOHE_SHEET_NAMES } from "../../src/core/plan/kaoheSheets";
import { unzip, zip } from "../hardening/support/zipFile";
import { BALLOTS, ROSTER, runCli, tempDir } from "./runCli";

/**
 * The command line writes the reviewed workbook into the roster's own package; a package it
 * cannot edit as text (here: one without a styles part, which Excel itself never writes but
 * other programs may) is written through ExcelJS instead, and the run still succeeds.
 */
test("a roster package without a styles part is still reviewed, through ExcelJS", async () => {
  const dir = tempDir();
  const parts = unzip(new Uint8Array(readFileSync(ROSTER)));
  parts.delete("xl/styles.xml");
  const rels = parts.get("xl/_rels/workbook.xml.rels")?.toString("utf8") ?? "";
  parts.set("xl/_rels/workbook.xml.rels", Buffer.from(rels.replace(/<Relationship [^>]*Target="styles.xml"\/>/, "")));
  const roster = join(dir, "no-styles.xlsx");
  writeFileSync(roster, zip(parts));
  const out = join(dir, "reviewed.xlsx");
  const run = runCli(["review", "--roster", roster, ...BALLOTS, "--out", out]);
  expect(run.status).toBe(0);
  expect(run.stderr).not.toMatch(/Error|at /);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets.map((ws) => ws.name)).toEqual(["名册", ...KAOHE_SHEET_NAMES]);
});

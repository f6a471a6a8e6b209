import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isGridDate } from "../../src/core/model/sheetGrid";
import { readWorkbookBuffer } from "../../src/hosts/exceljs/readWorkbook";
import { readWorkbookStreaming } from "../../src/hosts/exceljs/streamWorkbookNode";
import { unzip, zip } from "../hardening/support/zipFile";

/**
 * `date1904="true"` is the 1904 date system as much as `date1904="1"` (the format's boolean; Apache
 * POI, behind many systems that export rosters, writes `true`). ExcelJS only knows `1`: without
 * the correction every date of such a roster would read four years and a day early.
 */
const FIXTURE = join(__dirname, "..", "fixtures", "reader", "roster-date1904.xlsx");

function withDate1904(value: string): Uint8Array {
  const parts = unzip(new Uint8Array(readFileSync(FIXTURE)));
  const workbook = parts.get("xl/workbook.xml")?.toString("utf8") ?? "";
  expect(workbook).toContain('date1904="1"');
  parts.set("xl/workbook.xml", Buffer.from(workbook.replace('date1904="1"', `date1904="${value}"`)));
  return zip(parts);
}

test.each([
  ["document", readWorkbookBuffer],
  ["streaming", readWorkbookStreaming],
])('the %s reader reads date1904="true" as the 1904 system, as it reads "1"', async (_name, read) => {
  const one = await read(withDate1904("1"), "名册.xlsx");
  const yes = await read(withDate1904("true"), "名册.xlsx");
  const no = await read(withDate1904("false"), "名册.xlsx");
  expect(one.date1904).toBe(true);
  expect(yes).toEqual(one);
  expect(no.date1904).toBe(false);
  const dates = one.grids.flatMap((g) => g.values.flat().filter(isGridDate));
  expect(dates.length).toBeGreaterThan(0);
  // Read in the 1900 system, the same serials are other days: the correction is what makes them equal.
  expect(no.grids.flatMap((g) => g.values.flat().filter(isGridDate))).not.toEqual(dates);
});

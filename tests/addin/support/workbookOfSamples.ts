import { FakeExcel } from "../fakeExcel";
import { fakeFromFile } from "./fakeFromWorkbook";
import { samplePath, SAMPLE_BALLOTS } from "./plans";

/**
 * One Excel workbook holding the roster and every sample ballot sheet, as a clerk would have it
 * after copying the ballot sheets in: the add-in reads them all from the open workbook.
 */
export async function sampleWorkbook(): Promise<FakeExcel> {
  const excel = await fakeFromFile(samplePath("roster-sample.xlsx"));
  excel.state.name = "roster-sample.xlsx";
  for (const file of SAMPLE_BALLOTS) {
    const ballots = await fakeFromFile(samplePath(file));
    excel.state.sheets.push(...ballots.state.sheets);
  }
  return excel;
}

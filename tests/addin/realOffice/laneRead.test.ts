import { readWorkbookFile } from "../../../src/hosts/exceljs/readWorkbook";
import { fakeFromFile } from "../support/fakeFromWorkbook";
import { samplePath, SAMPLE_BALLOTS } from "../support/plans";
import { OfficeLane } from "./officeLane";

async function laneOf(file: string): Promise<OfficeLane> {
  const lane = new OfficeLane();
  const fake = await fakeFromFile(samplePath(file));
  lane.excel.state.sheets.push(...fake.state.sheets);
  lane.excel.state.date1904 = fake.state.date1904;
  return lane;
}

test.each(["roster-sample.xlsx", ...SAMPLE_BALLOTS])(
  "%s read through Office.js equals the ExcelJS host's grids",
  async (file) => {
    const lane = await laneOf(file);
    const host = lane.host();
    const sources = await host.listSources();
    const read = await host.readGrids(sources.map((s) => ({ id: s.id, range: null })));
    const expected = await readWorkbookFile(samplePath(file));
    expect(read.grids.map((g) => ({ ...g.grid, file: "" }))).toEqual(expected.grids.map((g) => ({ ...g, file: "" })));
  },
);

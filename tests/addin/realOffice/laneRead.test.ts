import { readWorkbookFile } from "../../../src/hosts/exceljs/readWorkbook";
import { fakeFromFile } from "../support/fakeFromWorkbook";
import { samplePath, SAMPLE_BALLOTS } from "../support/plans";
import type { GridValue } from "../../../src/core/model/sheetGrid";
import type { FakeValue } from "../fakeExcel";
import { districtGrids } from "../support/district";
import { SHIPPED_EXCEL_LIBRARIES } from "./officeLibrary";
import { OfficeLane } from "./officeLane";

async function laneOf(file: string, library?: string): Promise<OfficeLane> {
  const lane = new OfficeLane(library === undefined ? {} : { library });
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

test.each(SHIPPED_EXCEL_LIBRARIES)("the roster sample reads the same through %s", async (library) => {
  const lane = await laneOf("roster-sample.xlsx", library);
  const host = lane.host();
  const sources = await host.listSources();
  const read = await host.readGrids(sources.map((s) => ({ id: s.id, range: null })));
  const expected = await readWorkbookFile(samplePath("roster-sample.xlsx"));
  expect(read.grids.map((g) => g.grid.values)).toEqual(expected.grids.map((g) => g.values));
});

test("a district of 2,000 cadres (roster and 10,000 ballot rows) reads back cell for cell", async () => {
  const { roster, ballots } = districtGrids(2000);
  const lane = new OfficeLane();
  for (const grid of [roster, ballots]) lane.excel.addSheet(grid.sheet, grid.values as FakeValue[][]);
  const host = lane.host();
  const sources = await host.listSources();
  const read = await host.readGrids(sources.map((s) => ({ id: s.id, range: null })));
  const padded = (values: readonly (readonly GridValue[])[]): GridValue[][] => {
    const width = Math.max(...values.map((r) => r.length));
    return values.map((r) => [...r, ...new Array<GridValue>(width - r.length).fill(null)]);
  };
  expect(read.grids.map((g) => g.grid.values)).toEqual([padded(roster.values), padded(ballots.values)]);
  expect(lane.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
  expect(lane.requests.every((r) => r.error === null)).toBe(true);
}, 240_000);

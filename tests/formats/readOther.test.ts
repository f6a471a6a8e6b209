import { join } from "node:path";
import { WorkbookTooLargeError } from "../../src/hosts/exceljs/readWorkbookErrors";
import { readOtherWorkbook } from "../../src/hosts/sheetjs/readOtherWorkbook";
import { FORMATS_DIR, READER_DIR, readAny, SAMPLES_DIR, unnamed } from "./support";

/**
 * The .xls and .ods twins that LibreOffice wrote from the .xlsx samples and odd-case fixtures
 * (`soffice --headless --convert-to xls|ods`) read to the very grids of their .xlsx: values,
 * dates in both date systems, merges, origins. Dates go through no Date object, so the grids do
 * not depend on the machine's time zone; the tests read them in three.
 */
const TWINS: Array<[string, string]> = [
  ["roster-sample.xls", join(SAMPLES_DIR, "roster-sample.xlsx")],
  ["roster-sample.ods", join(SAMPLES_DIR, "roster-sample.xlsx")],
  ["ballots-long-sample.xls", join(SAMPLES_DIR, "ballots-long-sample.xlsx")],
  ["ballots-wide-sample.xls", join(SAMPLES_DIR, "ballots-wide-sample.xlsx")],
  ["roster-dates.xls", join(READER_DIR, "roster-dates.xlsx")],
  ["roster-dates.ods", join(READER_DIR, "roster-dates.xlsx")],
  ["roster-date1904.xls", join(READER_DIR, "roster-date1904.xlsx")],
  ["roster-merged-cells.xls", join(READER_DIR, "roster-merged-cells.xlsx")],
];

describe.each(["Asia/Shanghai", "America/Los_Angeles", "Pacific/Kiritimati"])("in the time zone %s", (zone) => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = saved;
  });

  test.each(TWINS)("%s reads to the grids of its .xlsx twin", async (twin, xlsx) => {
    const theirs = await readAny(xlsx);
    const ours = await readAny(join(FORMATS_DIR, twin));
    expect(ours.file).toBe(twin);
    expect(ours.grids.every((g) => g.file === twin)).toBe(true);
    expect(ours.date1904).toBe(theirs.date1904);
    expect(unnamed(ours.grids)).toEqual(unnamed(theirs.grids));
  });
});

test("the 1904 fixture really is in the 1904 system and holds date cells", async () => {
  const read = await readAny(join(FORMATS_DIR, "roster-date1904.xls"));
  expect(read.date1904).toBe(true);
  const dates = read.grids.flatMap((g) => g.values.flat()).filter((v) => typeof v === "object" && v?.kind === "date");
  expect(dates.length).toBeGreaterThan(0);
});

test("the sample roster's merged title is one merge, its ID numbers stay text and its counts numbers", async () => {
  const [sheet] = (await readAny(join(FORMATS_DIR, "roster-sample.xls"))).grids;
  expect(sheet?.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 15 }]);
  expect(sheet?.values[2]?.slice(0, 5)).toEqual([1, "赵文", "男", "1973-04-12", "410927197304122531"]);
});

test("an .xls says what the new .xlsx cannot carry: formulas only when it has some, and the styles", async () => {
  const plain = await readAny(join(FORMATS_DIR, "roster-sample.xls"));
  expect(plain.notKept).toEqual(["字体、填充、边框等单元格格式", "图片和图表（如有）"]);
  const withFormula = await readAny(join(FORMATS_DIR, "roster-merged-cells.xls"));
  expect(withFormula.notKept).toEqual(["公式（只保留计算结果）", "字体、填充、边框等单元格格式", "图片和图表（如有）"]);
});

test("a CSV is one sheet named after the file, and holds nothing the output cannot carry", () => {
  const read = readOtherWorkbook(new TextEncoder().encode("姓名,单位\n张三,孟轲乡\n"), "名册[2020].csv", "csv");
  expect(read.grids.grids.map((g) => g.sheet)).toEqual(["名册_2020_"]);
  expect(read.grids.notKept).toEqual([]);
});

test("a CSV one row taller than a sheet may be is refused with the limits' message", () => {
  const bytes = new TextEncoder().encode("姓名\n" + "张三\n".repeat(200_000));
  expect(() => readOtherWorkbook(bytes, "big.csv", "csv")).toThrow(WorkbookTooLargeError);
  try {
    readOtherWorkbook(bytes, "big.csv", "csv");
  } catch (error) {
    expect((error as Error).message).toMatch(/^big\.csv的工作表“big”已用区域到 A200001/);
  }
});

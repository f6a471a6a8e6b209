import { a1 } from "../../../src/core/model/address";
import { HostError } from "../../../src/taskpane/host";
import type { FakeValue } from "../fakeExcel";
import { OfficeLane } from "./officeLane";

const CATEGORIES = ["班子成员", "中层干部", "干部职工代表", "服务对象", "党代表"];

/** A long ballot sheet: each subject's 序号, 姓名 and 单位 merged over its five category rows. */
function ballotSheet(lane: OfficeLane, subjects: number): string[] {
  const rows: FakeValue[][] = [["序号", "姓名", "单位", "评价主体", "优秀", "称职", "基本称职", "不称职"]];
  const merges: string[] = [];
  for (let s = 0; s < subjects; s++) {
    const top = 2 + s * CATEGORIES.length;
    CATEGORIES.forEach((category, c) =>
      rows.push(
        c === 0
          ? [s + 1, `干部${s}`, `单位${s % 40}`, category, 20, 10, 1, 0]
          : [null, null, null, category, 20, 10, 1, 0],
      ),
    );
    for (const col of [1, 2, 3]) merges.push(`${a1(top, col)}:${a1(top + CATEGORIES.length - 1, col)}`);
  }
  lane.excel.addSheet("测评", rows).merges = merges;
  return merges;
}

const RESUME = "1998年9月参加工作，历任科员、副科长、科长、副局长；".repeat(120).slice(0, 3000);

function rosterWithResumes(lane: OfficeLane, people: number): void {
  const rows: FakeValue[][] = [["序号", "姓名", "单位", "职务", "简历"]];
  for (let i = 0; i < people; i++) rows.push([i + 1, `干部${i}`, `单位${i % 80}`, "副局长", `${i}:${RESUME}`]);
  lane.excel.addSheet("名册", rows);
}

test("a ballot sheet with 600 merged areas is read whole: no call asks for more than 512", async () => {
  const lane = new OfficeLane();
  const merges = ballotSheet(lane, 200);
  expect(merges).toHaveLength(600);
  const read = await lane.host().readGrids([{ id: "测评", range: null }]);
  const grid = read.grids[0]?.grid;
  expect(grid?.values).toHaveLength(1001);
  const found = (grid?.merges ?? []).map((m) => `${a1(m.top + 1, m.left + 1)}:${a1(m.bottom + 1, m.right + 1)}`);
  expect(found.sort()).toEqual([...merges].sort());
  // The whole sheet was refused once, then read in pieces.
  expect(lane.requests.filter((r) => r.error !== null).map((r) => r.error)).toEqual(["GeneralException"]);
});

test("a roster of 2,000 people with a 3,000-character 简历 each is read in blocks under 5 MB", async () => {
  const lane = new OfficeLane();
  rosterWithResumes(lane, 2000);
  const read = await lane.host().readGrids([{ id: "名册", range: null }]);
  const values = read.grids[0]?.grid.values ?? [];
  expect(values).toHaveLength(2001);
  expect(values[2000]).toEqual([2000, "干部1999", "单位79", "副局长", `1999:${RESUME}`]);
  expect(lane.requests.every((r) => r.error === null)).toBe(true);
  expect(lane.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
  // Blocks are sized for the bytes, not made needlessly small either.
  expect(lane.maxResponseBytes).toBeGreaterThan(1024 * 1024);
  console.log(`简历 roster: ${lane.requests.length} requests, largest response ${lane.maxResponseBytes} bytes`);
});

test("a block Excel refuses as too large is read again in halves", async () => {
  const lane = new OfficeLane({ limits: { responseBytes: 1024 * 1024 } });
  rosterWithResumes(lane, 600);
  const read = await lane.host().readGrids([{ id: "名册", range: null }]);
  expect(read.grids[0]?.grid.values).toHaveLength(601);
  expect(read.grids[0]?.grid.values[600]?.[4]).toBe(`599:${RESUME}`);
  const errors = lane.requests.filter((r) => r.error !== null);
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.every((r) => r.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
});

test("a single row too large for Excel is named, with its sheet", async () => {
  const lane = new OfficeLane({ limits: { responseBytes: 20_000 } });
  lane.excel.addSheet("名册", [
    ["姓名", "简历"],
    ["张三", "短"],
    ["李四", RESUME.repeat(4)],
  ]);
  const error = await lane
    .host()
    .readGrids([{ id: "名册", range: null }])
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HostError);
  expect((error as HostError).zh).toContain("工作表“名册”第 3 行内容太多");
  expect((error as HostError).zh).not.toContain("选择较小的范围");
});

test("sheet and defined names are found whatever their case, as Excel finds them", async () => {
  const lane = new OfficeLane();
  lane.excel.addSheet("Sheet1", [["姓名"], ["张三"]]);
  const read = await lane.host().readGrids([{ id: "SHEET1", range: null }]);
  expect(read.grids[0]?.grid.values).toEqual([["姓名"], ["张三"]]);
});

import type { GridEdit } from "../../../src/taskpane/host";
import { OfficeLane } from "./officeLane";

async function watched() {
  const lane = new OfficeLane();
  lane.excel.addSheet("名册", [["2020年度名册"], ["姓名", "单位"], ["张三", "孟轲乡"], ["李四", "胜利路街道"]]);
  const host = lane.host();
  await host.listSources();
  const { grids } = await host.readGrids([{ id: "名册", range: null }]);
  const edits: GridEdit[] = [];
  const stop = await host.watchEdits?.(grids, (edit) => edits.push(edit));
  if (stop === undefined) throw new Error("the Excel host watches edits");
  return { lane, edits, stop };
}

test("an edit reaches the handler through Office.js' event registration and re-reads its row", async () => {
  const { lane, edits } = await watched();
  lane.resetCounts();
  lane.edit("名册", "B3", [["区人社局"]]);
  await lane.settle();
  expect(edits).toHaveLength(1);
  expect(edits[0]?.source.grid.values[2]).toEqual(["张三", "区人社局"]);
  // One sync reads the row; Excel.run then sends one more request to drop the references it kept.
  expect(lane.requests.map((r) => r.actions.filter((a) => a === "Query").length)).toEqual([1, 0]);
  expect(lane.requests[1]?.actions).toContain("Method:_RemoveReference");
});

test("after stop, Excel no longer sends edits and the handler is gone", async () => {
  const { lane, edits, stop } = await watched();
  await stop();
  expect([...lane.server.world.changeEvents.values()]).toEqual([0]);
  lane.edit("名册", "B3", [["区人社局"]]);
  await lane.settle();
  expect(edits).toEqual([]);
});

// Office does not await event handlers: two quick edits start two handlers at once. Each edit
// waits for the one before, so the second patches the grid the first handed on, not the one
// both started from.
test("two quick edits both reach the last grid handed on", async () => {
  const { lane, edits } = await watched();
  lane.edit("名册", "B3", [["区人社局"]]);
  lane.edit("名册", "B4", [["区住建局"]]);
  await lane.settle();
  expect(edits).toHaveLength(2);
  expect(edits.at(-1)?.source.grid.values.slice(2)).toEqual([
    ["张三", "区人社局"],
    ["李四", "区住建局"],
  ]);
});

/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createOfficeHost } from "../../src/hosts/office/officeHost";
import { App } from "../../src/taskpane/App";
import { createInThreadReviewer } from "../../src/taskpane/review/inThreadReviewer";
import type { FakeExcel } from "./fakeExcel";
import { sampleWorkbook } from "./support/workbookOfSamples";

// jsdom lays nothing out, so it has no ResizeObserver; Fluent's tab list asks for one.
beforeAll(() => {
  window.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

/** The task pane over a fake Excel holding the samples, read and detected. */
async function detected(): Promise<FakeExcel> {
  const excel = await sampleWorkbook();
  const host = createOfficeHost({
    run: excel.run,
    features: { screenUpdating: true, mergedAreas: true, notes: false, mergeUndo: false, pageLayout: false },
  });
  render(<App host={host} reviewer={createInThreadReviewer()} />);
  await screen.findByText("区直单位");
  fireEvent.click(screen.getByRole("button", { name: "读取并识别" }));
  await screen.findByTestId("detected-summary");
  return excel;
}

function tab(name: string): void {
  fireEvent.click(screen.getByRole("tab", { name }));
}

test("reading the samples shows the subjects found and each sheet's column mapping", async () => {
  await detected();
  expect(screen.getByTestId("detected-summary").textContent).toMatch(/识别到 16 名考核对象、29 条测评记录/);
  expect(screen.getByRole("region", { name: "roster-sample.xlsx › 名册" })).toBeTruthy();
  expect(screen.getByRole("region", { name: "roster-sample.xlsx › 服务对象" })).toBeTruthy();
});

test("correcting a column recomputes at once and marks the column as set by hand", async () => {
  await detected();
  const mapping = screen.getByRole("region", { name: "roster-sample.xlsx › 名册" });
  const grade = within(mapping).getByRole("combobox", { name: /识别为 S 等次建议/ });
  fireEvent.change(grade, { target: { value: "" } });
  await waitFor(() => expect(within(mapping).getAllByText("手动指定").length).toBe(1));
  expect(within(mapping).getByRole<HTMLSelectElement>("combobox", { name: /识别为 S 等次建议/ }).value).toBe("");
});

test("the review lists the special-report subjects, and choosing a finding selects its cell in Excel", async () => {
  const excel = await detected();
  tab("审阅");
  const flagged = screen.getByTestId("flagged-subjects");
  for (const name of ["李娜", "陈东"]) {
    const item = within(flagged).getByText(name).closest("button");
    expect(item?.textContent).toContain("需专题报告");
  }
  fireEvent.click(within(flagged).getByText("李娜"));
  await waitFor(() => expect(excel.state.selection).toEqual({ sheet: "名册", address: "B6" }));
});

test("the findings can be narrowed by text and by severity", async () => {
  await detected();
  tab("审阅");
  const heading = () => screen.getByText(/^问题（\d+）$/).textContent ?? "";
  const all = heading();
  fireEvent.change(screen.getByRole("searchbox", { name: "搜索姓名、单位或说明" }), {
    target: { value: "胜利路街道" },
  });
  await waitFor(() => expect(heading()).not.toBe(all));
  fireEvent.click(screen.getByRole("checkbox", { name: "错误" }));
  fireEvent.click(screen.getByRole("checkbox", { name: "警告" }));
  await waitFor(() => expect(heading()).toBe("问题（0）"));
});

test("计算与标注 writes Kaohe's sheets into the workbook and reports the round trips", async () => {
  const excel = await detected();
  tab("计算与标注");
  fireEvent.click(screen.getByRole("button", { name: "计算并写入工作簿" }));
  const done = await screen.findByTestId("apply-done");
  expect(done.textContent).toBe("已写入 6 张工作表（与 Excel 往返 3 次）。");
  expect(excel.state.sheets.map((s) => s.name)).toEqual(
    expect.arrayContaining(["名册", "汇总", "考核对象", "单位名额", "问题清单", "测评明细", "考核规则"]),
  );
});

test("实时校验: editing a roster cell re-checks that row and updates the list", async () => {
  const excel = await detected();
  tab("实时校验");
  fireEvent.click(screen.getByRole("switch", { name: "编辑时自动复核" }));
  await screen.findByText(/正在监视 \d+ 张工作表的修改/);
  excel.resetCounts();
  await act(async () => {
    void excel.edit("名册", "D6", [["1985年13月"]]);
    await excel.settled();
  });
  // Edits are coalesced (LIVE_QUIET_MS) before the review: give it that and the review's time.
  const entry = await screen.findByTestId("live-entries", undefined, { timeout: 5000 });
  expect(entry.textContent).toMatch(/名册 第 6–6 行：新增 1 个问题，解决 0 个/);
  expect(excel.syncs).toBe(1);
});

test("rules edited in 规则 recompute the review and are written to 考核规则 with the plan", async () => {
  const excel = await detected();
  expect(screen.getByTestId("detected-summary").textContent).toMatch(/4 个错误/);
  tab("规则");
  fireEvent.change(screen.getByRole("textbox", { name: "优秀比例（%，按单位）" }), { target: { value: "一百" } });
  fireEvent.click(screen.getByRole("button", { name: "应用规则" }));
  expect(await screen.findByText("规则有误：“优秀比例”：应为数字")).toBeTruthy();
  fireEvent.change(screen.getByRole("textbox", { name: "优秀比例（%，按单位）" }), { target: { value: "100" } });
  fireEvent.click(screen.getByRole("button", { name: "应用规则" }));
  await screen.findByText("规则已修改，尚未写入工作簿。");
  tab("导入");
  expect(screen.getByTestId("detected-summary").textContent).toMatch(/2 个错误/);
  tab("计算与标注");
  fireEvent.click(screen.getByRole("button", { name: "计算并写入工作簿" }));
  await screen.findByTestId("apply-done");
  const rules = [...(excel.state.sheets.find((s) => s.name === "考核规则")?.cells.values() ?? [])];
  expect(rules.some((cell) => cell.value === 100)).toBe(true);
});

test("the language switch shows the task pane in English", async () => {
  await detected();
  fireEvent.click(screen.getByRole("button", { name: "English" }));
  expect(screen.getByRole("tab", { name: "Review" })).toBeTruthy();
  expect(screen.getByTestId("detected-summary").textContent).toMatch(/Found 16 subjects/);
});

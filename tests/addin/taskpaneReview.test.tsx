/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createOfficeHost } from "../../src/hosts/office/officeHost";
import { App } from "../../src/taskpane/App";
import { createInThreadReviewer } from "../../src/taskpane/review/inThreadReviewer";
import { ReviewCancelled, type Reviewer } from "../../src/taskpane/review/reviewer";
import { sampleWorkbook } from "./support/workbookOfSamples";

/**
 * The session over a reviewer that holds reviews back until told: the pane shows the review's
 * progress with a cancel button; cancelling keeps the earlier outcome and says so; a newer
 * change cancels a review still running, so the newest basis always wins.
 */
beforeAll(() => {
  // jsdom lays nothing out, so it has no ResizeObserver; Fluent's tab list asks for one.
  window.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

/** Reviews pass at once while `open`; otherwise each waits for release() or its signal. */
function heldReviewer() {
  const inner = createInThreadReviewer();
  const held: Array<{ signal: AbortSignal; release: () => void }> = [];
  const state = { open: true };
  const reviewer: Reviewer = {
    async review(basis, options) {
      if (!state.open) {
        await new Promise<void>((resolve, reject) => {
          held.push({ signal: options.signal, release: resolve });
          options.signal.addEventListener("abort", () => reject(new ReviewCancelled()), { once: true });
        });
      }
      return inner.review(basis, options);
    },
  };
  return { reviewer, held, state };
}

async function detected(reviewer: Reviewer) {
  const excel = await sampleWorkbook();
  const host = createOfficeHost({
    run: excel.run,
    features: { screenUpdating: true, mergedAreas: true, notes: false, mergeUndo: false, pageLayout: true },
  });
  render(<App host={host} reviewer={reviewer} />);
  await screen.findByText("区直单位");
  fireEvent.click(screen.getByRole("button", { name: "读取并识别" }));
  await screen.findByTestId("detected-summary");
}

function clearGradeColumn(): void {
  const mapping = screen.getByRole("region", { name: "roster-sample.xlsx › 名册" });
  fireEvent.change(within(mapping).getByRole("combobox", { name: /识别为 S 等次建议/ }), { target: { value: "" } });
}

test("a running review shows its progress; cancelling it keeps the earlier outcome and offers to compute again", async () => {
  const { reviewer, held, state } = heldReviewer();
  await detected(reviewer);
  const before = screen.getByTestId("detected-summary").textContent;
  state.open = false;
  clearGradeColumn();
  await screen.findByTestId("review-progress");
  expect(held).toHaveLength(1);
  fireEvent.click(screen.getByRole("button", { name: "取消计算" }));
  await waitFor(() => expect(screen.queryByTestId("review-progress")).toBeNull(), { timeout: 5000 });
  await screen.findByText("计算已取消，显示的是上一次的结果。", undefined, { timeout: 5000 });
  expect(held[0]?.signal.aborted).toBe(true);
  expect(screen.queryByTestId("review-progress")).toBeNull();
  expect(screen.getByTestId("detected-summary").textContent).toBe(before);
  state.open = true;
  fireEvent.click(screen.getByRole("button", { name: "重新计算" }));
  await waitFor(() => expect(screen.queryByText("计算已取消，显示的是上一次的结果。")).toBeNull(), { timeout: 5000 });
  const mapping = screen.getByRole("region", { name: "roster-sample.xlsx › 名册" });
  expect(within(mapping).getAllByText("手动指定")).toHaveLength(1);
});

test("a newer change cancels the review still running; only the newest outcome is shown", async () => {
  const { reviewer, held, state } = heldReviewer();
  await detected(reviewer);
  state.open = false;
  clearGradeColumn();
  await waitFor(() => expect(held).toHaveLength(1));
  fireEvent.change(screen.getByRole("textbox", { name: "考核年度" }), { target: { value: "2019" } });
  await waitFor(() => expect(held).toHaveLength(2));
  expect(held[0]?.signal.aborted).toBe(true);
  expect(held[1]?.signal.aborted).toBe(false);
  held[1]?.release();
  await waitFor(() => expect(screen.queryByTestId("review-progress")).toBeNull(), { timeout: 5000 });
  // Superseded is not cancelled: no stale warning, and the newest basis (both changes) was reviewed.
  expect(screen.queryByText("计算已取消，显示的是上一次的结果。")).toBeNull();
  const mapping = screen.getByRole("region", { name: "roster-sample.xlsx › 名册" });
  expect(within(mapping).getAllByText("手动指定")).toHaveLength(1);
});

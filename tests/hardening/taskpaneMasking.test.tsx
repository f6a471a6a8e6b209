/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { createOfficeHost } from "../../src/hosts/office/officeHost";
import { App } from "../../src/taskpane/App";
import { createInThreadReviewer } from "../../src/taskpane/review/inThreadReviewer";
import { cellOf } from "../addin/fakeExcel/state";
import { sampleWorkbook } from "../addin/support/workbookOfSamples";

/**
 * ID numbers on screen show only their region code and last four characters, whichever tab
 * and language the clerk looks at, even when a clerk typed one where a finding quotes the cell.
 */
const ID_NUMBER = /(?<!\d)\d{17}[\dXx](?![\dA-Za-z])/;

beforeAll(() => {
  // jsdom lays nothing out, so it has no ResizeObserver; Fluent's tab list asks for one.
  window.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

function openEverything(): void {
  for (const header of screen.queryAllByRole("button", { expanded: false })) fireEvent.click(header);
}

test("no tab shows a whole ID number, in Chinese or English; the masked form is shown", async () => {
  const excel = await sampleWorkbook();
  // 病事假天数 of 赵文 (row 3, column O) holds an ID number: the number_invalid finding quotes it.
  cellOf(excel.sheet("名册"), 3, 15).value = "410927197304122531";
  render(
    <App
      host={createOfficeHost({
        run: excel.run,
        features: { screenUpdating: true, mergedAreas: true, notes: false, mergeUndo: false, pageLayout: false },
      })}
      reviewer={createInThreadReviewer()}
    />,
  );
  await screen.findByText("区直单位");
  fireEvent.click(screen.getByRole("button", { name: "读取并识别" }));
  await screen.findByTestId("detected-summary");
  const seen: string[] = [];
  for (const language of ["中文", "English"]) {
    if (language === "English") fireEvent.click(screen.getByRole("button", { name: "English" }));
    for (const tab of screen.getAllByRole("tab")) {
      fireEvent.click(tab);
      openEverything();
      seen.push(document.body.textContent ?? "");
    }
  }
  const text = seen.join("\n");
  expect(text).toContain("410927********2531");
  expect(text).not.toMatch(ID_NUMBER);
});

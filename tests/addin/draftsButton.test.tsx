/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { ReviewStep } from "../../src/taskpane/ReviewStep";
import { LanguageProvider } from "../../src/taskpane/i18n";
import type { ReviewResult } from "../../src/core/pipeline";
import { inThreadResult } from "../../src/taskpane/review/inThreadReviewer";
import type { PaneResult } from "../../src/taskpane/review/reviewer";
import { cadre, run, tally } from "../core/support";

// 审阅's download of the Word drafts: the pane asks the host, which alone saves files.

// jsdom lays nothing out, so it has no ResizeObserver; Fluent's message bar asks for one.
beforeAll(() => {
  window.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

function result(): PaneResult {
  const a = cadre(3, "李娜", "胜利路街道");
  const assessment = run([a], [tally(a, 8, [2, 16, 11, 17])]);
  const roster = { mappings: [] };
  const ballots = { mappings: [], tallies: [] };
  return inThreadResult({ assessment, findings: assessment.findings, roster, ballots } as unknown as ReviewResult);
}

function show(onDownloadDrafts?: () => Promise<{ files: number }>) {
  render(
    <LanguageProvider language="zh-CN">
      <ReviewStep result={result()} onSelect={() => undefined} onDownloadDrafts={onDownloadDrafts} />
    </LanguageProvider>,
  );
}

test("the button asks the host for the drafts and says how many were made", async () => {
  const download = jest.fn(() => Promise.resolve({ files: 2 }));
  show(download);
  fireEvent.click(screen.getByRole("button", { name: "下载考察报告草稿（Word）" }));
  expect(download).toHaveBeenCalledTimes(1);
  expect(await screen.findByText("已生成 2 份 Word 草稿。")).toBeTruthy();
});

test("a failure is shown in the pane, not thrown", async () => {
  show(() => Promise.reject(new Error("磁盘已满")));
  fireEvent.click(screen.getByRole("button", { name: "下载考察报告草稿（Word）" }));
  expect(await screen.findByText("无法生成 Word 草稿：出错了：磁盘已满")).toBeTruthy();
});

test("a host that cannot save files shows no button", () => {
  show();
  expect(screen.queryByRole("button", { name: /Word/ })).toBeNull();
});

import type { ReviewResult } from "../../core/pipeline";
import { draftsDownload, isoDay } from "./draftFiles";

/**
 * Offers the drafts of a review to the browser's downloads (the preview and the task pane share
 * it): built in the page from the current result, so nothing leaves the machine.
 */
export async function saveDrafts(result: ReviewResult, today: Date): Promise<{ files: number }> {
  const download = await draftsDownload(result, isoDay(today));
  const url = URL.createObjectURL(new Blob([download.data.slice().buffer], { type: download.type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = download.fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { files: download.files };
}

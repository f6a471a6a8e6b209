import type { DraftsDownload } from "./draftFiles";

/**
 * Offers the drafts of a review to the browser's downloads (the preview and the task pane share
 * it). They are made where the review is kept (the review worker, reviewWorkerApi.ts), so
 * nothing leaves the machine and the page only saves the file.
 */
export function saveDownload(download: DraftsDownload): Promise<{ files: number }> {
  const url = URL.createObjectURL(new Blob([download.data.slice().buffer], { type: download.type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = download.fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return Promise.resolve({ files: download.files });
}

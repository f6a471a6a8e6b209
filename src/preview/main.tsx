import { createRoot } from "react-dom/client";
import { startReviewWorker } from "../taskpane/review/startReviewWorker";
import { createWorkerReviewer } from "../taskpane/review/workerReviewer";
import { PreviewShell } from "./PreviewShell";
import { PreviewStore } from "./previewStore";

/**
 * The browser preview's entry: the same task pane, on uploaded workbooks, following the system's
 * colour scheme; the review runs in a Web Worker, as in Excel.
 */
const dark = window.matchMedia("(prefers-color-scheme: dark)").matches;
createRoot(document.getElementById("root") as HTMLElement).render(
  <PreviewShell
    store={new PreviewStore()}
    theme={dark ? "dark" : "light"}
    reviewer={createWorkerReviewer(startReviewWorker)}
  />,
);

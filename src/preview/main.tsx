import { createRoot } from "react-dom/client";
import { PreviewShell } from "./PreviewShell";
import { PreviewStore } from "./previewStore";

/** The browser preview's entry: the same task pane, on uploaded workbooks, following the system's colour scheme. */
const dark = window.matchMedia("(prefers-color-scheme: dark)").matches;
createRoot(document.getElementById("root") as HTMLElement).render(
  <PreviewShell store={new PreviewStore()} theme={dark ? "dark" : "light"} />,
);

// WPS's embedded Chromium is older than the browsers the other pages target: polyfills first.
import "core-js/stable";
import { createRoot } from "react-dom/client";
import { App } from "../../taskpane/App";
import { detectHost } from "../detectHost";
import type { EtApplication } from "./etTypes";
import { NotInWps } from "./NotInWps";
import { createWpsHost } from "./wpsHost";

/** The task pane's entry inside WPS 表格: the same pane as in Excel, over the ET object model. */
const root = createRoot(document.getElementById("root") as HTMLElement);
const program = detectHost(window);
if (program === "wps") {
  const app = (window as unknown as { Application: EtApplication }).Application;
  root.render(<App host={createWpsHost(app)} language="zh-CN" />);
} else {
  root.render(<NotInWps office={program === "office"} />);
}

// WPS's embedded Chromium is older than the browsers the other pages target: polyfills first.
import "core-js/stable";
import { createRoot } from "react-dom/client";
import { App } from "../../taskpane/App";
import { createInThreadReviewer } from "../../taskpane/review/inThreadReviewer";
import { detectHost } from "../detectHost";
import type { EtApplication } from "./etTypes";
import { NotInWps } from "./NotInWps";
import { createWpsHost } from "./wpsHost";

/** The task pane's entry inside WPS 表格: the same pane as in Excel, over the ET object model. */
const root = createRoot(document.getElementById("root") as HTMLElement);
const program = detectHost(window);
if (program === "wps") {
  const app = (window as unknown as { Application: EtApplication }).Application;
  // The review runs on the pane's thread here: the worker bundle is not yet built for WPS's older
  // Chromium (webpack.wps.js), and WPS does not restart a busy add-in as Excel does.
  root.render(<App host={createWpsHost(app)} language="zh-CN" reviewer={createInThreadReviewer()} />);
} else {
  root.render(<NotInWps office={program === "office"} />);
}

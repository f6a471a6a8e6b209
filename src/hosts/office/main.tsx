import { createRoot } from "react-dom/client";
import { App } from "../../taskpane/App";
import { languageFor } from "../../taskpane/i18n";
import { startReviewWorker } from "../../taskpane/review/startReviewWorker";
import { createWorkerReviewer } from "../../taskpane/review/workerReviewer";
import { officeScriptLoaded, webviewTurnedAway } from "./boot/officeScript";
import { ExcelUnavailable } from "./ExcelUnavailable";
import { NotInExcel } from "./NotInExcel";
import { detectFeatures, libraryGapNotice, membersOf } from "./features";
import { createOfficeHost } from "./officeHost";
import { REQUIRED_EXCEL_API } from "./supportFloor";
import { themeFromBackground } from "./theme";

/**
 * The task pane's entry inside Excel. webviewCheck.js has already turned old webviews away;
 * officeLoader.js loads office.js (Microsoft's CDN, else the local copy); then Office.js decides
 * the host, the language and the theme.
 */
async function start(): Promise<void> {
  if (webviewTurnedAway()) return;
  const root = createRoot(document.getElementById("root") as HTMLElement);
  if ((await officeScriptLoaded()) === null) {
    root.render(<ExcelUnavailable reason="no_office_js" needed={REQUIRED_EXCEL_API} />);
    return;
  }
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) {
    root.render(<NotInExcel />);
    return;
  }
  const isSetSupported = (name: string, version: string) => Office.context.requirements.isSetSupported(name, version);
  // The manifest asks for less (supportFloor.ts), so that an older Excel opens the pane and hears why.
  if (!isSetSupported("ExcelApi", REQUIRED_EXCEL_API)) {
    root.render(<ExcelUnavailable reason="excel_too_old" needed={REQUIRED_EXCEL_API} />);
    return;
  }
  const has = membersOf(Excel);
  const notice = libraryGapNotice(isSetSupported, has);
  const host = createOfficeHost({
    run: (batch, options) => (options === undefined ? Excel.run(batch) : Excel.run(options, batch)),
    features: detectFeatures(isSetSupported, has),
    ...(notice === null ? {} : { notices: [notice] }),
  });
  root.render(
    <App
      host={host}
      reviewer={createWorkerReviewer(startReviewWorker)}
      language={languageFor(Office.context.displayLanguage)}
      theme={themeFromBackground(Office.context.officeTheme?.bodyBackgroundColor)}
    />,
  );
}

void start();

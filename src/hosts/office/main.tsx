import { createRoot } from "react-dom/client";
import { App } from "../../taskpane/App";
import { languageFor } from "../../taskpane/i18n";
import { NotInExcel } from "./NotInExcel";
import { detectFeatures, libraryGapNotice, membersOf } from "./features";
import { createOfficeHost } from "./officeHost";
import { themeFromBackground } from "./theme";

/** The task pane's entry inside Excel: Office.js decides the host, the language and the theme. */
void Office.onReady((info) => {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  if (info.host !== Office.HostType.Excel) {
    root.render(<NotInExcel />);
    return;
  }
  const isSetSupported = (name: string, version: string) => Office.context.requirements.isSetSupported(name, version);
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
      language={languageFor(Office.context.displayLanguage)}
      theme={themeFromBackground(Office.context.officeTheme?.bodyBackgroundColor)}
    />,
  );
});

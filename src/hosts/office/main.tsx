import { createRoot } from "react-dom/client";
import { App } from "../../taskpane/App";
import { languageFor } from "../../taskpane/i18n";
import { NotInExcel } from "./NotInExcel";
import { detectFeatures } from "./features";
import { createOfficeHost } from "./officeHost";
import { themeFromBackground } from "./theme";

/** The task pane's entry inside Excel: Office.js decides the host, the language and the theme. */
void Office.onReady((info) => {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  if (info.host !== Office.HostType.Excel) {
    root.render(<NotInExcel />);
    return;
  }
  const features = detectFeatures((name, version) => Office.context.requirements.isSetSupported(name, version));
  const host = createOfficeHost({
    run: (batch, options) => (options === undefined ? Excel.run(batch) : Excel.run(options, batch)),
    features,
  });
  root.render(
    <App
      host={host}
      language={languageFor(Office.context.displayLanguage)}
      theme={themeFromBackground(Office.context.officeTheme?.bodyBackgroundColor)}
    />,
  );
});

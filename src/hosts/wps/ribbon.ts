import "core-js/stable";
import type { EtApplication } from "./etTypes";

/**
 * The add-in's own page (index.html), which WPS loads hidden at start-up: it answers the
 * callbacks ribbon.xml names. The 考核助手 button shows the task pane, made once and then
 * shown or hidden; its id is kept in PluginStorage, which every page of the add-in shares.
 */
const PANE_KEY = "kaohe.taskPaneId";

function app(): EtApplication {
  return (window as unknown as { Application: EtApplication }).Application;
}

function paneUrl(): string {
  return new URL("taskpane.html", window.location.href).href;
}

function togglePane(): void {
  const application = app();
  const id = Number(application.PluginStorage.getItem(PANE_KEY) ?? 0);
  if (id > 0) {
    try {
      const pane = application.GetTaskPane(id);
      pane.Visible = !pane.Visible;
      return;
    } catch {
      // The pane was closed with its workbook window: make a new one.
    }
  }
  const pane = application.CreateTaskPane(paneUrl(), "考核助手");
  application.PluginStorage.setItem(PANE_KEY, pane.ID);
  pane.Visible = true;
}

const ribbon = {
  OnAddinLoad: (): boolean => true,
  OnAction: (control: { Id: string }): boolean => {
    if (control.Id === "kaoheShowPane") togglePane();
    return true;
  },
  GetImage: (): string => "assets/icon-32.png",
};

(window as unknown as { ribbon: typeof ribbon }).ribbon = ribbon;

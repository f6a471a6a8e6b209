import { FluentProvider, Text, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useCallback, useMemo, useState, useSyncExternalStore } from "react";
import { App, type ThemeName } from "../../taskpane/App";
import { LanguageProvider, useStrings, type Language } from "../../taskpane/i18n";
import type { Reviewer } from "../../taskpane/review/reviewer";
import { createPreviewHost } from "../previewHost";
import { readUpload } from "../readUpload";
import type { PreviewStore, UploadedFile } from "../previewStore";
import { UploadPanel } from "../UploadPanel";
import { WorkbookViewer } from "../WorkbookViewer";
import { useShellStyles } from "./styles";

export interface PreviewShellProps {
  store: PreviewStore;
  theme: ThemeName;
  /** Where the review runs: a Web Worker in the page, the test's own thread in jest. */
  reviewer: Reviewer;
}

/** The browser preview: uploads and the task pane on the left, the workbook on the right. */
export function PreviewShell({ store, theme, reviewer }: PreviewShellProps) {
  const [language, setLanguage] = useState<Language>("zh-CN");
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} style={{ height: "100%" }}>
      <LanguageProvider language={language}>
        <Layout store={store} theme={theme} reviewer={reviewer} language={language} onLanguage={setLanguage} />
      </LanguageProvider>
    </FluentProvider>
  );
}

function Layout(props: {
  store: PreviewStore;
  theme: ThemeName;
  reviewer: Reviewer;
  language: Language;
  onLanguage: (l: Language) => void;
}) {
  const { store } = props;
  const styles = useShellStyles();
  const { t } = useStrings();
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const host = useMemo(() => createPreviewHost(store), [store]);
  // Uploads being read (the roster and the ballots may be read at once): the pane waits for all of them.
  const [reading, setReading] = useState(0);
  const busy = reading > 0;
  const [error, setError] = useState<{ zh: string; en: string } | null>(null);
  // A new upload starts a new task-pane session, as opening another workbook in Excel would.
  const [session, setSession] = useState(0);

  const upload = useCallback(
    async (slot: UploadedFile["slot"], files: File[]) => {
      setReading((n) => n + 1);
      setError(null);
      try {
        const read = await Promise.all(
          files.map(async (file): Promise<UploadedFile> => {
            const data = new Uint8Array(await file.arrayBuffer());
            const { grids, xlsx } = await readUpload(data, file.name, slot === "roster");
            return { name: file.name, slot, data: xlsx, grids: grids.grids, notKept: grids.notKept };
          }),
        );
        const kept = store.state.files.filter((f) => f.slot !== slot);
        store.update({
          files: slot === "roster" ? [...read, ...kept] : [...kept, ...read],
          reviewed: null,
          selection: null,
        });
        setSession((n) => n + 1);
      } catch (e) {
        const en = (e as { messageEn?: unknown }).messageEn;
        const zh = e instanceof Error ? e.message : String(e);
        setError({ zh, en: typeof en === "string" ? en : zh });
      } finally {
        setReading((n) => n - 1);
      }
    },
    [store],
  );

  const download = useCallback(() => {
    const reviewed = store.state.reviewed;
    if (reviewed === null) return;
    const blob = new Blob([reviewed.data.slice().buffer], {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = reviewed.fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }, [store]);

  return (
    <div className={styles.shell}>
      <aside className={styles.pane}>
        <div className={styles.intro}>
          <Text weight="semibold">{t("previewTitle")}</Text>
          <Text size={200}>{t("previewIntro")}</Text>
        </div>
        <UploadPanel busy={busy} error={error} onFiles={(slot, files) => void upload(slot, files)} />
        {/* Disabled while an upload is read: its end starts a new session (a new App), which
            would drop whatever a click on the old one had started — 读取并识别 seemed to do nothing. */}
        <fieldset disabled={busy} aria-busy={busy} className={styles.paneSession} data-testid="pane-session">
          <App
            key={session}
            host={host}
            reviewer={props.reviewer}
            language={props.language}
            theme={props.theme}
            onLanguageChange={props.onLanguage}
          />
        </fieldset>
      </aside>
      <main className={styles.workbook}>
        <WorkbookViewer state={state} onDownload={download} />
      </main>
    </div>
  );
}

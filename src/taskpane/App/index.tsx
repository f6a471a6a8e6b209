import {
  Button,
  FluentProvider,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Tab,
  TabList,
  Text,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useState } from "react";
import { ApplyStep } from "../ApplyStep";
import type { CellTarget, KaoheHost } from "../host";
import { LanguageProvider, useStrings, type Language } from "../i18n";
import { ImportStep } from "../ImportStep";
import { LiveStep } from "../LiveStep";
import type { Reviewer } from "../review/reviewer";
import { ReviewStep } from "../ReviewStep";
import { RulesStep } from "../RulesStep";
import { useApply } from "../session/useApply";
import { useLiveCheck } from "../session/useLiveCheck";
import { messageOf, useSession } from "../session/useSession";
import { useAppStyles } from "./styles";

export type ThemeName = "light" | "dark";

export interface AppProps {
  /** Excel (Office.js) or the browser preview (ExcelJS). */
  host: KaoheHost;
  /** Where the core's review runs: a Web Worker in the pages, the test's own thread in jest. */
  reviewer: Reviewer;
  language?: Language;
  theme?: ThemeName;
  /** Told when the user switches language, for a page around the task pane (the preview). */
  onLanguageChange?: (language: Language) => void;
}

type Step = "import" | "rules" | "apply" | "review" | "live";

/** The task pane: five steps over one session, the same components for every host. */
export function App({ host, reviewer, language = "zh-CN", theme = "light", onLanguageChange }: AppProps) {
  const [lang, setLang] = useState<Language>(language);
  const switchLanguage = () => {
    const next = lang === "zh-CN" ? "en-US" : "zh-CN";
    setLang(next);
    onLanguageChange?.(next);
  };
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} style={{ height: "100%" }}>
      <LanguageProvider language={lang}>
        <Steps host={host} reviewer={reviewer} onSwitchLanguage={switchLanguage} />
      </LanguageProvider>
    </FluentProvider>
  );
}

function Steps({
  host,
  reviewer,
  onSwitchLanguage,
}: {
  host: KaoheHost;
  reviewer: Reviewer;
  onSwitchLanguage: () => void;
}) {
  const styles = useAppStyles();
  const { t, pick } = useStrings();
  const [step, setStep] = useState<Step>("import");
  const session = useSession(host, reviewer);
  const applying = useApply(host);
  const live = useLiveCheck(host, session);
  const result = session.outcome?.ok === true ? session.outcome.result : null;
  const select = (target: CellTarget) =>
    void host.selectCell(target).catch((e: unknown) => session.setError(messageOf(e)));

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Text weight="semibold" size={400}>
          {t("appTitle")}
        </Text>
        <Button appearance="subtle" size="small" onClick={onSwitchLanguage}>
          {t("switchLanguage")}
        </Button>
      </header>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={step}
        onTabSelect={(_, data) => setStep(data.value as Step)}
      >
        <Tab value="import">{t("stepImport")}</Tab>
        <Tab value="rules">{t("stepRules")}</Tab>
        <Tab value="apply">{t("stepApply")}</Tab>
        <Tab value="review">{t("stepReview")}</Tab>
        <Tab value="live">{t("stepLive")}</Tab>
      </TabList>
      <main className={styles.panel}>
        {step === "import" && (host.limits ?? []).length > 0 && (
          <MessageBar intent="info" data-testid="host-limits">
            <MessageBarBody>{(host.limits ?? []).map((limit) => pick(limit.zh, limit.en)).join(" ")}</MessageBarBody>
          </MessageBar>
        )}
        {session.error !== null && (
          <MessageBar intent="error">
            <MessageBarBody>{pick(session.error.zh, session.error.en)}</MessageBarBody>
          </MessageBar>
        )}
        {session.reviewing !== null && (
          <Field
            validationMessage={t("reviewRunning", { done: session.reviewing.done + 1, total: session.reviewing.total })}
            validationState="none"
          >
            <div className={styles.running}>
              <ProgressBar
                className={styles.runningBar}
                value={session.reviewing.done / session.reviewing.total}
                data-testid="review-progress"
              />
              <Button size="small" onClick={session.cancelReview}>
                {t("cancelReview")}
              </Button>
            </div>
          </Field>
        )}
        {session.stale && session.reviewing === null && (
          <MessageBar intent="warning">
            <MessageBarBody>{t("reviewStale")}</MessageBarBody>
            <MessageBarActions>
              <Button
                size="small"
                onClick={() => session.basisRef.current !== null && void session.recompute(session.basisRef.current)}
              >
                {t("recomputeNow")}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {step === "import" && <ImportStep session={session} host={host} />}
        {step === "rules" && (
          <RulesStep
            rules={result?.view.rules ?? null}
            edited={(session.basis?.rules ?? null) !== null}
            onRules={session.setRules}
          />
        )}
        {step === "apply" && (
          <ApplyStep
            hostKind={host.kind}
            view={result?.view ?? null}
            state={applying.state}
            onApply={() => result !== null && void applying.apply(result)}
            onCancel={applying.cancel}
          />
        )}
        {step === "review" && (
          <ReviewStep
            result={result}
            onSelect={select}
            onDownloadDrafts={
              host.downloadDrafts === undefined || result === null
                ? undefined
                : async () => (await host.downloadDrafts?.(await result.drafts())) ?? { files: 0 }
            }
          />
        )}
        {step === "live" && <LiveStep live={live} ready={result !== null} />}
      </main>
    </div>
  );
}

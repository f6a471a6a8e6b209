import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import type { HostMessage, KaoheHost } from "../host";
import { useStrings } from "../i18n";
import { MappingTable } from "../MappingTable";
import { SourceList } from "../SourceList";
import { messageOf, type Session } from "../session/useSession";
import { useImportStyles } from "./styles";
import type { RulesRefusal } from "../../core/plan/resolveRules";

/** How the pane fixes what the core refuses, with its own controls (the command line says --year). */
const PANE_HINT: Record<RulesRefusal, "yearUnknownHint" | "rulesInvalidHint"> = {
  year_unknown: "yearUnknownHint",
  rules_invalid: "rulesInvalidHint",
};

export interface ImportStepProps {
  session: Session;
  host: Pick<KaoheHost, "selectedRange">;
}

/** 1. 导入: choose the sheets, read them, check and correct what the reader took each column for. */
export function ImportStep({ session, host }: ImportStepProps) {
  const styles = useImportStyles();
  const { t, pick } = useStrings();
  const { choice, outcome } = session;
  const view = outcome?.ok === true ? outcome.result.view : null;
  const mappings = view?.mappings ?? [];
  const [selectionProblem, setSelectionProblem] = useState<HostMessage | null>(null);
  const selectedRange = host.selectedRange;
  const useSelection =
    selectedRange === undefined
      ? undefined
      : (id: string) => {
          const sheet = choice.sources.find((s) => s.id === id)?.sheet;
          setSelectionProblem(null);
          selectedRange(sheet).then(
            (range) => {
              if (range !== null) session.setChoice((c) => ({ ...c, ranges: { ...c.ranges, [id]: range } }));
            },
            (error: unknown) => setSelectionProblem(messageOf(error)),
          );
        };

  return (
    <div className={styles.step}>
      <Text>{t("importIntro")}</Text>
      <SourceList
        sources={choice.sources}
        roles={choice.roles}
        ranges={choice.ranges}
        destinations={session.basis?.destinations ?? null}
        onRole={session.setRole}
        onRange={(id, range) => session.setChoice((c) => ({ ...c, ranges: { ...c.ranges, [id]: range } }))}
        onUseSelection={useSelection}
      />
      {selectionProblem !== null && (
        <MessageBar intent="warning" data-testid="selection-problem">
          <MessageBarBody>{pick(selectionProblem.zh, selectionProblem.en)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Field label={t("yearLabel")} className={styles.year}>
          <Input
            size="small"
            className={styles.yearInput}
            inputMode="numeric"
            placeholder={t("yearPlaceholder")}
            value={choice.year}
            onChange={(_, data) => session.setYear(data.value)}
          />
        </Field>
        <Button appearance="primary" disabled={session.reading} onClick={() => void session.read()}>
          {session.reading ? <Spinner size="tiny" label={t("reading")} /> : t("readAndDetect")}
        </Button>
        <Button appearance="subtle" size="small" onClick={() => void session.loadSources()}>
          {t("refreshSources")}
        </Button>
      </div>
      {session.readProgress !== null && session.readProgress.total > 0 && (
        <Field
          validationMessage={t("readingProgress", {
            done: session.readProgress.done.toLocaleString("en-US"),
            total: session.readProgress.total.toLocaleString("en-US"),
          })}
          validationState="none"
        >
          <ProgressBar value={session.readProgress.done / session.readProgress.total} data-testid="read-progress" />
        </Field>
      )}
      {session.warnings.map((w) => (
        <MessageBar key={w.zh} intent="warning">
          <MessageBarBody>{pick(w.zh, w.en)}</MessageBarBody>
        </MessageBar>
      ))}
      {outcome?.ok === false && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t("reviewFailed", { message: pick(outcome.message, outcome.messageEn) })}
            {outcome.code === undefined ? "" : t(PANE_HINT[outcome.code])}
          </MessageBarBody>
        </MessageBar>
      )}
      {view !== null && (
        <MessageBar intent={view.counts.error > 0 ? "warning" : "success"}>
          <MessageBarBody data-testid="detected-summary">
            {t("detectedSummary", {
              subjects: view.subjects,
              tallies: view.tallies,
              errors: view.counts.error,
              warnings: view.counts.warning,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {mappings.length > 0 && <Caption1>{t("mappingKept")}</Caption1>}
      {mappings.map((mapping) => (
        <MappingTable
          key={`${mapping.file}\u0001${mapping.sheet}`}
          mapping={mapping}
          onCorrect={(col, field) => session.correctColumn({ file: mapping.file, sheet: mapping.sheet, col, field })}
        />
      ))}
    </div>
  );
}

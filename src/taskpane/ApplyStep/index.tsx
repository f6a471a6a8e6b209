import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Text } from "@fluentui/react-components";
import type { KaoheHost } from "../host";
import type { ReviewView } from "../review/reviewView";
import { useStrings } from "../i18n";
import type { ApplyState } from "../session/useApply";
import { useApplyStyles } from "./styles";

export interface ApplyStepProps {
  hostKind: KaoheHost["kind"];
  /** The review to write, as the pane shows it; null before one was computed. */
  view: ReviewView | null;
  state: ApplyState;
  onApply: () => void;
  onCancel: () => void;
}

/** 3. 计算与标注: write the plan, with a progress bar and a way to cancel. */
export function ApplyStep({ hostKind, view, state, onApply, onCancel }: ApplyStepProps) {
  const styles = useApplyStyles();
  const { t, pick } = useStrings();
  const preview = hostKind === "preview";
  if (view === null) return <Text>{t("applyNotReady")}</Text>;
  const errors = view.counts.error;
  const running = state.phase === "running";
  const percent = running ? Math.floor((100 * state.done) / state.total) : 0;
  return (
    <div className={styles.step}>
      <Text>{t(preview ? "applyIntroPreview" : "applyIntro")}</Text>
      {errors > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("applyBlocked", { errors })}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={running} onClick={onApply}>
          {t(preview ? "applyStartPreview" : "applyStart")}
        </Button>
        {running && <Button onClick={onCancel}>{t("applyCancel")}</Button>}
      </div>
      {running && (
        <Field validationMessage={t("applyRunning", { percent })} validationState="none">
          <ProgressBar value={state.done / state.total} thickness="large" />
        </Field>
      )}
      {state.phase === "done" && (
        <MessageBar intent="success">
          <MessageBarBody data-testid="apply-done">
            {preview
              ? t("applyDonePreview", { count: state.outcome.sheets.length })
              : hostKind === "wps"
                ? t("applyDoneWps", { count: state.outcome.sheets.length })
                : t("applyDone", { count: state.outcome.sheets.length, syncs: state.outcome.syncs })}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.phase === "cancelled" && (
        <MessageBar intent="info">
          <MessageBarBody>{t("applyCancelled")}</MessageBarBody>
        </MessageBar>
      )}
      {state.phase === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{pick(state.message.zh, state.message.en)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

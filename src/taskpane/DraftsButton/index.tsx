import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import { useStrings } from "../i18n";
import { messageOf } from "../session/useSession";

export interface DraftsButtonProps {
  /** The host's download of the Word drafts; resolves to the number of files. */
  onDownload: () => Promise<{ files: number }>;
}

type DraftsState =
  { kind: "idle" } | { kind: "working" } | { kind: "done"; files: number } | { kind: "failed"; zh: string; en: string };

/** 下载考察报告草稿: asks the host for the drafts of the current result, and says how it went. */
export function DraftsButton({ onDownload }: DraftsButtonProps) {
  const { t, pick } = useStrings();
  const [state, setState] = useState<DraftsState>({ kind: "idle" });
  const download = () => {
    setState({ kind: "working" });
    onDownload().then(
      ({ files }) => setState({ kind: "done", files }),
      (e: unknown) => setState({ kind: "failed", ...messageOf(e) }),
    );
  };
  return (
    <>
      <Button appearance="secondary" size="small" disabled={state.kind === "working"} onClick={download}>
        {state.kind === "working" ? t("draftsWorking") : t("draftsDownload")}
      </Button>
      {state.kind === "done" && (
        <MessageBar intent="success">
          <MessageBarBody>{t("draftsDone", { count: state.files })}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t("draftsFailed", { message: pick(state.zh, state.en) })}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

import { Field, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useStrings } from "../../taskpane/i18n";
import { useUploadStyles } from "./styles";

export interface UploadPanelProps {
  busy: boolean;
  error: { zh: string; en: string } | null;
  onFiles: (slot: "roster" | "ballots", files: File[]) => void;
}

/** What the file pickers offer: the formats the readers know (the content still decides the reader). */
const ACCEPTED = [
  ".xlsx",
  ".xlsm",
  ".xls",
  ".ods",
  ".csv",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.ms-excel",
  "application/vnd.oasis.opendocument.spreadsheet",
  "text/csv",
].join(",");

/** Two file inputs: the roster workbook (its copy becomes the reviewed workbook) and any number of ballot workbooks. */
export function UploadPanel({ busy, error, onFiles }: UploadPanelProps) {
  const styles = useUploadStyles();
  const { t, pick } = useStrings();
  return (
    <section className={styles.panel}>
      <Field label={t("previewRoster")} size="small">
        <input
          type="file"
          accept={ACCEPTED}
          data-testid="upload-roster"
          className={styles.input}
          onChange={(e) => onFiles("roster", [...(e.target.files ?? [])])}
        />
      </Field>
      <Field label={t("previewBallots")} size="small">
        <input
          type="file"
          multiple
          accept={ACCEPTED}
          data-testid="upload-ballots"
          className={styles.input}
          onChange={(e) => onFiles("ballots", [...(e.target.files ?? [])])}
        />
      </Field>
      {busy && <Spinner size="tiny" label={t("previewWorking")} />}
      {error !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{pick(error.zh, error.en)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

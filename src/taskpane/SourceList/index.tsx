import { Button, Caption1, Input, Select, Text } from "@fluentui/react-components";
import type { SheetSource, SourceRole } from "../host";
import { useStrings, type StringKey } from "../i18n";
import type { Destination } from "../session/sourceRoles";
import { useSourceListStyles } from "./styles";

export interface SourceListProps {
  sources: SheetSource[];
  roles: Record<string, SourceRole>;
  ranges: Record<string, string>;
  /** Where each read sheet went, once read. */
  destinations: Readonly<Record<string, Destination>> | null;
  onRole: (id: string, role: SourceRole) => void;
  onRange: (id: string, range: string) => void;
  /** Takes the current selection as the range (Excel only). */
  onUseSelection?: ((id: string) => void) | undefined;
}

const ROLES: Array<[SourceRole, StringKey]> = [
  ["auto", "roleAuto"],
  ["roster", "roleRoster"],
  ["ballots", "roleBallots"],
  ["skip", "roleSkip"],
];

const DESTINATION_LABEL: Record<Destination, StringKey> = {
  roster: "roleRoster",
  ballots: "roleBallots",
  skip: "roleSkip",
};

/** The workbook's sheets, each with what to use it as and, optionally, which range. */
export function SourceList(props: SourceListProps) {
  const styles = useSourceListStyles();
  const { t } = useStrings();
  if (props.sources.length === 0) return <Text>{t("noSources")}</Text>;
  const files = [...new Set(props.sources.map((s) => s.file))];
  return (
    <div className={styles.list}>
      {files.map((file) => (
        <section key={file} className={styles.file}>
          <Text weight="semibold">{file}</Text>
          {props.sources
            .filter((s) => s.file === file)
            .map((source) => {
              const destination = props.destinations?.[source.id];
              return (
                <div key={source.id} className={styles.row} data-testid={`source-${source.sheet}`}>
                  <div className={styles.name}>
                    <Text>{source.sheet}</Text>
                    <Caption1 className={styles.muted}>
                      {source.usedRange ?? "—"}
                      {destination !== undefined ? ` → ${t(DESTINATION_LABEL[destination])}` : ""}
                    </Caption1>
                  </div>
                  <Select
                    size="small"
                    aria-label={`${t("sourceRole")} ${source.sheet}`}
                    value={props.roles[source.id] ?? "auto"}
                    onChange={(_, data) => props.onRole(source.id, data.value as SourceRole)}
                  >
                    {ROLES.map(([role, label]) => (
                      <option key={role} value={role}>
                        {t(label)}
                      </option>
                    ))}
                  </Select>
                  <div className={styles.rangeRow}>
                    <Input
                      size="small"
                      className={styles.range}
                      aria-label={`${t("sourceRange")} ${source.sheet}`}
                      placeholder={t("sourceRangePlaceholder")}
                      value={props.ranges[source.id] ?? ""}
                      onChange={(_, data) => props.onRange(source.id, data.value)}
                    />
                    {props.onUseSelection !== undefined && (
                      <Button size="small" appearance="subtle" onClick={() => props.onUseSelection?.(source.id)}>
                        {t("useSelection")}
                      </Button>
                    )}
                  </div>
                </div>
              );
            })}
        </section>
      ))}
    </div>
  );
}

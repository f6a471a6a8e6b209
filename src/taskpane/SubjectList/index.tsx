import { Badge, Caption1, Text } from "@fluentui/react-components";
import type { CellTarget } from "../host";
import { dynamicKey, useStrings } from "../i18n";
import type { FlaggedSubject } from "../session/flagged";
import { useClickListStyles } from "../clickList/styles";

export interface SubjectListProps {
  subjects: FlaggedSubject[];
  /** The subjects in all, of which `subjects` are the first (the list comes cut, reviewView.ts). */
  count: number;
  onSelect: (target: CellTarget) => void;
}

/** The subjects that need attention; choosing one selects the subject's row in the roster. */
export function SubjectList({ subjects, count, onSelect }: SubjectListProps) {
  const styles = useClickListStyles();
  const { t } = useStrings();
  if (subjects.length === 0) return <Text>{t("flaggedNone")}</Text>;
  return (
    <>
      <ul className={styles.list} data-testid="flagged-subjects">
        {subjects.map((s) => {
          const status = dynamicKey("status_", s.status);
          return (
            <li key={s.id}>
              <button type="button" className={styles.item} onClick={() => onSelect(s.target)}>
                <span className={styles.line}>
                  <Text weight="semibold">{s.name}</Text>
                  <Caption1 className={styles.muted}>
                    {s.unit} · {t(s.kind === "team" ? "kindTeam" : "kindCadre")}
                  </Caption1>
                </span>
                <span className={styles.tags}>
                  {s.tags.map((tag) => (
                    <Badge
                      key={tag}
                      size="small"
                      appearance="tint"
                      color={tag === "tagSpecialReport" ? "danger" : "warning"}
                    >
                      {t(tag)}
                    </Badge>
                  ))}
                  {status !== null && <Caption1 className={styles.muted}>{t(status)}</Caption1>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {count > subjects.length && <Caption1>{t("moreItems", { count: count - subjects.length })}</Caption1>}
    </>
  );
}

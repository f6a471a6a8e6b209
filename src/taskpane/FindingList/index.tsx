import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Caption1,
  Text,
} from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/findings/finding";
import type { CellTarget } from "../host";
import { dynamicKey, useStrings, type StringKey } from "../i18n";
import type { PageGroup } from "../review/reviewView";
import { maskIdNumbers } from "../session/mask";
import { useClickListStyles } from "../clickList/styles";

export interface FindingListProps {
  /** Findings by kind, each cut to the first ones with the count of all kept (reviewView.ts). */
  groups: PageGroup[];
  onSelect: (target: CellTarget) => void;
}

const SEVERITY: Record<Severity, { label: StringKey; color: "danger" | "warning" | "informative" }> = {
  error: { label: "severityError", color: "danger" },
  warning: { label: "severityWarning", color: "warning" },
  info: { label: "severityInfo", color: "informative" },
};

/** Findings grouped by kind; choosing one selects the cell where it can be fixed. */
export function FindingList({ groups, onSelect }: FindingListProps) {
  const styles = useClickListStyles();
  const { t, pick } = useStrings();
  if (groups.length === 0) return <Text>{t("findingsNone")}</Text>;
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.slice(0, 1).map((g) => g.code)}>
      {groups.map((group) => {
        const label = dynamicKey("code_", group.code);
        return (
          <AccordionItem key={group.code} value={group.code}>
            <AccordionHeader size="small">
              {label === null ? group.code : t(label)} ({group.count})
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list} data-testid={`findings-${group.code}`}>
                {group.findings.map((f, i) => (
                  <li key={i}>
                    <button type="button" className={styles.item} onClick={() => onSelect(targetOf(f))}>
                      <span className={styles.line}>
                        <Badge size="small" appearance="tint" color={SEVERITY[f.severity].color}>
                          {t(SEVERITY[f.severity].label)}
                        </Badge>
                        {f.sheet !== undefined && f.cell !== undefined && (
                          <Caption1 className={styles.muted}>
                            {t("location", { sheet: f.sheet, cell: f.cell })}
                          </Caption1>
                        )}
                      </span>
                      <Text size={200}>{maskIdNumbers(pick(f.message, f.messageEn))}</Text>
                    </button>
                  </li>
                ))}
              </ul>
              {group.count > group.findings.length && (
                <Caption1>{t("moreItems", { count: group.count - group.findings.length })}</Caption1>
              )}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}

function targetOf(f: Finding): CellTarget {
  return { file: f.file, sheet: f.sheet, cell: f.cell };
}

import { Checkbox, Input, Select, Text } from "@fluentui/react-components";
import { DraftsButton } from "../DraftsButton";
import { useState } from "react";
import type { Severity } from "../../core/findings/finding";
import { FindingList } from "../FindingList";
import type { CellTarget } from "../host";
import { dynamicKey, useStrings, type StringKey } from "../i18n";
import type { PaneResult } from "../review/reviewer";
import { SubjectList } from "../SubjectList";
import { useReviewPage } from "./useReviewPage";
import { useReviewStyles } from "./styles";

export interface ReviewStepProps {
  result: PaneResult | null;
  onSelect: (target: CellTarget) => void;
  /** Offers the Word drafts of the current result (the host's download); absent where the host cannot save files. */
  onDownloadDrafts?: (() => Promise<{ files: number }>) | undefined;
}

const SEVERITIES: Array<[Severity, StringKey]> = [
  ["error", "severityError"],
  ["warning", "severityWarning"],
  ["info", "severityInfo"],
];

/**
 * 4. 审阅: the subjects that need attention and the findings by kind, filterable; each one leads
 * to its cell. The lists are filtered where the review is kept, and come cut with their counts.
 */
export function ReviewStep({ result, onSelect, onDownloadDrafts }: ReviewStepProps) {
  const styles = useReviewStyles();
  const { t } = useStrings();
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(new Set<Severity>(["error", "warning"]));
  const [code, setCode] = useState<string | null>(null);
  const [text, setText] = useState("");
  const page = useReviewPage(result, {
    severities: SEVERITIES.map(([s]) => s).filter((s) => severities.has(s)),
    code,
    text,
  });
  if (result === null || page === null) return <Text>{t("reviewNone")}</Text>;

  return (
    <div className={styles.step}>
      <Text>{t("reviewIntro")}</Text>
      {onDownloadDrafts !== undefined && <DraftsButton onDownload={onDownloadDrafts} />}
      <Input
        size="small"
        type="search"
        aria-label={t("filterSearch")}
        placeholder={t("filterSearch")}
        value={text}
        onChange={(_, d) => setText(d.value)}
      />
      <div className={styles.filters}>
        {SEVERITIES.map(([severity, label]) => (
          <Checkbox
            key={severity}
            label={t(label)}
            checked={severities.has(severity)}
            onChange={(_, d) => {
              const next = new Set(severities);
              if (d.checked === true) next.add(severity);
              else next.delete(severity);
              setSeverities(next);
            }}
          />
        ))}
        <Select
          size="small"
          aria-label={t("filterKind")}
          value={code ?? ""}
          onChange={(_, d) => setCode(d.value === "" ? null : d.value)}
        >
          <option value="">{t("filterAllKinds")}</option>
          {result.view.codes.map((c) => {
            const key = dynamicKey("code_", c);
            return (
              <option key={c} value={c}>
                {key === null ? c : t(key)}
              </option>
            );
          })}
        </Select>
      </div>
      <Text weight="semibold">{t("flaggedTitle", { count: page.subjectCount })}</Text>
      <SubjectList subjects={page.subjects} count={page.subjectCount} onSelect={onSelect} />
      <Text weight="semibold">{t("findingsTitle", { count: page.findingCount })}</Text>
      <FindingList groups={page.groups} onSelect={onSelect} />
    </div>
  );
}

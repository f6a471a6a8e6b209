import { Checkbox, Input, Select, Text } from "@fluentui/react-components";
import { DraftsButton } from "../DraftsButton";
import { useMemo, useState } from "react";
import type { Severity } from "../../core/findings/finding";
import type { ReviewResult } from "../../core/pipeline";
import { FindingList } from "../FindingList";
import type { CellTarget } from "../host";
import { dynamicKey, useStrings, type StringKey } from "../i18n";
import { flaggedSubjects } from "../session/flagged";
import { codesOf, filterFindings, groupByCode } from "../session/findingsView";
import { SubjectList } from "../SubjectList";
import { useReviewStyles } from "./styles";

export interface ReviewStepProps {
  result: ReviewResult | null;
  onSelect: (target: CellTarget) => void;
  /** Offers the Word drafts of the current result (the host's download); absent where the host cannot save files. */
  onDownloadDrafts?: (() => Promise<{ files: number }>) | undefined;
}

const SEVERITIES: Array<[Severity, StringKey]> = [
  ["error", "severityError"],
  ["warning", "severityWarning"],
  ["info", "severityInfo"],
];

/** 4. 审阅: the subjects that need attention and the findings by kind, filterable; each one leads to its cell. */
export function ReviewStep({ result, onSelect, onDownloadDrafts }: ReviewStepProps) {
  const styles = useReviewStyles();
  const { t } = useStrings();
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(new Set<Severity>(["error", "warning"]));
  const [code, setCode] = useState<string | null>(null);
  const [text, setText] = useState("");
  const subjects = useMemo(() => (result === null ? [] : flaggedSubjects(result.assessment)), [result]);
  const findings = useMemo(
    () => (result === null ? [] : filterFindings(result.findings, { severities, code, text })),
    [result, severities, code, text],
  );
  if (result === null) return <Text>{t("reviewNone")}</Text>;
  const needle = text.trim();
  const shownSubjects = needle === "" ? subjects : subjects.filter((s) => `${s.name} ${s.unit}`.includes(needle));

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
          {codesOf(result.findings).map((c) => {
            const key = dynamicKey("code_", c);
            return (
              <option key={c} value={c}>
                {key === null ? c : t(key)}
              </option>
            );
          })}
        </Select>
      </div>
      <Text weight="semibold">{t("flaggedTitle", { count: shownSubjects.length })}</Text>
      <SubjectList subjects={shownSubjects} onSelect={onSelect} />
      <Text weight="semibold">{t("findingsTitle", { count: findings.length })}</Text>
      <FindingList groups={groupByCode(findings)} onSelect={onSelect} />
    </div>
  );
}

import { Button, Field, Input, MessageBar, MessageBarBody, Select, Switch, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Rules, RulesInput } from "../../core/rules/rules";
import { DisciplineTable } from "../DisciplineTable";
import { useStrings, type StringKey } from "../i18n";
import { draftFromRules, rulesFromDraft, type RulesDraft } from "./rulesDraft";
import { useRulesStyles } from "./styles";

export interface RulesStepProps {
  /** The rules in force (the workbook's, or the user's edit), or null before anything was read. */
  rules: Rules | null;
  /** Whether the rules in force are the user's edit rather than the workbook's. */
  edited: boolean;
  /** A new set of rules, or null to go back to the workbook's. */
  onRules: (rules: RulesInput | null) => void;
}

type TextField = {
  [K in keyof RulesDraft]: RulesDraft[K] extends string ? K : never;
}[keyof RulesDraft];

const TEXT_FIELDS: Array<[TextField, StringKey]> = [
  ["year", "ruleYear"],
  ["assessmentDate", "ruleAssessmentDate"],
  ["excellentPercent", "ruleExcellentPercent"],
  ["goodTeamPercent", "ruleGoodTeamPercent"],
  ["turnoutPercent", "ruleTurnoutPercent"],
  ["reportTeam", "ruleReportTeam"],
  ["reportCadre", "ruleReportCadre"],
  ["levelScores", "ruleLevelScores"],
  ["weights", "ruleWeights"],
  ["allocated", "ruleAllocated"],
];

/** 2. 规则: the rules of the 考核规则 sheet, to read and change; they are written back with the plan. */
export function RulesStep({ rules, edited, onRules }: RulesStepProps) {
  const styles = useRulesStyles();
  const { t } = useStrings();
  const [draft, setDraft] = useState<RulesDraft | null>(rules === null ? null : draftFromRules(rules));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setDraft(rules === null ? null : draftFromRules(rules));
    setProblem(null);
  }, [rules]);

  if (draft === null) return <Text>{t("rulesNone")}</Text>;
  const set = (patch: Partial<RulesDraft>) => setDraft({ ...draft, ...patch });
  const apply = () => {
    const parsed = rulesFromDraft(draft);
    if (parsed.ok) onRules(parsed.rules);
    setProblem(parsed.ok ? null : parsed.message);
  };

  return (
    <div className={styles.step}>
      <Text>{t("rulesIntro")}</Text>
      {edited && (
        <MessageBar intent="info">
          <MessageBarBody>{t("rulesEdited")}</MessageBarBody>
        </MessageBar>
      )}
      {problem !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{t("rulesInvalid", { message: problem })}</MessageBarBody>
        </MessageBar>
      )}
      {TEXT_FIELDS.map(([field, label]) => (
        <Field key={field} label={t(label)} size="small">
          <Input size="small" value={draft[field]} onChange={(_, data) => set({ [field]: data.value })} />
        </Field>
      ))}
      <Field label={t("ruleRounding")} size="small">
        <Select
          size="small"
          value={draft.rounding}
          onChange={(_, d) => set({ rounding: d.value as RulesDraft["rounding"] })}
        >
          <option value="down">{t("roundingDown")}</option>
          <option value="half_up">{t("roundingHalfUp")}</option>
          <option value="up">{t("roundingUp")}</option>
        </Select>
      </Field>
      <Field label={t("ruleQuotaScope")} size="small">
        <Select
          size="small"
          value={draft.quotaScope}
          onChange={(_, d) => set({ quotaScope: d.value as RulesDraft["quotaScope"] })}
        >
          <option value="per_unit">{t("scopePerUnit")}</option>
          <option value="pooled">{t("scopePooled")}</option>
        </Select>
      </Field>
      <Field label={t("ruleTeamLevelSet")} size="small">
        <Select
          size="small"
          value={draft.teamLevelSet}
          onChange={(_, d) => set({ teamLevelSet: d.value as RulesDraft["teamLevelSet"] })}
        >
          <option value="hao">{t("teamSetHao")}</option>
          <option value="youxiu">{t("teamSetYouxiu")}</option>
        </Select>
      </Field>
      <Switch
        label={t("ruleLowApproval")}
        checked={draft.lowApproval}
        onChange={(_, d) => set({ lowApproval: d.checked })}
      />
      <Switch
        label={t("ruleHighDisapproval")}
        checked={draft.highDisapproval}
        onChange={(_, d) => set({ highDisapproval: d.checked })}
      />
      <DisciplineTable rows={draft.discipline} onChange={(discipline) => set({ discipline })} />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={apply}>
          {t("rulesApply")}
        </Button>
        {edited && <Button onClick={() => onRules(null)}>{t("rulesReset")}</Button>}
      </div>
    </div>
  );
}

import { Button, Field, Input, MessageBar, MessageBarBody, Select, Switch, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Rules, RulesInput } from "../../core/rules/rules";
import { DisciplineTable } from "../DisciplineTable";
import { useStrings, type StringKey, type Translate } from "../i18n";
import { draftFromRules, rulesFromDraft, type DraftProblem, type RulesDraft } from "./rulesDraft";
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

type ChoiceField = "rounding" | "quotaScope" | "teamLevelSet";

/** The rules chosen from a list: each option's value and label. */
const CHOICE_FIELDS: Array<{ field: ChoiceField; label: StringKey; options: Array<[string, StringKey]> }> = [
  {
    field: "rounding",
    label: "ruleRounding",
    options: [
      ["down", "roundingDown"],
      ["half_up", "roundingHalfUp"],
      ["up", "roundingUp"],
    ],
  },
  {
    field: "quotaScope",
    label: "ruleQuotaScope",
    options: [
      ["per_unit", "scopePerUnit"],
      ["pooled", "scopePooled"],
    ],
  },
  {
    field: "teamLevelSet",
    label: "ruleTeamLevelSet",
    options: [
      ["hao", "teamSetHao"],
      ["youxiu", "teamSetYouxiu"],
    ],
  },
];

/** A field's label without its explanation in brackets: `优秀比例（%，按单位）` → `优秀比例`. */
function shortLabel(label: string): string {
  return label.replace(/\s*[（(].*[）)]$/, "");
}

/** The refusal naming the field (and the item or the discipline table's row and column) where it was typed. */
function problemMessage(problem: DraftProblem, t: Translate, text: string): string {
  if (problem.field === null) return text;
  const field = shortLabel(t(problem.field));
  if (problem.item === null) return t("rulesProblemField", { field, text });
  if (problem.column === null) return t("rulesProblemItem", { field, item: problem.item, text });
  return t("rulesProblemRow", { field, item: problem.item, column: t(problem.column), text });
}

/** 2. 规则: the rules of the 考核规则 sheet, to read and change; they are written back with the plan. */
export function RulesStep({ rules, edited, onRules }: RulesStepProps) {
  const styles = useRulesStyles();
  const { t, pick } = useStrings();
  const [draft, setDraft] = useState<RulesDraft | null>(rules === null ? null : draftFromRules(rules));
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  useEffect(() => {
    setDraft(rules === null ? null : draftFromRules(rules));
    setProblem(null);
  }, [rules]);

  if (draft === null) return <Text>{t("rulesNone")}</Text>;
  const set = (patch: Partial<RulesDraft>) => setDraft({ ...draft, ...patch });
  const apply = () => {
    const parsed = rulesFromDraft(draft);
    if (parsed.ok) onRules(parsed.rules);
    setProblem(parsed.ok ? null : parsed.problem);
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
          <MessageBarBody>
            {t("rulesInvalid", { message: problemMessage(problem, t, pick(problem.text.zh, problem.text.en)) })}
          </MessageBarBody>
        </MessageBar>
      )}
      {TEXT_FIELDS.map(([field, label]) => (
        <Field key={field} label={t(label)} size="small">
          <Input size="small" value={draft[field]} onChange={(_, data) => set({ [field]: data.value })} />
        </Field>
      ))}
      {CHOICE_FIELDS.map(({ field, label, options }) => (
        <Field key={field} label={t(label)} size="small">
          <Select size="small" value={draft[field]} onChange={(_, d) => set({ [field]: d.value })}>
            {options.map(([value, text]) => (
              <option key={value} value={value}>
                {t(text)}
              </option>
            ))}
          </Select>
        </Field>
      ))}
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

import { Button, Input, Select, Text } from "@fluentui/react-components";
import type { DisciplineEffect } from "../../core/rules/rules";
import { useStrings, type StringKey } from "../i18n";
import type { DisciplineDraft } from "../RulesStep/rulesDraft";
import { useDisciplineStyles } from "./styles";

export interface DisciplineTableProps {
  rows: DisciplineDraft[];
  onChange: (rows: DisciplineDraft[]) => void;
}

const EFFECTS: Array<[DisciplineEffect, StringKey]> = [
  ["deferred", "effectDeferred"],
  ["no_excellent", "effectNoExcellent"],
  ["no_grade", "effectNoGrade"],
  ["incompetent", "effectIncompetent"],
];

/** The discipline table of the rules: keywords, exclusions, the effect and how many years it lasts. */
export function DisciplineTable({ rows, onChange }: DisciplineTableProps) {
  const styles = useDisciplineStyles();
  const { t } = useStrings();
  const update = (i: number, patch: Partial<DisciplineDraft>) =>
    onChange(rows.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  return (
    <section className={styles.table}>
      <Text weight="semibold">{t("disciplineTitle")}</Text>
      {rows.map((row, i) => (
        <div key={i} className={styles.row}>
          <Input
            size="small"
            className={styles.wide}
            aria-label={t("disciplineKeywords")}
            placeholder={`${t("disciplineKeywords")}（${t("listSeparatorHint")}）`}
            value={row.keywords}
            onChange={(_, data) => update(i, { keywords: data.value })}
          />
          <Input
            size="small"
            aria-label={t("disciplineExcludes")}
            placeholder={t("disciplineExcludes")}
            value={row.excludes}
            onChange={(_, data) => update(i, { excludes: data.value })}
          />
          <Select
            size="small"
            aria-label={t("disciplineEffect")}
            value={row.effect}
            onChange={(_, data) => update(i, { effect: data.value as DisciplineEffect })}
          >
            {EFFECTS.map(([effect, label]) => (
              <option key={effect} value={effect}>
                {t(label)}
              </option>
            ))}
          </Select>
          <Select
            size="small"
            aria-label={t("disciplineYears")}
            value={row.years}
            onChange={(_, data) => update(i, { years: data.value === "2" ? "2" : "1" })}
          >
            <option value="1">1</option>
            <option value="2">2</option>
          </Select>
          <Button size="small" appearance="subtle" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            {t("disciplineRemove")}
          </Button>
        </div>
      ))}
      <Button
        size="small"
        onClick={() => onChange([...rows, { keywords: "", excludes: "", effect: "no_excellent", years: "1" }])}
      >
        {t("disciplineAdd")}
      </Button>
    </section>
  );
}

import { Caption1, Select, Text } from "@fluentui/react-components";
import { columnLetters } from "../../core/model/address";
import { ROSTER_FIELDS } from "../../core/model/roster";
import { itemOfField, PER_BALLOT_FIELDS, TALLY_FIELDS } from "../../core/reader";
import type { ColumnMapping, MappedColumn, MatchConfidence, SheetRole } from "../../core/reader/columnMapping";
import { dynamicKey, useStrings, type StringKey } from "../i18n";
import { useMappingStyles } from "./styles";

export interface MappingTableProps {
  mapping: ColumnMapping;
  /** The user's correction of one column: this field, or null to ignore the column. */
  onCorrect: (col: number, field: string | null) => void;
}

const ROLE_LABEL: Record<SheetRole, StringKey> = {
  roster: "roleNameRoster",
  "ballots-long": "roleNameLong",
  "ballots-wide": "roleNameWide",
  "ballots-raw": "roleNameRaw",
  "ballots-perballot": "roleNamePerBallot",
  kaohe: "roleNameKaohe",
  unknown: "roleNameUnknown",
};

const CONFIDENCE_LABEL: Record<MatchConfidence, StringKey> = {
  exact: "confidenceExact",
  synonym: "confidenceSynonym",
  keyword: "confidenceKeyword",
  override: "confidenceOverride",
  positional: "confidencePositional",
};

const IGNORE = "";

/** The header the reader found on one sheet, and what it took each column for; every choice can be corrected. */
export function MappingTable({ mapping, onCorrect }: MappingTableProps) {
  const styles = useMappingStyles();
  const { t } = useStrings();
  const [first, last] = mapping.dataRows ?? [null, null];
  return (
    <section className={styles.card} aria-label={t("mappingTitle", { file: mapping.file, sheet: mapping.sheet })}>
      <Text weight="semibold">{t("mappingTitle", { file: mapping.file, sheet: mapping.sheet })}</Text>
      <Caption1 className={styles.muted}>
        {t(ROLE_LABEL[mapping.role])}
        {" · "}
        {t("mappingHeaderRows", { rows: mapping.headerRows.join("–"), first: first ?? "—", last: last ?? "—" })}
      </Caption1>
      <div className={styles.grid} role="table">
        {mapping.columns.map((column) => (
          <div key={column.col} className={styles.row} role="row">
            <div className={styles.header} role="cell">
              <Text>
                <span className={styles.letter}>{columnLetters(column.col)}</span>
                {column.group !== null ? `${column.group} › ` : ""}
                {column.header}
              </Text>
              {column.confidence !== null && (
                <Caption1 className={styles.muted}>{t(CONFIDENCE_LABEL[column.confidence])}</Caption1>
              )}
            </div>
            <div role="cell">
              <Select
                size="small"
                aria-label={`${t("mappingField")} ${columnLetters(column.col)} ${column.header}`}
                value={column.field ?? IGNORE}
                onChange={(_, data) => onCorrect(column.col, data.value === IGNORE ? null : data.value)}
              >
                <option value={IGNORE}>{t("fieldIgnored")}</option>
                {fieldChoices(mapping.role, column).map((field) => (
                  <option key={field} value={field}>
                    {fieldLabel(field, t)}
                  </option>
                ))}
              </Select>
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}

/** What a column of this kind of sheet may become; a raw ballot column is a subject, named by its header. */
function fieldChoices(role: SheetRole, column: MappedColumn): string[] {
  const base: readonly string[] =
    role === "roster"
      ? ROSTER_FIELDS
      : role === "ballots-raw"
        ? []
        : role === "ballots-perballot"
          ? PER_BALLOT_FIELDS
          : TALLY_FIELDS;
  return column.field === null || base.includes(column.field) ? [...base] : [column.field, ...base];
}

function fieldLabel(field: string, t: ReturnType<typeof useStrings>["t"]): string {
  const item = itemOfField(field);
  if (item !== null) return `${t("field_item")}：${item}`;
  const key = dynamicKey("field_", field);
  return key === null ? field : t(key);
}
